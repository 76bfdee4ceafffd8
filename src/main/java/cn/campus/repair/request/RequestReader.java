package cn.campus.repair.request;

import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns rows into the contract's shapes, loading the people and attachments of a page at once. */
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

  RequestViews.Request detail(RequestRow row) {
    return new RequestViews.Request(summaries(List.of(row)).get(0), records.history(row.id()));
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
    return rows.stream().map(row -> new RequestViews.Summary(
        row.id(),
        row.number(),
        row.status(),
        new RequestViews.Category(row.categoryCode(),
            catalogue.find(row.categoryCode()).map(c -> c.name()).orElse(row.categoryCode())),
        row.description(),
        new RequestViews.Location(row.building(), row.room(), row.locationDetail(), row.latitude(), row.longitude()),
        row.contactPhone(),
        party(byId.get(row.requesterId())),
        row.workerId() == null ? null : party(byId.get(row.workerId())),
        attachments.getOrDefault(row.id(), List.of()),
        row.ratingResult() == null ? null
            : new RequestViews.Rating(row.ratingResult(), row.ratingEfficiency(), row.ratingComment()),
        row.createdAt(),
        row.updatedAt())).toList();
  }

  private static RequestViews.Party party(User user) {
    return user == null ? null : new RequestViews.Party(user.id(), user.name(), user.phone());
  }
}
