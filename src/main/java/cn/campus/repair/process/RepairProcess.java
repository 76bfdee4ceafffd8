package cn.campus.repair.process;

import java.util.List;

/** What the code relies on in {@code processes/repair-request.bpmn} (the process contract). */
public final class RepairProcess {

  public static final String KEY = "repair-request";

  public static final String TASK_REVIEW = "review";
  public static final String TASK_ASSIGN = "assign";
  public static final String TASK_CONFIRM = "confirm";
  public static final String TASK_REPAIR = "repair";
  public static final String TASK_RATE = "rate";
  /** The admins' follow-up call after a poor rating; optional in the model (a manager may drop the rework loop). */
  public static final String TASK_REVISIT = "revisit";

  /** The keepers' step: prepare and issue the parts a worker asked for (candidate group {@code warehouse}). */
  public static final String TASK_ISSUE_PARTS = "issueParts";
  /** The admins' approval of parts whose cost passes the model's threshold; optional in the model. */
  public static final String TASK_APPROVE_PARTS = "approveParts";
  /** The admins record the contractor and due date of a repair the worker said needs outsourcing. */
  public static final String TASK_OUTSOURCE = "outsource";
  /** The admins close an outsourced repair once the contractor has done it. */
  public static final String TASK_OUTSOURCED_REPAIR = "outsourcedRepair";

  /** The DMN decision (processes/service-level.dmn) that gives a request its deadlines when it starts. */
  public static final String DECISION_SERVICE_LEVEL = "service-level";

  public static final String MESSAGE_CANCELLED = "RequestCancelled";
  /** The worker asks for parts during the repair; the model leads it to the parts path. */
  public static final String MESSAGE_PARTS_REQUESTED = "PartsRequested";
  /** An admin merges the request, a duplicate, into another ({@link #VAR_MERGED_INTO}): docs/duplicates.md. */
  public static final String MESSAGE_MERGED = "RequestMerged";
  /** The status the merge path's end event declares; the code reads the kept request's id only then. */
  public static final String STATUS_MERGED = "MERGED";

  /** Extension property of a user task (the request's status while it is open) or an end event (its final status). */
  public static final String PROPERTY_STATUS = "status";
  /** The "send SMS" steps' delegate, and their optional input saying which channel they may use. */
  public static final String DELEGATE_SEND_SMS = "${sendSmsDelegate}";
  public static final String INPUT_SMS_CHANNEL = "smsChannel";
  /** {@code auto}: a WeChat subscribe message where the person allowed one, else SMS; {@code sms}: always SMS. */
  public static final List<String> SMS_CHANNELS = List.of("auto", "sms");
  /** Extension property of an end event: the entry it adds to the request's history. */
  public static final String PROPERTY_HISTORY = "history";

  public static final String VAR_REQUEST_ID = "requestId";
  public static final String VAR_REQUESTER_ID = "requesterId";
  public static final String VAR_CATEGORY_CODE = "categoryCode";
  public static final String VAR_DECISION = "decision";
  public static final String VAR_REVIEW_NOTE = "reviewNote";
  public static final String VAR_WORKER_ID = "workerId";
  public static final String VAR_CONFIRMED = "confirmed";
  public static final String VAR_REFUSE_REASON = "refuseReason";
  /** Why the worker refused: PARTS, NOT_MY_SPECIALTY, OUTSOURCE or OTHER; the model routes by it. */
  public static final String VAR_REFUSE_CATEGORY = "refuseCategory";
  /** The parts asked for, as JSON text: [{"partId"|"name", "quantity"}]. */
  public static final String VAR_PARTS_REQUESTED = "partsRequested";
  public static final String VAR_PARTS_NOTE = "partsNote";
  /** What the parts asked for so far cost at catalogue prices, in yuan: the approval gateway reads it. */
  public static final String VAR_PARTS_COST = "partsCost";
  public static final String VAR_PARTS_APPROVED = "partsApproved";
  public static final String VAR_APPROVAL_NOTE = "approvalNote";
  public static final String VAR_WAREHOUSE_ID = "warehouseId";
  public static final String VAR_ISSUE_NOTE = "issueNote";
  /** What the worker used of each issued line, as JSON text: [{"lineId", "used"}]. */
  public static final String VAR_PARTS_USED = "partsUsed";
  public static final String VAR_CONTRACTOR = "contractor";
  /** The contractor's due date, yyyy-MM-dd: the outsourced repair's due date. */
  public static final String VAR_OUTSOURCE_DUE = "outsourceDue";
  public static final String VAR_OUTSOURCE_NOTE = "outsourceNote";
  public static final String VAR_COMPLETION_NOTE = "completionNote";
  public static final String VAR_RATING_RESULT = "ratingResult";
  public static final String VAR_RATING_EFFICIENCY = "ratingEfficiency";
  public static final String VAR_RATING_COMMENT = "ratingComment";
  public static final String VAR_CANCEL_REASON = "cancelReason";
  public static final String VAR_REVISIT_OUTCOME = "revisitOutcome";
  public static final String VAR_REVISIT_NOTE = "revisitNote";
  /** The id of the request a duplicate is merged into, sent with {@link #MESSAGE_MERGED}. */
  public static final String VAR_MERGED_INTO = "mergedInto";

  /** Inputs of the service-level decision, set at start with the request's own variables. */
  public static final String VAR_PRIORITY = "priority";
  public static final String VAR_BUILDING_TYPE = "buildingType";
  /** The hour (0-23) and ISO weekday (1 Monday to 7 Sunday) of the submission, in the campus's time zone. */
  public static final String VAR_SUBMITTED_HOUR = "submittedHour";
  public static final String VAR_SUBMITTED_WEEKDAY = "submittedWeekday";

  /** Outputs of the service-level decision: ISO-8601 durations per stage, and whom an overdue stage is told. */
  public static final String VAR_REVIEW_DEADLINE = "reviewDeadline";
  public static final String VAR_DISPATCH_DEADLINE = "dispatchDeadline";
  public static final String VAR_CONFIRM_DEADLINE = "confirmDeadline";
  public static final String VAR_REPAIR_DEADLINE = "repairDeadline";
  public static final String VAR_ESCALATE_TO = "escalateTo";

  public static final List<String> SERVICE_LEVEL_INPUTS =
      List.of(VAR_CATEGORY_CODE, VAR_PRIORITY, VAR_BUILDING_TYPE, VAR_SUBMITTED_HOUR, VAR_SUBMITTED_WEEKDAY);
  public static final List<String> SERVICE_LEVEL_DEADLINES =
      List.of(VAR_REVIEW_DEADLINE, VAR_DISPATCH_DEADLINE, VAR_CONFIRM_DEADLINE, VAR_REPAIR_DEADLINE);
  public static final List<String> SERVICE_LEVEL_OUTPUTS = List.of(
      VAR_REVIEW_DEADLINE, VAR_DISPATCH_DEADLINE, VAR_CONFIRM_DEADLINE, VAR_REPAIR_DEADLINE, VAR_ESCALATE_TO);

  public static final String DECISION_ACCEPT = "ACCEPT";
  public static final String DECISION_REJECT = "REJECT";

  public static final String PRIORITY_URGENT = "URGENT";
  public static final String PRIORITY_NORMAL = "NORMAL";

  private RepairProcess() {}
}
