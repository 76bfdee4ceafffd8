package cn.campus.repair.process;

/** What the code relies on in {@code processes/repair-request.bpmn} (the process contract). */
public final class RepairProcess {

  public static final String KEY = "repair-request";

  public static final String TASK_REVIEW = "review";
  public static final String TASK_ASSIGN = "assign";
  public static final String TASK_CONFIRM = "confirm";
  public static final String TASK_REPAIR = "repair";
  public static final String TASK_RATE = "rate";

  public static final String MESSAGE_CANCELLED = "RequestCancelled";

  /** Extension property of a user task (the request's status while it is open) or an end event (its final status). */
  public static final String PROPERTY_STATUS = "status";
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
  public static final String VAR_COMPLETION_NOTE = "completionNote";
  public static final String VAR_RATING_RESULT = "ratingResult";
  public static final String VAR_RATING_EFFICIENCY = "ratingEfficiency";
  public static final String VAR_RATING_COMMENT = "ratingComment";
  public static final String VAR_CANCEL_REASON = "cancelReason";

  public static final String DECISION_ACCEPT = "ACCEPT";
  public static final String DECISION_REJECT = "REJECT";


  private RepairProcess() {}
}
