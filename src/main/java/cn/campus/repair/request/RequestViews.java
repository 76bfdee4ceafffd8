package cn.campus.repair.request;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the contract's {@code request}. */
final class RequestViews {

  private RequestViews() {}

  record Category(String code, String name) {}

  record Location(String building, String room, String detail, Double latitude, Double longitude) {}

  record Party(String id, String name, String phone) {}

  record Attachment(String id, String contentType, long size) {}

  record Rating(Integer result, Integer efficiency, String comment) {}

  record HistoryEntry(Instant at, String action, String actor, String actorId, String note) {}

  /** A request in full, as its detail page shows it: the list item plus its history. */
  record Request(@JsonUnwrapped Summary summary, List<HistoryEntry> history) {}

  /** A list item: the request without its history, which only the detail page needs. */
  record Summary(
      String id,
      String number,
      RequestStatus status,
      Category category,
      String description,
      Location location,
      String contactPhone,
      Party requester,
      Party worker,
      List<Attachment> attachments,
      Rating rating,
      Instant createdAt,
      Instant updatedAt) {}
}
