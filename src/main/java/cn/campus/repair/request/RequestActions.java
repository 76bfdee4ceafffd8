package cn.campus.repair.request;

import static cn.campus.repair.request.RequestAction.Party.ADMIN;
import static cn.campus.repair.request.RequestAction.Party.REQUESTER;
import static cn.campus.repair.request.RequestAction.Party.WORKER;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.RepairProcess;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action people take on a request, in one table: the step of the process it completes, who
 * may take it, its body and the rules of its values, and what the request records when the step is
 * done. Our API serves each row at {@code POST /api/requests/{id}/{name}}; Tasklist and the engine
 * REST API complete the same steps under the same rules ({@link TaskRules}); the request view lists
 * the rows the caller may take now ({@code allowedActions}). A new action is a new row here and a
 * function in the mini program's {@code services/api.js}.
 */
final class RequestActions {

  enum Decision { ACCEPT, REJECT }

  record Review(
      @NotNull(message = "请选择受理或驳回") Decision decision,
      @Size(max = 500, message = "备注最多500个字") String note) {}

  record Assign(@NotBlank(message = "请选择维修工") @Size(max = 20, message = "维修工不存在") String workerId) {}

  record NoBody() {}

  record Refuse(@NotBlank(message = "请填写拒单原因") @Size(max = 500, message = "原因最多500个字") String reason) {}

  record Complete(@Size(max = 500, message = "说明最多500个字") String note) {}

  record Rate(
      @NotNull(message = "请为维修结果打分") @Min(value = 1, message = "评分为1到5") @Max(value = 5, message = "评分为1到5")
          Integer result,
      @NotNull(message = "请为维修效率打分") @Min(value = 1, message = "评分为1到5") @Max(value = 5, message = "评分为1到5")
          Integer efficiency,
      @Size(max = 500, message = "评价最多500个字") String comment) {}

  record Cancel(@Size(max = 500, message = "原因最多500个字") String reason) {}

  /** After the follow-up call: close the request, or send it back to dispatch for rework. */
  enum Outcome { CLOSE, REWORK }

  record Revisit(
      @NotNull(message = "请选择结束或返修") Outcome outcome,
      @Size(max = 500, message = "回访记录最多500个字") String note) {}

  static final List<RequestAction<?>> ALL = List.of(
      RequestAction.completing("review", RepairProcess.TASK_REVIEW, ADMIN, Review.class)
          .field("decision", RepairProcess.VAR_DECISION)
          .field("note", RepairProcess.VAR_REVIEW_NOTE)
          .recording((body, request) -> request.history(
              body.decision() == Decision.ACCEPT ? "ACCEPTED" : "REJECTED", body.note())),
      RequestAction.completing("assign", RepairProcess.TASK_ASSIGN, ADMIN, Assign.class)
          .field("workerId", RepairProcess.VAR_WORKER_ID)
          .checking((body, services) -> services.isActiveWorker(body.workerId()) ? List.of()
              : List.of(new ApiException.FieldError("workerId", "维修工不存在")))
          .recording((body, request) -> request.assignWorker(body.workerId())),
      RequestAction.completing("accept", RepairProcess.TASK_CONFIRM, WORKER, NoBody.class)
          .fixed(RepairProcess.VAR_CONFIRMED, true)
          .bodyOptional()
          .recording((body, request) -> request.history("WORKER_ACCEPTED", null)),
      RequestAction.completing("refuse", RepairProcess.TASK_CONFIRM, WORKER, Refuse.class)
          .fixed(RepairProcess.VAR_CONFIRMED, false)
          .field("reason", RepairProcess.VAR_REFUSE_REASON)
          .recording((body, request) -> {
            request.releaseWorker();
            request.history("REFUSED", body.reason());
          }),
      RequestAction.completing("complete", RepairProcess.TASK_REPAIR, WORKER, Complete.class)
          .field("note", RepairProcess.VAR_COMPLETION_NOTE)
          .bodyOptional()
          .recording((body, request) -> request.history("COMPLETED", body.note())),
      RequestAction.completing("rate", RepairProcess.TASK_RATE, REQUESTER, Rate.class)
          .field("result", RepairProcess.VAR_RATING_RESULT)
          .field("efficiency", RepairProcess.VAR_RATING_EFFICIENCY)
          .field("comment", RepairProcess.VAR_RATING_COMMENT)
          .recording((body, request) -> request.rate(body.result(), body.efficiency(), body.comment())),
      RequestAction.completing("revisit", RepairProcess.TASK_REVISIT, ADMIN, Revisit.class)
          .field("outcome", RepairProcess.VAR_REVISIT_OUTCOME)
          .field("note", RepairProcess.VAR_REVISIT_NOTE)
          .recording((body, request) -> request.history(
              body.outcome() == Outcome.CLOSE ? "REVISITED" : "REWORK", body.note())),
      RequestAction.sending("cancel", RepairProcess.MESSAGE_CANCELLED, REQUESTER, Cancel.class)
          .field("reason", RepairProcess.VAR_CANCEL_REASON)
          .recording((body, request) -> request.history("CANCELLED", body.reason())));

  private static final Map<String, RequestAction<?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(RequestAction::name, Function.identity()));

  private RequestActions() {}

  static Optional<RequestAction<?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The actions that complete task {@code taskKey}: several when its answer decides, as confirm's. */
  static List<RequestAction<?>> completing(String taskKey) {
    return ALL.stream().filter(action -> taskKey.equals(action.taskKey())).toList();
  }
}
