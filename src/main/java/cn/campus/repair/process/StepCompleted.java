package cn.campus.repair.process;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Somebody completed a user task of a request's process, through our API, Tasklist or the engine
 * REST API alike. {@code actorId} is who the engine was told is acting (null for the system);
 * {@code variable} reads the task's variables as the completion left them; {@code dueAt} is the
 * task's due date (null when the model set none); {@code setVariable} sets a process variable the
 * model reads next (a listener's answer, such as the parts' cost). Published inside the engine's
 * transaction, before the process moves on: a listener that throws refuses the completion.
 */
public record StepCompleted(
    String requestId, String taskKey, String taskName, String actorId, Function<String, Object> variable,
    Instant dueAt, BiConsumer<String, Object> setVariable) {}
