package cn.campus.repair.process;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the model declares about the request at each of its steps, read from the elements'
 * extension properties ({@code camunda:properties}): a user task's {@code status} while it is open,
 * an end event's final {@code status} and {@code history} entry; and whether the requester may
 * cancel while a task is open (a boundary event, or an event subprocess, catching {@value
 * RepairProcess#MESSAGE_CANCELLED}). Answers are kept per process definition version, which never
 * changes once deployed.
 */
@Component
class StepDeclarations {

  private final RepositoryService repositoryService;
  private final Map<String, TaskDeclaration> tasks = new ConcurrentHashMap<>();

  StepDeclarations(@Lazy RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  record TaskDeclaration(String status, boolean cancellable) {}

  /**
   * A task's declaration. A task of an older version that declares no status (deployed before
   * models declared them) takes the status the newest version declares for the same task id, so
   * requests already running when the service was upgraded keep moving through their statuses.
   */
  TaskDeclaration task(String processDefinitionId, BaseElement task) {
    String key = processDefinitionId + "/" + task.getId();
    TaskDeclaration known = tasks.get(key);
    if (known != null) {
      return known;
    }
    Optional<String> declared = property(task, RepairProcess.PROPERTY_STATUS);
    TaskDeclaration declaration = new TaskDeclaration(
        declared.orElseGet(() -> statusInNewestVersion(task.getId())), cancellable(task));
    // What a version declares itself never changes; what the newest version says may, with the next deployment.
    if (declared.isPresent()) {
      tasks.put(key, declaration);
    }
    return declaration;
  }

  static Optional<String> property(ModelElementInstance element, String name) {
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return Optional.empty();
    }
    return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .map(CamundaProperties::getCamundaProperties)
        .flatMap(Collection::stream)
        .filter(property -> name.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .filter(value -> value != null && !value.isBlank())
        .map(String::strip)
        .findFirst();
  }

  private String statusInNewestVersion(String taskId) {
    ProcessDefinition newest = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(RepairProcess.KEY).latestVersion().singleResult();
    if (newest == null) {
      return null;
    }
    ModelElementInstance element = repositoryService.getBpmnModelInstance(newest.getId()).getModelElementById(taskId);
    return property(element, RepairProcess.PROPERTY_STATUS).orElse(null);
  }

  /**
   * An interrupting boundary event on the task, or an interrupting event subprocess, catching the
   * cancel message: what {@link ProcessContractGuard} accepts as a way to cancel.
   */
  private static boolean cancellable(BaseElement task) {
    BpmnModelInstance model = (BpmnModelInstance) task.getModelInstance();
    boolean onTheTask = model.getModelElementsByType(BoundaryEvent.class).stream()
        .anyMatch(event -> event.getAttachedTo() != null && task.getId().equals(event.getAttachedTo().getId())
            && event.cancelActivity() && catchesCancellation(event.getEventDefinitions()));
    boolean anywhere = model.getModelElementsByType(SubProcess.class).stream()
        .filter(SubProcess::triggeredByEvent)
        .flatMap(subprocess -> subprocess.getChildElementsByType(StartEvent.class).stream())
        .anyMatch(start -> start.isInterrupting() && catchesCancellation(start.getEventDefinitions()));
    return onTheTask || anywhere;
  }

  private static boolean catchesCancellation(Collection<? extends ModelElementInstance> definitions) {
    return definitions.stream()
        .filter(MessageEventDefinition.class::isInstance)
        .map(MessageEventDefinition.class::cast)
        .anyMatch(definition -> definition.getMessage() != null
            && RepairProcess.MESSAGE_CANCELLED.equals(definition.getMessage().getName()));
  }
}
