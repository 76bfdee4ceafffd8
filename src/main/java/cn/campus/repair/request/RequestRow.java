package cn.campus.repair.request;

import java.time.Instant;

/** One row of {@code repair_request}, the read model of a request, as other features may read it. */
public record RequestRow(
    String id,
    String number,
    RequestStatus status,
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
    String openTaskId) {}
