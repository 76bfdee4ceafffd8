package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Users;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.InvalidTaskInput;
import cn.campus.repair.process.RequestEnded;
import cn.campus.repair.process.StepAssigned;
import cn.campus.repair.process.StepCompleted;
import cn.campus.repair.process.StepStarted;
import cn.campus.repair.materials.Materials;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step with the process, inside the engine's own transaction: the status
 * and open step when the process reaches a step or ends, and the history and what an action changes
 * when a step is completed, whether by our API, Tasklist or the engine REST API. A completion whose
 * variables break the action's rules is refused here too, so no way into the engine skips them.
 */
@Component
class ProcessFollower {

  private static final String SYSTEM = "系统";
  /** The history entry of a step the actions do not know (one a manager added): its name is the note. */
  static final String STEP_COMPLETED = "STEP_COMPLETED";

  private final RequestRows rows;
  private final ActionInputs inputs;
  private final Users users;
  private final ApplicationEventPublisher events;
  private final Materials materials;

  ProcessFollower(RequestRows rows, ActionInputs inputs, Users users, ApplicationEventPublisher events,
      Materials materials) {
    this.materials = materials;
    this.rows = rows;
    this.inputs = inputs;
    this.users = users;
    this.events = events;
  }

  @EventListener
  void on(StepStarted step) {
    rows.openStep(step.requestId(), step.status(), step.taskId(), step.taskKey(), step.taskName(), step.since(),
        step.assignee(), step.cancellable(), step.dueAt());
  }

  /**
   * Who holds the open step; on a step the model gives to the request's worker, a new holder is the
   * request's new worker (an admin handing a departed worker's job to another, in our API or in
   * Tasklist), so the worker's buttons, lists and texts follow the task. Only an active worker may
   * hold such a step.
   */
  @EventListener
  void on(StepAssigned step) {
    rows.reassignStep(step.requestId(), step.taskId(), step.assignee());
    if (!step.workerStep() || step.assignee() == null
        || rows.find(step.requestId()).map(row -> step.assignee().equals(row.workerId())).orElse(true)) {
      return;
    }
    if (!inputs.isActiveWorker(step.assignee())) {
      throw new InvalidTaskInput(List.of(new ApiException.FieldError("assignee", "只能转给在职的维修工")));
    }
    rows.setWorker(step.requestId(), step.assignee());
    new Recorder(step.requestId(), actor(step.actorId()), null, (name, value) -> { })
        .history("REASSIGNED", "转派给维修工 " + inputs.nameOf(step.assignee()));
  }

  @EventListener
  void on(StepCompleted step) {
    Recorder recorder = new Recorder(step.requestId(), actor(step.actorId()), step.dueAt(), step.setVariable());
    List<RequestAction<?>> actions = RequestActions.completing(step.taskKey());
    if (actions.isEmpty()) {
      recorder.history(STEP_COMPLETED, step.taskName());
      return;
    }
    RequestAction<?> action = actions.stream()
        .filter(candidate -> candidate.matches(step.variable()))
        .findFirst()
        .orElseThrow(() -> new InvalidTaskInput(actions.get(0).fixedVariables().keySet().stream()
            .map(name -> new ApiException.FieldError(name, "请选择一项")).toList()));
    Object body = inputs.fromVariables(action, step.variable());
    List<ApiException.FieldError> problems = inputs.problems(action, body);
    if (!problems.isEmpty()) {
      throw new InvalidTaskInput(ActionInputs.asVariables(action, problems));
    }
    action.record(body, recorder);
  }

  @EventListener
  void on(RequestEnded ended) {
    rows.end(ended.requestId(), ended.status());
    if (ended.historyAction() != null) {
      Actor actor = actor(ended.actorId());
      rows.addHistory(ended.requestId(), ended.historyAction(), actor.id(), actor.name(), ended.note(), null);
    }
  }

  /**
   * Records what an action that completes no step (cancel, asking for parts) does to the request, as
   * the person who acted; the process variables it sets go to {@code variables}, sent with the message.
   */
  Recorder recorder(String requestId, CurrentUser me, BiConsumer<String, Object> variables) {
    return new Recorder(requestId, new Actor(me.id(), me.name()), null, variables);
  }

  /** Records what completing a step did, as the person who acted, each entry with the step's due time. */
  final class Recorder implements RequestAction.Recording {

    private final String requestId;
    private final Actor actor;
    private final Instant dueAt;
    private final BiConsumer<String, Object> setVariable;

    private Recorder(String requestId, Actor actor, Instant dueAt, BiConsumer<String, Object> setVariable) {
      this.requestId = requestId;
      this.actor = actor;
      this.dueAt = dueAt;
      this.setVariable = setVariable;
    }

    @Override
    public String requestId() {
      return requestId;
    }

    @Override
    public void history(String action, String note) {
      rows.addHistory(requestId, action, actor.id(), actor.name(), (String) RequestAction.normalized(note), dueAt);
    }

    @Override
    public void assignWorker(String workerId) {
      rows.setWorker(requestId, workerId);
      history("ASSIGNED", "派给维修工 " + inputs.nameOf(workerId));
    }

    @Override
    public void releaseWorker() {
      rows.setWorker(requestId, null);
    }

    /** The rating counts towards the worker who did the repair, the one the request names now. */
    @Override
    public void rate(int result, int efficiency, String comment) {
      rows.setRating(requestId, result, efficiency, comment);
      rows.find(requestId).map(RequestRow::workerId)
          .ifPresent(workerId -> events.publishEvent(new RequestRated(requestId, workerId, result, efficiency)));
      history("RATED", "维修结果 %d 星，效率 %d 星%s".formatted(result, efficiency, comment == null ? "" : "：" + comment));
    }

    @Override
    public void excludeWorker() {
      rows.find(requestId).map(RequestRow::workerId).ifPresent(workerId -> rows.excludeWorker(requestId, workerId));
    }

    @Override
    public void processVariable(String name, Object value) {
      setVariable.accept(name, value);
    }

    @Override
    public Materials materials() {
      return materials;
    }

    @Override
    public Materials.Actor actor() {
      return new Materials.Actor(actor.id(), actor.name());
    }
  }

  /**
   * The person the engine was told is acting, named as our API's caller when it is them (no read);
   * a timer or job acts as the system.
   */
  private Actor actor(String userId) {
    if (userId == null) {
      return new Actor(null, SYSTEM);
    }
    return CurrentUser.ofThisCall()
        .filter(caller -> caller.id().equals(userId))
        .map(caller -> new Actor(caller.id(), caller.name()))
        .or(() -> users.findById(userId).map(user -> new Actor(user.id(), user.name())))
        .orElse(new Actor(userId, userId));
  }

  private record Actor(String id, String name) {}
}
