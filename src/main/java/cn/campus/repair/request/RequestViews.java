package cn.campus.repair.request;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the contract's {@code request}. */
final class RequestViews {

  private RequestViews() {}

  record Category(String code, String name) {}

  /** As reported; the ids of the place when it was picked from the places (null for older requests). */
  record Location(String building, String room, String detail, Double latitude, Double longitude,
      String buildingId, String roomId, String assetId, String assetName) {}

  record Party(String id, String name, String phone) {}

  record Attachment(String id, String contentType, long size) {}

  record Rating(Integer result, Integer efficiency, String comment) {}

  /** Who holds a step: a person; a step a group holds (the admins) has none until one claims it. */
  record Holder(String id, String name) {}

  /** The step the request's process waits at: the model's task, since when, and who holds it. */
  record CurrentStep(String key, String name, Instant since, Holder assignee) {}

  record HistoryEntry(Instant at, String action, String actor, String actorId, String note) {}

  /** A request in full, as its detail page shows it: the list item plus its history. */
  record Request(@JsonUnwrapped Summary summary, List<HistoryEntry> history) {}

  /**
   * A list item: the request without its history, which only the detail page needs. {@code
   * currentStep} is null once the request has ended; {@code allowedActions} are the actions the
   * caller may take now (names of {@code POST /api/requests/{id}/{action}}).
   */
  record Summary(
      String id,
      String number,
      String status,
      Category category,
      String description,
      Location location,
      String contactPhone,
      Party requester,
      Party worker,
      List<Attachment> attachments,
      Rating rating,
      Instant createdAt,
      Instant updatedAt,
      CurrentStep currentStep,
      List<String> allowedActions) {}
}
