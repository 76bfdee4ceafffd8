package cn.campus.repair.request;

import cn.campus.repair.materials.Materials;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the contract's {@code request}. */
final class RequestViews {

  private RequestViews() {}

  record Category(String code, String name) {}

  /**
   * As reported; the ids of the place when it was picked from the places (null for older requests);
   * the building's type as the service-level table read it.
   */
  record Location(String building, String room, String detail, Double latitude, Double longitude,
      String buildingId, String roomId, String assetId, String assetName, String buildingType) {}

  record Party(String id, String name, String phone) {}

  record Attachment(String id, String contentType, long size) {}

  record Rating(Integer result, Integer efficiency, String comment) {}

  /** Who holds a step: a person; a step a group holds (the admins) has none until one claims it. */
  record Holder(String id, String name) {}

  /**
   * The step the request's process waits at: the model's task, since when, who holds it, when it is
   * due (null: no deadline) and whether that time has passed.
   */
  record CurrentStep(String key, String name, Instant since, Holder assignee, Instant dueAt, boolean overdue) {}

  /**
   * What the service-level table gave the request when it started: each stage's deadline as an
   * ISO-8601 duration from the moment the stage starts, and whom an overdue stage is told.
   */
  record ServiceLevel(String review, String dispatch, String confirm, String repair, String escalateTo) {}

  /** An entry of the history; {@code dueAt} the due time the step it completed had (null: none). */
  record HistoryEntry(Instant at, String action, String actor, String actorId, String note, Instant dueAt) {}

  /** A request in full, as its detail page shows it: the list item plus its history, its parts and their cost. */
  record Request(@JsonUnwrapped Summary summary, List<HistoryEntry> history, Materials.RequestParts parts) {}

  /**
   * A list item: the request without its history, which only the detail page needs. {@code
   * currentStep} is null once the request has ended; {@code allowedActions} are the actions the
   * caller may take now (names of {@code POST /api/requests/{id}/{action}}); {@code priority} URGENT
   * or NORMAL; {@code serviceLevel} null when the model gave the request no deadlines; {@code
   * followers} how many people follow it besides its requester (it affects {@code followers + 1}),
   * {@code following} whether the caller is one of them, {@code mergedInto} the id of the request it
   * was merged into (null unless its status is MERGED). A follower sees neither the requester's
   * contact nor the photos.
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
      List<String> allowedActions,
      String priority,
      ServiceLevel serviceLevel,
      int followers,
      boolean following,
      String mergedInto) {}
}
