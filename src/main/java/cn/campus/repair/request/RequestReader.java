package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.materials.Materials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns rows into the contract's shapes, as the caller sees them (the actions they may take now): a
 * page loads its people and attachments at once, a detail comes with them from {@link
 * RequestDetails#findDetail}.
 */
@Component
class RequestReader {

  private final RequestDetails details;
  private final Users users;
  private final Catalogue catalogue;
  private final Materials materials;
  private final FollowerRows followers;

  RequestReader(RequestDetails details, Users users, Catalogue catalogue, Materials materials,
      FollowerRows followers) {
    this.materials = materials;
    this.details = details;
    this.users = users;
    this.catalogue = catalogue;
    this.followers = followers;
  }

  RequestViews.Request detail(CurrentUser me, RequestDetails.Detail detail) {
    RequestRow row = detail.row();
    List<RequestViews.Attachment> attachments = detail.attachmentCount() == 0 ? List.of()
        : details.attachments(List.of(row.id())).getOrDefault(row.id(), List.of());
    boolean following = isOthers(me, row) && followers.follows(row.id(), me.id());
    return new RequestViews.Request(
        summary(me, row, detail.requester(), detail.worker(), detail.openTaskAssigneeName(), attachments, following),
        detail.history(), materials.partsOf(row.id()));
  }

  List<RequestViews.Summary> summaries(CurrentUser me, List<RequestRow> rows) {
    Set<String> people = new HashSet<>();
    for (RequestRow row : rows) {
      people.add(row.requesterId());
      if (row.workerId() != null) {
        people.add(row.workerId());
      }
      if (row.openTaskAssignee() != null) {
        people.add(row.openTaskAssignee());
      }
    }
    Map<String, User> byId = users.findAll(people);
    Map<String, List<RequestViews.Attachment>> attachments = details.attachments(rows.stream().map(RequestRow::id).toList());
    List<String> others = rows.stream().filter(row -> isOthers(me, row)).map(RequestRow::id).toList();
    Set<String> followed = others.isEmpty() ? Set.of() : followers.followedAmong(me.id(), others);
    return rows.stream().map(row -> summary(me, row,
        party(byId.get(row.requesterId())),
        row.workerId() == null ? null : party(byId.get(row.workerId())),
        row.openTaskAssignee() == null || !byId.containsKey(row.openTaskAssignee()) ? null
            : byId.get(row.openTaskAssignee()).name(),
        attachments.getOrDefault(row.id(), List.of()), followed.contains(row.id()))).toList();
  }

  /** A requester reading a request that is not theirs: one they follow. */
  private static boolean isOthers(CurrentUser me, RequestRow row) {
    return me.is(Role.USER) && !me.id().equals(row.requesterId());
  }

  private RequestViews.Summary summary(CurrentUser me, RequestRow row, RequestViews.Party requester,
      RequestViews.Party worker, String assigneeName, List<RequestViews.Attachment> attachments, boolean following) {
    boolean follower = isOthers(me, row);
    List<String> allowed = new ArrayList<>();
    RequestActions.ALL.stream().filter(action -> action.allows(me, row)).map(RequestAction::name).forEach(allowed::add);
    if (me.is(Role.ADMIN) && row.openTaskKey() != null) {
      allowed.add(MERGE);
    }
    return new RequestViews.Summary(
        row.id(),
        row.number(),
        row.status(),
        new RequestViews.Category(row.categoryCode(),
            catalogue.find(row.categoryCode()).map(c -> c.name()).orElse(row.categoryCode())),
        row.description(),
        location(row),
        follower ? null : row.contactPhone(),
        follower ? null : requester,
        worker,
        follower ? List.of() : attachments,
        row.ratingResult() == null ? null
            : new RequestViews.Rating(row.ratingResult(), row.ratingEfficiency(), row.ratingComment()),
        row.createdAt(),
        row.updatedAt(),
        currentStep(row, assigneeName),
        List.copyOf(allowed),
        row.serviceLevel().priority(),
        serviceLevel(row.serviceLevel()),
        row.followerCount(),
        following,
        row.mergedInto());
  }

  /** An admin may merge a request while its process waits at a step (the model's event subprocess). */
  static final String MERGE = "merge";

  private static RequestViews.Location location(RequestRow row) {
    RequestRow.Place place = row.place();
    return new RequestViews.Location(row.building(), row.room(), row.locationDetail(), row.latitude(), row.longitude(),
        place == null ? null : place.buildingId(), place == null ? null : place.roomId(),
        place == null ? null : place.assetId(), place == null ? null : place.assetName(),
        row.serviceLevel().buildingType());
  }

  private static RequestViews.CurrentStep currentStep(RequestRow row, String assigneeName) {
    if (row.openTaskKey() == null) {
      return null;
    }
    RequestViews.Holder assignee = row.openTaskAssignee() == null ? null
        : new RequestViews.Holder(row.openTaskAssignee(), assigneeName == null ? row.openTaskAssignee() : assigneeName);
    Instant due = row.serviceLevel().dueAt();
    return new RequestViews.CurrentStep(row.openTaskKey(), row.openTaskName(), row.openTaskSince(), assignee, due,
        due != null && Instant.now().isAfter(due));
  }

  private static RequestViews.ServiceLevel serviceLevel(RequestRow.ServiceLevel level) {
    boolean none = level.reviewDeadline() == null && level.dispatchDeadline() == null
        && level.confirmDeadline() == null && level.repairDeadline() == null;
    return none ? null : new RequestViews.ServiceLevel(level.reviewDeadline(), level.dispatchDeadline(),
        level.confirmDeadline(), level.repairDeadline(), level.escalateTo());
  }

  private static RequestViews.Party party(User user) {
    return user == null ? null : new RequestViews.Party(user.id(), user.name(), user.phone());
  }
}
