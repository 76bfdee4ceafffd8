package cn.campus.repair.request;

/** A requester rated the repair {@code workerId} did; published in the rating's transaction. */
public record RequestRated(String requestId, String workerId, int result, int efficiency) {}
