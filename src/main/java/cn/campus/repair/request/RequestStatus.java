package cn.campus.repair.request;

import java.util.EnumSet;
import java.util.Set;

public enum RequestStatus {
  PENDING_REVIEW,
  AWAITING_DISPATCH,
  ASSIGNED,
  IN_PROGRESS,
  AWAITING_RATING,
  CLOSED,
  REJECTED,
  CANCELLED;

  /** Before the worker starts: the requester may still cancel. */
  public static final Set<RequestStatus> CANCELLABLE = EnumSet.of(PENDING_REVIEW, AWAITING_DISPATCH, ASSIGNED);

  /** Where requests end up: the bulk of years of history. The others are few at any time. */
  public static final Set<RequestStatus> FINISHED = EnumSet.of(CLOSED, REJECTED, CANCELLED);

  /** The states that count towards a worker's current load. */
  public static final Set<RequestStatus> ACTIVE_FOR_WORKER = EnumSet.of(ASSIGNED, IN_PROGRESS);
}
