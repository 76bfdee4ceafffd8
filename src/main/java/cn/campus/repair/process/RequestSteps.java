package cn.campus.repair.process;

import cn.campus.repair.common.TransactionMemo;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the service where each request's process is, in the words the model declares
 * ({@link StepDeclarations}): {@link StepStarted}, {@link StepAssigned}, {@link StepCompleted} and
 * {@link RequestEnded}, published inside the engine's transaction. It hears the engine through
 * {@link ProcessEventBridge}, not through listeners in the model, so no edit of the model can
 * unhook it, and a step a manager adds is reported like the shipped ones.
 */
@Component
class RequestSteps {

  private static final String DEFINITION_PREFIX = RepairProcess.KEY + ":";
  /** The final status when the end event declares none: the request is over and nothing failed. */
  static final String ENDED = "CLOSED";
  /** The final status of an instance deleted without reaching an end event (Cockpit's cancel). */
  static final String DELETED = "CANCELLED";

  private final StepDeclarations declarations;
  private final ApplicationEventPublisher events;
  /**
   * The tasks this transaction created, with their assignees: the engine follows a creation with an
   * assignment event for the assignee it was created with, which {@link StepStarted} already told.
   */
  private final TransactionMemo<String, Boolean> justCreated = new TransactionMemo<>("tasks created");

  RequestSteps(StepDeclarations declarations, ApplicationEventPublisher events) {
    this.declarations = declarations;
    this.events = events;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!task.getProcessDefinitionId().startsWith(DEFINITION_PREFIX)) {
      return;
    }
    String requestId = task.getExecution().getProcessBusinessKey();
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        UserTask element = task.getBpmnModelElementInstance();
        StepDeclarations.TaskDeclaration declared = declarations.task(task.getProcessDefinitionId(), element);
        events.publishEvent(new StepStarted(requestId, task.getId(), task.getTaskDefinitionKey(), task.getName(),
            declared.status(), declared.cancellable(), task.getAssignee(), task.getCreateTime().toInstant(),
            instant(task.getDueDate())));
        justCreated.get(task.getId() + "/" + task.getAssignee(), created -> Optional.of(true));
      }
      case TaskListener.EVENTNAME_ASSIGNMENT -> {
        String assigned = task.getId() + "/" + task.getAssignee();
        boolean told = justCreated.get(assigned, notCreatedHere -> Optional.empty()).isPresent();
        justCreated.forget(assigned);
        if (!told) {
          boolean workerStep = isWorkerStep(task);
          if (workerStep && task.getAssignee() != null
              && !task.getAssignee().equals(task.getVariable(RepairProcess.VAR_WORKER_ID))) {
            // The step is the worker's by the model: the next worker step (repair after confirm) and
            // the texts to "worker" must go to whoever holds it now.
            task.setVariable(RepairProcess.VAR_WORKER_ID, task.getAssignee());
          }
          events.publishEvent(new StepAssigned(requestId, task.getId(), task.getAssignee(), workerStep,
              currentUser(task.getProcessEngineServices().getIdentityService())));
        }
      }
      case TaskListener.EVENTNAME_COMPLETE -> events.publishEvent(new StepCompleted(
          requestId, task.getTaskDefinitionKey(), task.getName(), actor(task), task::getVariable,
          instant(task.getDueDate()), task::setVariable));
      default -> { }
    }
  }

  /** A step the model assigns to the request's worker, as confirm and repair are. */
  private static boolean isWorkerStep(DelegateTask task) {
    UserTask element = task.getBpmnModelElementInstance();
    return element != null && WORKER_ASSIGNEE.equals(element.getCamundaAssignee());
  }

  private static final String WORKER_ASSIGNEE = "${" + RepairProcess.VAR_WORKER_ID + "}";

  /**
   * The request ends when its process instance ends (the instance's own end, whose activity
   * instance is the instance itself), not when some token reaches an end event: a side branch, such
   * as a reminder on a non-interrupting timer, may end while the request goes on.
   */
  @EventListener
  public void onExecution(DelegateExecution execution) {
    if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())
        && execution.getProcessInstanceId().equals(execution.getActivityInstanceId())
        && execution.getProcessDefinitionId().startsWith(DEFINITION_PREFIX)) {
      RequestEnded ended = ended(execution);
      if (RepairProcess.STATUS_MERGED.equals(ended.status())) {
        Object kept = execution.getVariable(RepairProcess.VAR_MERGED_INTO);
        events.publishEvent(new RequestMerged(ended.requestId(), kept instanceof String id ? id.strip() : null,
            ended.actorId()));
      }
      events.publishEvent(ended);
    }
  }

  private RequestEnded ended(DelegateExecution instance) {
    String requestId = instance.getProcessBusinessKey();
    Optional<EndEvent> end = Optional.ofNullable(instance.getCurrentActivityId())
        .map(id -> instance.getBpmnModelInstance().<ModelElementInstance>getModelElementById(id))
        .flatMap(RequestSteps::endEventOf);
    String actorId = currentUser(instance.getProcessEngineServices().getIdentityService());
    if (end.isEmpty()) {
      return new RequestEnded(requestId, DELETED, DELETED, null, actorId);
    }
    ModelElementInstance event = end.get();
    return new RequestEnded(requestId,
        StepDeclarations.property(event, RepairProcess.PROPERTY_STATUS).orElse(ENDED),
        StepDeclarations.property(event, RepairProcess.PROPERTY_HISTORY).orElse(null),
        end.get().getName(), actorId);
  }

  /**
   * The end event the instance ended at: the activity itself, or, when the instance ends by leaving
   * an event subprocess (the merge path), the end event inside it that declares a status.
   */
  private static Optional<EndEvent> endEventOf(ModelElementInstance activity) {
    if (activity instanceof EndEvent end) {
      return Optional.of(end);
    }
    if (activity instanceof SubProcess subprocess && subprocess.triggeredByEvent()) {
      return subprocess.getChildElementsByType(EndEvent.class).stream()
          .filter(end -> StepDeclarations.property(end, RepairProcess.PROPERTY_STATUS).isPresent())
          .findFirst();
    }
    return Optional.empty();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** Who the engine was told is acting; a task completed by a job or timer has nobody. */
  private static String actor(DelegateTask task) {
    String user = currentUser(task.getProcessEngineServices().getIdentityService());
    return user != null ? user : task.getAssignee();
  }

  private static String currentUser(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
