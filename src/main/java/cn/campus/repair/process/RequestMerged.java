package cn.campus.repair.process;

/**
 * A request's process reached an end event declaring {@value RepairProcess#STATUS_MERGED}: an admin
 * merged it, a duplicate, into {@code keptRequestId} (the variable {@value RepairProcess#VAR_MERGED_INTO}
 * the merge message carried; null when it carried none, which a listener must refuse). Published
 * inside the engine's transaction just before the {@link RequestEnded} of the same request, by the
 * API's merge and by a message sent through the engine REST API alike.
 */
public record RequestMerged(String requestId, String keptRequestId, String actorId) {}
