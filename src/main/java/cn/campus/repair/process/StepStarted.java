package cn.campus.repair.process;

import java.time.Instant;

/**
 * A request's process now waits at a user task. {@code status} is what the model declares for it
 * (null when it declares nothing: the request keeps the status it had, and the step's name tells
 * where it is); {@code cancellable} whether the model lets the requester cancel while it waits
 * here; {@code dueAt} the task's due date, from the service level (null when the model sets none).
 * Published inside the engine's transaction.
 */
public record StepStarted(
    String requestId,
    String taskId,
    String taskKey,
    String taskName,
    String status,
    boolean cancellable,
    String assignee,
    Instant since,
    Instant dueAt) {}
