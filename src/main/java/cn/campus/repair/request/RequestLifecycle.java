package cn.campus.repair.request;


import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.process.RepairProcess;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step with the process, inside the engine's own transaction: the status is
 * set when the process reaches a user task or an end, and history is written when a task is
 * completed — whether by our API, Tasklist or the engine REST API. The listeners come from Camunda's
 * Spring event bridge, not from the model, so a manager's edit cannot unhook them.
 */
@Component
class RequestLifecycle {

  private static final String DEFINITION_PREFIX = RepairProcess.KEY + ":";
  private static final String SYSTEM = "系统";

  private static final Map<String, RequestStatus> STATUS_AT_TASK = Map.of(
      RepairProcess.TASK_REVIEW, RequestStatus.PENDING_REVIEW,
      RepairProcess.TASK_ASSIGN, RequestStatus.AWAITING_DISPATCH,
      RepairProcess.TASK_CONFIRM, RequestStatus.ASSIGNED,
      RepairProcess.TASK_REPAIR, RequestStatus.IN_PROGRESS,
      RepairProcess.TASK_RATE, RequestStatus.AWAITING_RATING);

  private final RequestRecords records;
  private final ApplicationEventPublisher events;
  private final Users users;
  private final IdentityService identityService;

  RequestLifecycle(
      RequestRecords records, ApplicationEventPublisher events, Users users, IdentityService identityService) {
    this.records = records;
    this.events = events;
    this.users = users;
    this.identityService = identityService;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!task.getProcessDefinitionId().startsWith(DEFINITION_PREFIX)) {
      return;
    }
    String requestId = task.getExecution().getProcessBusinessKey();
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> {
        RequestStatus status = STATUS_AT_TASK.get(task.getTaskDefinitionKey());
        if (status != null) {
          records.setStatus(requestId, status, task.getId());
        }
      }
      case TaskListener.EVENTNAME_COMPLETE -> recordCompletion(requestId, task);
      default -> { }
    }
  }

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
      recordEnd(execution.getProcessBusinessKey(), execution);
    }
  }

  private void recordCompletion(String requestId, DelegateTask task) {
    Actor actor = actor(task.getAssignee());
    switch (task.getTaskDefinitionKey()) {
      case RepairProcess.TASK_REVIEW -> {
        boolean accepted = RepairProcess.DECISION_ACCEPT.equals(task.getVariable(RepairProcess.VAR_DECISION));
        record(requestId, accepted ? "ACCEPTED" : "REJECTED", actor, text(task, RepairProcess.VAR_REVIEW_NOTE));
      }
      case RepairProcess.TASK_ASSIGN -> {
        User worker = worker(task);
        records.setWorker(requestId, worker.id());
        record(requestId, "ASSIGNED", actor, "派给维修工 " + worker.name());
      }
      case RepairProcess.TASK_CONFIRM -> {
        if (Boolean.TRUE.equals(task.getVariable(RepairProcess.VAR_CONFIRMED))) {
          record(requestId, "WORKER_ACCEPTED", actor, null);
        } else {
          records.setWorker(requestId, null);
          record(requestId, "REFUSED", actor, text(task, RepairProcess.VAR_REFUSE_REASON));
        }
      }
      case RepairProcess.TASK_REPAIR ->
          record(requestId, "COMPLETED", actor, text(task, RepairProcess.VAR_COMPLETION_NOTE));
      case RepairProcess.TASK_RATE -> {
        int result = score(task, RepairProcess.VAR_RATING_RESULT);
        int efficiency = score(task, RepairProcess.VAR_RATING_EFFICIENCY);
        String comment = text(task, RepairProcess.VAR_RATING_COMMENT);
        records.setRating(requestId, result, efficiency, comment);
        rateWorker(requestId, result, efficiency);
        record(requestId, "RATED", actor, "维修结果 %d 星，效率 %d 星%s".formatted(
            result, efficiency, comment == null ? "" : "：" + comment));
      }
      default -> { }
    }
  }

  /** The rating counts towards the worker who did the repair, the one the request names now. */
  private void rateWorker(String requestId, int result, int efficiency) {
    records.find(requestId).map(RequestRow::workerId)
        .ifPresent(workerId -> events.publishEvent(new RequestRated(requestId, workerId, result, efficiency)));
  }

  /**
   * The final status follows from how far the request got, not from which end event the model
   * used, so a manager may add or rename ends freely.
   */
  private void recordEnd(String requestId, DelegateExecution execution) {
    Actor actor = actor(null);
    if (execution.hasVariable(RepairProcess.VAR_COMPLETION_NOTE)) {
      records.setStatus(requestId, RequestStatus.CLOSED, null);
      if (!execution.hasVariable(RepairProcess.VAR_RATING_RESULT)) {
        record(requestId, "AUTO_CLOSED", actor, "超时未评价，自动完成");
      }
    } else if (RepairProcess.DECISION_REJECT.equals(execution.getVariable(RepairProcess.VAR_DECISION))) {
      records.setStatus(requestId, RequestStatus.REJECTED, null);
    } else {
      records.setStatus(requestId, RequestStatus.CANCELLED, null);
      record(requestId, "CANCELLED", actor, text(execution, RepairProcess.VAR_CANCEL_REASON));
    }
  }

  /** Assigning to someone who is not a worker is refused, from Tasklist as from the API. */
  private User worker(DelegateTask task) {
    Object workerId = task.getVariable(RepairProcess.VAR_WORKER_ID);
    return Optional.ofNullable(workerId)
        .map(Object::toString)
        .flatMap(users::findById)
        .filter(user -> user.role() == Role.WORKER)
        .orElseThrow(() -> new IllegalArgumentException("workerId " + workerId + " is not a worker"));
  }

  private void record(String requestId, String action, Actor actor, String note) {
    records.addHistory(requestId, action, actor.id(), actor.name(), note);
  }

  /**
   * The person the engine was told is acting, named as our API's caller when it is them (no read);
   * a timer or job acts as the system.
   */
  private Actor actor(String fallbackUserId) {
    String userId = Optional.ofNullable(currentAuthentication()).map(Authentication::getUserId).orElse(fallbackUserId);
    if (userId == null) {
      return new Actor(null, SYSTEM);
    }
    return CurrentUser.ofThisCall()
        .filter(caller -> caller.id().equals(userId))
        .map(caller -> new Actor(caller.id(), caller.name()))
        .or(() -> users.findById(userId).map(user -> new Actor(user.id(), user.name())))
        .orElse(new Actor(userId, userId));
  }

  private Authentication currentAuthentication() {
    return identityService.getCurrentAuthentication();
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static int score(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    int score = value instanceof Number number ? number.intValue() : Integer.parseInt(String.valueOf(value));
    if (score < 1 || score > 5) {
      throw new IllegalArgumentException(name + " must be 1 to 5");
    }
    return score;
  }

  private record Actor(String id, String name) {}
}
