package cn.campus.repair.outage;

import java.time.Instant;

/**
 * An outage notice: for a building ({@code buildingId}) or an area ({@code areaId}), named as
 * {@code placeName} when posted; one category; in force from {@code startsAt} until {@code endsAt}
 * or until ended earlier ({@code endedAt}, {@code endReason} CLOSED by an admin or EXPIRED).
 */
record Notice(String id, String buildingId, String areaId, String placeName, String categoryCode, String reason,
    Instant startsAt, Instant endsAt, String postedBy, Instant createdAt, Instant endedAt, String endReason,
    int followerCount) {

  static final String CLOSED = "CLOSED";
  static final String EXPIRED = "EXPIRED";

  /** SCHEDULED (not started), ACTIVE, or ENDED (closed, or past its end even if the job has not run yet). */
  String state(Instant now) {
    if (endedAt != null || !endsAt.isAfter(now)) {
      return "ENDED";
    }
    return startsAt.isAfter(now) ? "SCHEDULED" : "ACTIVE";
  }
}
