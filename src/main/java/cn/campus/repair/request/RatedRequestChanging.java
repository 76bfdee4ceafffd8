package cn.campus.repair.request;

/**
 * A rated request's worker or rating is about to change, in the transaction that changes it: what
 * they were. Numbers that credit a rating to the worker the request names move with it.
 */
public record RatedRequestChanging(String requestId, String workerId, int ratingResult, int ratingEfficiency) {}
