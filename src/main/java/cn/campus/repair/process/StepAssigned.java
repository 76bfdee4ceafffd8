package cn.campus.repair.process;

/** The open task {@code taskId} of a request changed hands (claimed, unclaimed, reassigned). */
public record StepAssigned(String requestId, String taskId, String assignee) {}
