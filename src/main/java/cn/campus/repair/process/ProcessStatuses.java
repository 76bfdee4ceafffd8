package cn.campus.repair.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The statuses a request can have: those the versions of the model declare on their user tasks
 * (open) and end events (final), with the ones the service gives by itself ({@value #SUBMITTED}
 * before the process reaches a step, and the defaults of {@link RequestEnded}). Read from the
 * deployed models when first asked and again when asked about a status it does not know (another
 * node may have deployed a new version).
 */
@Component
public class ProcessStatuses {

  /** A request's status from its creation until its process reaches a step that declares one. */
  public static final String SUBMITTED = "SUBMITTED";

  private final RepositoryService repositoryService;
  private volatile Known known;

  ProcessStatuses(@Lazy RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  private record Known(Set<String> definitionIds, Set<String> open, Set<String> ended) {

    boolean contains(String status) {
      return open.contains(status) || ended.contains(status);
    }
  }

  public boolean isKnown(String status) {
    return known().contains(status) || refresh().contains(status);
  }

  /** Whether a request with this status has ended: a status only end events declare. */
  public boolean isFinal(String status) {
    Known now = known();
    return now.ended.contains(status) && !now.open.contains(status);
  }

  /** The statuses a request may have while its process runs: SUBMITTED and every user task's. */
  public Set<String> open() {
    return known().open;
  }

  private Known known() {
    Known now = known;
    return now != null ? now : refresh();
  }

  private synchronized Known refresh() {
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(RepairProcess.KEY).list();
    Set<String> ids = new HashSet<>();
    definitions.forEach(definition -> ids.add(definition.getId()));
    Known now = known;
    if (now != null && now.definitionIds.equals(ids)) {
      return now;
    }
    Set<String> open = new HashSet<>(Set.of(SUBMITTED));
    Set<String> ended = new HashSet<>(Set.of(RequestSteps.ENDED, RequestSteps.DELETED));
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      model.getModelElementsByType(UserTask.class).forEach(task ->
          StepDeclarations.property(task, RepairProcess.PROPERTY_STATUS).ifPresent(open::add));
      model.getModelElementsByType(EndEvent.class).forEach(end ->
          StepDeclarations.property(end, RepairProcess.PROPERTY_STATUS).ifPresent(ended::add));
    }
    known = new Known(Set.copyOf(ids), Set.copyOf(open), Set.copyOf(ended));
    return known;
  }
}
