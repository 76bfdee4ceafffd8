package cn.campus.repair.request;

import static cn.campus.repair.request.RequestAction.Party.ADMIN;
import static cn.campus.repair.request.RequestAction.Party.KEEPER;
import static cn.campus.repair.request.RequestAction.Party.REQUESTER;
import static cn.campus.repair.request.RequestAction.Party.WORKER;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.materials.Materials;
import cn.campus.repair.process.InvalidTaskInput;
import cn.campus.repair.process.RepairProcess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

  /**
   * Why a worker refuses, which the model routes by: parts first (the same worker, after the
   * warehouse), another worker, a contractor, or back to dispatch with the reason in words.
   */
  enum RefuseCategory { PARTS, NOT_MY_SPECIALTY, OUTSOURCE, OTHER }

  /** A part asked for: from the catalogue ({@code partId}) or described ({@code name}) when it is not there. */
  record PartWanted(
      @Size(max = 36, message = "配件不存在") String partId,
      @Size(max = 60, message = "材料说明最多60个字") String name,
      @NotNull(message = "请填写数量") @Min(value = 1, message = "数量至少为1") @Max(value = 9999, message = "数量最多9999")
          Integer quantity) {

    Materials.Wanted wanted() {
      return new Materials.Wanted(partId == null || partId.isBlank() ? null : partId.strip(),
          name == null || name.isBlank() ? null : name.strip(), quantity);
    }
  }

  /** {@code category} absent is OTHER (clients from before the list), which needs a reason in words. */
  record Refuse(
      RefuseCategory category,
      @Size(max = 500, message = "原因最多500个字") String reason,
      @Size(max = Materials.MAX_LINES, message = "一次最多20种配件") List<@NotNull(message = "请填写配件") @Valid PartWanted> parts) {

    RefuseCategory categoryOrOther() {
      return category == null ? RefuseCategory.OTHER : category;
    }
  }

  record RequestParts(
      @NotNull(message = "请选择配件") @Size(min = 1, max = Materials.MAX_LINES, message = "请选择1到20种配件")
          List<@NotNull(message = "请填写配件") @Valid PartWanted> parts,
      @Size(max = 500, message = "说明最多500个字") String note) {}

  record ApproveParts(
      @NotNull(message = "请选择同意或不同意") Boolean approved,
      @Size(max = 500, message = "意见最多500个字") String note) {}

  record IssueParts(
      @NotBlank(message = "请选择仓库") @Size(max = 36, message = "仓库不存在") String warehouseId,
      @Size(max = 500, message = "备注最多500个字") String note) {}

  /** How many of an issued line were used; the rest goes back to the warehouse. */
  record PartUsed(
      @NotBlank(message = "请选择配件") @Size(max = 36, message = "不是本单已领取的配件") String lineId,
      @NotNull(message = "请填写用量") @Min(value = 0, message = "用量不能为负") @Max(value = 9999, message = "用量最多9999")
          Integer used) {}

  /** {@code parts} absent: every issued part was used. */
  record Complete(
      @Size(max = 500, message = "说明最多500个字") String note,
      @Size(max = Materials.MAX_LINES, message = "一次最多20种配件") List<@NotNull(message = "请填写配件") @Valid PartUsed> parts) {}

  record Outsource(
      @NotBlank(message = "请填写外包单位") @Size(max = 100, message = "外包单位最多100个字") String contractor,
      @NotBlank(message = "请填写完成日期")
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "日期格式应为 yyyy-MM-dd") String dueDate,
      @Size(max = 500, message = "备注最多500个字") String note) {}

  record FinishOutsourced(@Size(max = 500, message = "说明最多500个字") String note) {}

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
          .field("category", RepairProcess.VAR_REFUSE_CATEGORY)
          .field("reason", RepairProcess.VAR_REFUSE_REASON)
          .jsonField("parts", RepairProcess.VAR_PARTS_REQUESTED)
          .checking(RequestActions::refusalProblems)
          .recording(RequestActions::refused),
      RequestAction.completing("approveParts", RepairProcess.TASK_APPROVE_PARTS, ADMIN, ApproveParts.class)
          .field("approved", RepairProcess.VAR_PARTS_APPROVED)
          .field("note", RepairProcess.VAR_APPROVAL_NOTE)
          .recording((body, request) -> {
            if (!body.approved()) {
              request.materials().refuseWaiting(request.requestId());
            }
            request.history(body.approved() ? "PARTS_APPROVED" : "PARTS_DECLINED", body.note());
          }),
      RequestAction.completing("issueParts", RepairProcess.TASK_ISSUE_PARTS, KEEPER, IssueParts.class)
          .field("warehouseId", RepairProcess.VAR_WAREHOUSE_ID)
          .field("note", RepairProcess.VAR_ISSUE_NOTE)
          .checking((body, services) -> services.warehouseProblems(body.warehouseId().strip()))
          .recording((body, request) -> {
            request.materials().issue(request.requestId(), body.warehouseId().strip(), request.actor());
            request.history("PARTS_ISSUED", body.note());
          }),
      RequestAction.completing("complete", RepairProcess.TASK_REPAIR, WORKER, Complete.class)
          .field("note", RepairProcess.VAR_COMPLETION_NOTE)
          .jsonField("parts", RepairProcess.VAR_PARTS_USED)
          .bodyOptional()
          .recording(RequestActions::completed),
      RequestAction.sending("requestParts", RepairProcess.MESSAGE_PARTS_REQUESTED, WORKER, RequestParts.class)
          .openAt(RepairProcess.TASK_REPAIR)
          .jsonField("parts", RepairProcess.VAR_PARTS_REQUESTED)
          .field("note", RepairProcess.VAR_PARTS_NOTE)
          .checking((body, services) -> services.partProblems("parts", wanted(body.parts())))
          .recording((body, request) -> askForParts(request, body.parts(), body.note())),
      RequestAction.completing("outsource", RepairProcess.TASK_OUTSOURCE, ADMIN, Outsource.class)
          .field("contractor", RepairProcess.VAR_CONTRACTOR)
          .field("dueDate", RepairProcess.VAR_OUTSOURCE_DUE)
          .field("note", RepairProcess.VAR_OUTSOURCE_NOTE)
          .checking((body, services) -> dueDateProblems(body.dueDate()))
          .recording((body, request) -> request.history("OUTSOURCED",
              "外包给 %s，%s 前完成%s".formatted(body.contractor().strip(), body.dueDate(),
                  body.note() == null || body.note().isBlank() ? "" : "：" + body.note().strip()))),
      RequestAction.completing("finishOutsourced", RepairProcess.TASK_OUTSOURCED_REPAIR, ADMIN, FinishOutsourced.class)
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

  private static List<ApiException.FieldError> refusalProblems(Refuse body, RequestAction.Services services) {
    List<PartWanted> parts = body.parts() == null ? List.of() : body.parts();
    return switch (body.categoryOrOther()) {
      case PARTS -> parts.isEmpty() ? List.of(new ApiException.FieldError("parts", "请选择需要的配件"))
          : services.partProblems("parts", wanted(parts));
      case OTHER -> body.reason() == null || body.reason().isBlank()
          ? List.of(new ApiException.FieldError("reason", "请填写拒单原因")) : noParts(parts);
      default -> noParts(parts);
    };
  }

  private static List<ApiException.FieldError> noParts(List<PartWanted> parts) {
    return parts.isEmpty() ? List.of() : List.of(new ApiException.FieldError("parts", "只有选择“需要配件”时才填写配件"));
  }

  /**
   * The model routes by the category, so it is always set, OTHER when a client left it out; the
   * worker stays on the request only when parts are all that is missing.
   */
  private static void refused(Refuse body, RequestAction.Recording request) {
    RefuseCategory category = body.categoryOrOther();
    request.processVariable(RepairProcess.VAR_REFUSE_CATEGORY, category.name());
    switch (category) {
      case PARTS -> askForParts(request, body.parts(), body.reason());
      case NOT_MY_SPECIALTY -> {
        request.excludeWorker();
        request.releaseWorker();
        request.history("REFUSED", words("不在我的专业", body.reason()));
      }
      case OUTSOURCE -> {
        request.releaseWorker();
        request.history("REFUSED", words("需要外包", body.reason()));
      }
      case OTHER -> {
        request.releaseWorker();
        request.history("REFUSED", body.reason());
      }
    }
  }

  private static String words(String category, String reason) {
    return reason == null || reason.isBlank() ? category : category + "：" + reason.strip();
  }

  /** The lines are the request's from now on; what they cost so far is what the approval gateway reads. */
  private static void askForParts(RequestAction.Recording request, List<PartWanted> parts, String note) {
    Materials materials = request.materials();
    String worker = request.actor().id();
    java.math.BigDecimal estimate = materials.request(request.requestId(), worker, wanted(parts));
    request.processVariable(RepairProcess.VAR_PARTS_COST, estimate.doubleValue());
    String lines = parts.stream().map(part -> {
      Materials.Wanted wanted = part.wanted();
      String name = wanted.partId() == null ? wanted.name()
          : materials.part(wanted.partId()).map(found -> found.label()).orElse(wanted.partId());
      return name + " × " + wanted.quantity();
    }).collect(Collectors.joining("、"));
    request.history("PARTS_REQUESTED", note == null || note.isBlank() ? lines : lines + "（" + note.strip() + "）");
  }

  /** Used as said, the rest back to the shelf; more used than issued, or a line not issued, refuses the completion. */
  private static void completed(Complete body, RequestAction.Recording request) {
    List<Materials.Used> used = body.parts() == null ? List.of()
        : body.parts().stream().map(line -> new Materials.Used(line.lineId().strip(), line.used())).toList();
    Materials materials = request.materials();
    List<ApiException.FieldError> problems = materials.useProblems(request.requestId(), "parts", used);
    if (!problems.isEmpty()) {
      throw new InvalidTaskInput(problems);
    }
    materials.recordUse(request.requestId(), used, request.actor());
    request.history("COMPLETED", body.note());
  }

  private static List<ApiException.FieldError> dueDateProblems(String dueDate) {
    try {
      java.time.LocalDate.parse(dueDate.strip());
      return List.of();
    } catch (java.time.format.DateTimeParseException notADay) {
      return List.of(new ApiException.FieldError("dueDate", "日期无效"));
    }
  }

  private static List<Materials.Wanted> wanted(List<PartWanted> parts) {
    return parts == null ? List.of() : parts.stream().map(PartWanted::wanted).toList();
  }

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
