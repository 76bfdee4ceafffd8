package cn.campus.repair.request;

import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns rows into the contract's shapes: a page loads its people and attachments at once, a detail
 * comes with them from {@link RequestRecords#findDetail}.
 */
@Component
class RequestReader {

  private final RequestRecords records;
  private final Users users;
  private final Catalogue catalogue;

  RequestReader(RequestRecords records, Users users, Catalogue catalogue) {
    this.records = records;
    this.users = users;
    this.catalogue = catalogue;
  }

  RequestViews.Request detail(RequestRecords.Detail detail) {
    RequestRow row = detail.row();
    List<RequestViews.Attachment> attachments = detail.attachmentCount() == 0 ? List.of()
        : records.attachments(List.of(row.id())).getOrDefault(row.id(), List.of());
    return new RequestViews.Request(
        summary(row, detail.requester(), detail.worker(), attachments), detail.history());
  }

  List<RequestViews.Summary> summaries(List<RequestRow> rows) {
    Set<String> people = new HashSet<>();
    for (RequestRow row : rows) {
      people.add(row.requesterId());
      if (row.workerId() != null) {
        people.add(row.workerId());
      }
    }
    Map<String, User> byId = users.findAll(people);
    Map<String, List<RequestViews.Attachment>> attachments = records.attachments(rows.stream().map(RequestRow::id).toList());
    return rows.stream().map(row -> summary(row,
        party(byId.get(row.requesterId())),
        row.workerId() == null ? null : party(byId.get(row.workerId())),
        attachments.getOrDefault(row.id(), List.of()))).toList();
  }

  private RequestViews.Summary summary(RequestRow row, RequestViews.Party requester, RequestViews.Party worker,
      List<RequestViews.Attachment> attachments) {
    return new RequestViews.Summary(
        row.id(),
        row.number(),
        row.status(),
        new RequestViews.Category(row.categoryCode(),
            catalogue.find(row.categoryCode()).map(c -> c.name()).orElse(row.categoryCode())),
        row.description(),
        new RequestViews.Location(row.building(), row.room(), row.locationDetail(), row.latitude(), row.longitude()),
        row.contactPhone(),
        requester,
        worker,
        attachments,
        row.ratingResult() == null ? null
            : new RequestViews.Rating(row.ratingResult(), row.ratingEfficiency(), row.ratingComment()),
        row.createdAt(),
        row.updatedAt());
  }

  private static RequestViews.Party party(User user) {
    return user == null ? null : new RequestViews.Party(user.id(), user.name(), user.phone());
  }
}
