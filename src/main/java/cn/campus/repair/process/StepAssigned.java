package cn.campus.repair.process;

/**
 * The open task {@code taskId} of a request changed hands (claimed, unclaimed, reassigned). {@code
 * workerStep}: the model gives this step to the request's worker ({@code ${workerId}}), so whoever
 * holds it now is the request's worker, and the process variable {@code workerId} already says so.
 * {@code actorId}: who the engine was told made the change (null for the engine itself).
 */
public record StepAssigned(String requestId, String taskId, String assignee, boolean workerStep,
    String actorId) {}
