package cn.campus.repair.request;

import java.time.Instant;

/**
 * One row of {@code repair_request}, the read model of a request, as other features may read it.
 * {@code status} is what the process model declares; the open step is the user task the process
 * waits at ({@code openTaskKey} null once it ended); {@code serviceLevel} how urgent it is and the
 * deadlines it got. {@code building} and {@code room} are the names as reported; {@code place} the ids
 * of a place picked from the places; {@code followerCount} how many people follow it besides its
 * requester; {@code mergedInto} the request it was merged into, once it was.
 */
public record RequestRow(
    String id,
    String number,
    String status,
    String categoryCode,
    String description,
    String building,
    String room,
    String locationDetail,
    Double latitude,
    Double longitude,
    String contactPhone,
    String requesterId,
    String workerId,
    String processInstanceId,
    Integer ratingResult,
    Integer ratingEfficiency,
    String ratingComment,
    Instant createdAt,
    Instant updatedAt,
    String openTaskId,
    String openTaskKey,
    String openTaskName,
    Instant openTaskSince,
    String openTaskAssignee,
    boolean cancellable,
    ServiceLevel serviceLevel,
    Place place,
    int followerCount,
    String mergedInto) {

  /**
   * What the service-level table read ({@code priority} URGENT or NORMAL, {@code buildingType}) and
   * answered when the request started (ISO-8601 durations per stage, null when the model asked no
   * table; {@code escalateTo} the recipient of an overdue stage's text), and {@code dueAt}, the due
   * time of the open step (null when it has none).
   */
  public record ServiceLevel(
      String priority,
      String buildingType,
      String reviewDeadline,
      String dispatchDeadline,
      String confirmDeadline,
      String repairDeadline,
      String escalateTo,
      Instant dueAt) {

    public boolean urgent() {
      return "URGENT".equals(priority);
    }
  }

  /** The place the request was made at, when it was picked from the places (null for older requests). */
  public record Place(String buildingId, String roomId, String assetId, String assetName) {}
}
