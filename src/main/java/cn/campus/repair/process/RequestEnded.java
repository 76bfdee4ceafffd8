package cn.campus.repair.process;

/**
 * A request's process instance ended. {@code status} is the final status: the one the end event
 * declares, {@code CLOSED} for an end event that declares none, {@code CANCELLED} when the instance
 * was deleted (by an operator in Cockpit). {@code historyAction}, when the end event declares one,
 * is an entry for the request's history, with the end event's name as its note. {@code actorId} is
 * who the engine was told is acting, if anyone.
 */
public record RequestEnded(String requestId, String status, String historyAction, String note, String actorId) {}
