package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.ProcessGateway;
import cn.campus.repair.process.RepairProcess;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps a person holds now, and handing one to someone else: what the office does when a worker
 * leaves or falls ill. The engine's tasks are the source (a step of any process, also one a manager
 * added); the request each belongs to comes from the read model.
 *
 * <p>A reassignment is the engine's own: the task gets a new assignee, exactly as an admin's
 * "change assignee" in Tasklist, and the read model follows the engine's assignment event ({@link
 * ProcessFollower}). On a step the model gives to the request's worker ({@code ${workerId}}, as
 * confirm and repair) the request's worker and {@code workerId} follow too, so the new worker's
 * buttons, list and the next worker step are theirs whichever way the change was made.
 */
@Service
public class OpenSteps {

  private final ProcessGateway gateway;
  private final RequestRows rows;
  private final Users users;

  OpenSteps(ProcessGateway gateway, RequestRows rows, Users users) {
    this.gateway = gateway;
    this.rows = rows;
    this.users = users;
  }

  /** What {@code personId} holds now, oldest first, each with its request when it belongs to one. */
  @Transactional(readOnly = true)
  public List<HeldStep> heldBy(String personId) {
    return gateway.tasksAssignedTo(personId).stream().map(this::held).toList();
  }

  /**
   * Hands the step {@code taskId} that {@code fromId} holds to {@code toId}, as {@code admin}. The
   * request's row is locked first, so an action of the old holder at the same moment is served
   * before or after, never half. 404 when {@code fromId} does not hold it (any more), 400 for a
   * receiver who is not an active worker or admin, or not a worker on a worker's step.
   */
  @Transactional
  public HeldStep reassign(CurrentUser admin, String fromId, String taskId, String toId) {
    ProcessGateway.HeldTask task = gateway.tasksAssignedTo(fromId).stream()
        .filter(held -> held.taskId().equals(taskId))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("此人没有这项任务，可能已经完成或已转派"));
    User to = users.findById(toId).filter(User::active).filter(User::isStaff)
        .orElseThrow(() -> ApiException.invalid("assignee", "请选择在职的维修工或管理员"));
    if (to.id().equals(fromId)) {
      throw ApiException.invalid("assignee", "请选择另一个人");
    }
    boolean ofRequest = task.businessKey() != null && isRepairRequest(task);
    if (ofRequest) {
      RequestRow row = rows.lock(task.businessKey()).orElseThrow(() -> ApiException.notFound("报修单不存在"));
      if (row.openTaskId() != null && !row.openTaskId().equals(taskId)) {
        throw ApiException.conflict("报修单已进入下一环节，请刷新后重试");
      }
    }
    gateway.reassign(taskId, to.id(), admin.id());
    return held(task);
  }

  private boolean isRepairRequest(ProcessGateway.HeldTask task) {
    return rows.find(task.businessKey())
        .map(row -> task.processInstanceId().equals(row.processInstanceId()))
        .orElse(false);
  }

  private HeldStep held(ProcessGateway.HeldTask task) {
    RequestRow request = task.businessKey() == null ? null : rows.find(task.businessKey())
        .filter(row -> task.processInstanceId().equals(row.processInstanceId()))
        .orElse(null);
    return new HeldStep(task.taskId(), task.taskKey(), task.taskName(), task.since(),
        request == null ? null : request.id(),
        request == null ? null : request.number(),
        request == null ? null : request.categoryCode(),
        request != null && isWorkerStep(task.taskKey()));
  }

  /** The shipped worker steps; a manager's own step given to ${workerId} follows the same way. */
  private static boolean isWorkerStep(String taskKey) {
    return RepairProcess.TASK_CONFIRM.equals(taskKey) || RepairProcess.TASK_REPAIR.equals(taskKey);
  }

  /**
   * A step someone holds: the task, since when, and its request ({@code requestId}, {@code number},
   * {@code categoryCode}; null for a task of another process). {@code forWorker}: a worker's step
   * (confirm, repair), to be handed to another worker.
   */
  public record HeldStep(String taskId, String stepKey, String stepName, Instant since, String requestId,
      String number, String categoryCode, boolean forWorker) {}
}
