package cn.campus.repair.request;

import cn.campus.repair.common.Times;
import cn.campus.repair.common.TransactionMemo;
import cn.campus.repair.search.SearchIndex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model's rows and what changes them: {@code repair_request}, the workers a request was
 * given to ({@code request_worker}), its attachments and its history. Rows are read at most once
 * per transaction and forgotten on every write. What other features count (a request filed, a
 * history entry, a rated request's worker or rating changing) is published as an event in the
 * writing transaction.
 */
@Repository
class RequestRows {

  static final String COLUMNS = """
      r.id, r.number, r.status, r.category_code, r.description, r.building, r.room, r.location_detail,
      r.latitude, r.longitude, r.contact_phone, r.requester_id, r.worker_id, r.process_instance_id,
      r.rating_result, r.rating_efficiency, r.rating_comment, r.created_at, r.updated_at, r.open_task_id,
      r.open_task_key, r.open_task_name, r.open_task_since, r.open_task_assignee, r.cancellable,
      r.priority, r.building_type, r.review_deadline, r.dispatch_deadline, r.confirm_deadline, r.repair_deadline,
      r.escalate_to, r.open_task_due, r.building_id, r.room_id, r.asset_id, r.asset_name, r.follower_count,
      r.merged_into""";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final SearchIndex searchIndex;
  private final TransactionMemo<String, RequestRow> byId = new TransactionMemo<>("repair_request by id");

  RequestRows(JdbcClient jdbc, ApplicationEventPublisher events, SearchIndex searchIndex) {
    this.jdbc = jdbc;
    this.events = events;
    this.searchIndex = searchIndex;
  }

  void insert(RequestRow row) {
    jdbc.sql("""
            INSERT INTO repair_request (id, number, status, category_code, description, building, room,
              location_detail, latitude, longitude, contact_phone, requester_id, lock_version, created_at, updated_at,
              cancellable, priority, building_type, building_id, room_id, asset_id, asset_name)
            VALUES (:id, :number, :status, :category, :description, :building, :room, :detail, :latitude,
              :longitude, :contactPhone, :requesterId, 0, :createdAt, :createdAt, 0, :priority, :buildingType,
              :buildingId, :roomId, :assetId, :assetName)""")
        .param("id", row.id())
        .param("number", row.number())
        .param("status", row.status())
        .param("category", row.categoryCode())
        .param("description", row.description())
        .param("building", row.building())
        .param("room", row.room())
        .param("detail", row.locationDetail())
        .param("latitude", row.latitude())
        .param("longitude", row.longitude())
        .param("contactPhone", row.contactPhone())
        .param("requesterId", row.requesterId())
        .param("createdAt", Times.toDb(row.createdAt()))
        .param("priority", row.serviceLevel().priority())
        .param("buildingType", row.serviceLevel().buildingType())
        .param("buildingId", row.place() == null ? null : row.place().buildingId())
        .param("roomId", row.place() == null ? null : row.place().roomId())
        .param("assetId", row.place() == null ? null : row.place().assetId())
        .param("assetName", row.place() == null ? null : row.place().assetName())
        .update();
    events.publishEvent(new RequestFiled(row.id()));
  }

  /** The request's process started, and the deadlines its service level gave it (null where it gave none). */
  void linkProcess(String id, String processInstanceId, RequestRow.ServiceLevel deadlines) {
    jdbc.sql("""
            UPDATE repair_request SET process_instance_id = :pi, review_deadline = :review,
              dispatch_deadline = :dispatch, confirm_deadline = :confirm, repair_deadline = :repair,
              escalate_to = :escalateTo WHERE id = :id""")
        .param("pi", processInstanceId)
        .param("review", deadlines.reviewDeadline())
        .param("dispatch", deadlines.dispatchDeadline())
        .param("confirm", deadlines.confirmDeadline())
        .param("repair", deadlines.repairDeadline())
        .param("escalateTo", deadlines.escalateTo())
        .param("id", id)
        .update();
    byId.forget(id);
  }

  void attach(String id, List<String> attachmentIds) {
    for (int i = 0; i < attachmentIds.size(); i++) {
      jdbc.sql("INSERT INTO request_attachment (request_id, attachment_id, position) VALUES (:id, :attachment, :position)")
          .param("id", id)
          .param("attachment", attachmentIds.get(i))
          .param("position", i)
          .update();
    }
  }

  /** The duplicate {@code id} was merged into {@code keptId}. */
  void setMergedInto(String id, String keptId) {
    jdbc.sql("UPDATE repair_request SET merged_into = :keptId WHERE id = :id")
        .param("keptId", keptId)
        .param("id", id)
        .update();
    byId.forget(id);
  }

  /**
   * The photos and voice notes of {@code fromId} become {@code toId}'s as well, after its own (a
   * merged duplicate's pictures of the same fault), each once.
   */
  void copyAttachments(String fromId, String toId) {
    jdbc.sql("""
            INSERT INTO request_attachment (request_id, attachment_id, position)
            SELECT :toId, f.attachment_id,
              f.position + 1 + (SELECT COALESCE(MAX(t.position), -1) FROM request_attachment t WHERE t.request_id = :toId)
            FROM request_attachment f WHERE f.request_id = :fromId AND NOT EXISTS (
              SELECT 1 FROM request_attachment e WHERE e.request_id = :toId AND e.attachment_id = f.attachment_id)""")
        .param("toId", toId)
        .param("fromId", fromId)
        .update();
  }

  Optional<RequestRow> find(String id) {
    return byId.get(id, this::read);
  }

  private Optional<RequestRow> read(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM repair_request r WHERE r.id = :id")
        .param("id", id)
        .query(RequestRows::map)
        .optional();
  }

  /** The rows of these ids, in the order of {@code ids} (those that exist). */
  List<RequestRow> findAll(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, RequestRow> found = new LinkedHashMap<>();
    jdbc.sql("SELECT " + COLUMNS + " FROM repair_request r WHERE r.id IN (:ids)")
        .param("ids", ids)
        .query(RequestRows::map)
        .list()
        .forEach(row -> found.put(row.id(), row));
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * Locks the request's row until the transaction ends, so two people acting on one request are
   * served one after the other and the second sees what the first did (a no-op update locks on
   * every database we run on, unlike SELECT ... FOR UPDATE).
   */
  Optional<RequestRow> lock(String id) {
    int locked = jdbc.sql("UPDATE repair_request SET lock_version = lock_version + 1 WHERE id = :id")
        .param("id", id)
        .update();
    byId.forget(id);
    return locked == 0 ? Optional.empty() : find(id);
  }

  /**
   * The process waits at a new step: the step, and the status it declares (null keeps the status
   * the request has, for a step the model declares none for), and when it is due (null: never).
   */
  void openStep(String id, String status, String taskId, String taskKey, String taskName, Instant since,
      String assignee, boolean cancellable, Instant dueAt) {
    jdbc.sql("""
            UPDATE repair_request SET status = COALESCE(:status, status), open_task_id = :taskId,
              open_task_key = :taskKey, open_task_name = :taskName, open_task_since = :since,
              open_task_assignee = :assignee, cancellable = :cancellable, open_task_due = :due,
              updated_at = :now WHERE id = :id""")
        .param("status", status)
        .param("taskId", taskId)
        .param("taskKey", taskKey)
        .param("taskName", taskName)
        .param("since", Times.toDb(since))
        .param("assignee", assignee)
        .param("cancellable", cancellable ? 1 : 0)
        .param("due", Times.toDb(dueAt))
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
    byId.forget(id);
  }

  /** The open step {@code taskId} changed hands; a step that is no longer open is left alone. */
  void reassignStep(String id, String taskId, String assignee) {
    jdbc.sql("UPDATE repair_request SET open_task_assignee = :assignee WHERE id = :id AND open_task_id = :taskId")
        .param("assignee", assignee)
        .param("id", id)
        .param("taskId", taskId)
        .update();
    byId.forget(id);
  }

  /** The process ended: its final status, and no open step. */
  void end(String id, String status) {
    jdbc.sql("""
            UPDATE repair_request SET status = :status, open_task_id = NULL, open_task_key = NULL,
              open_task_name = NULL, open_task_since = NULL, open_task_assignee = NULL, cancellable = 0,
              open_task_due = NULL, updated_at = :now WHERE id = :id""")
        .param("status", status)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
    byId.forget(id);
  }

  void setWorker(String id, String workerId) {
    announceRatedChange(id);
    jdbc.sql("UPDATE repair_request SET worker_id = :workerId, updated_at = :now WHERE id = :id")
        .param("workerId", workerId)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
    byId.forget(id);
    if (workerId != null && !wasGivenTo(id, workerId)) {
      jdbc.sql("""
              INSERT INTO request_worker (worker_id, request_id, created_at, request_created_at)
              SELECT :workerId, :id, :now, created_at FROM repair_request WHERE id = :id""")
          .param("workerId", workerId)
          .param("id", id)
          .param("now", Times.toDb(Instant.now()))
          .update();
      searchIndex.shareWith(id, workerId);
    }
  }

  /** Idempotent: a worker refusing the same request twice as outside their specialty is left out once. */
  void excludeWorker(String id, String workerId) {
    if (!excludedWorkers(id).contains(workerId)) {
      jdbc.sql("INSERT INTO request_excluded_worker (request_id, worker_id, at) VALUES (:id, :workerId, :now)")
          .param("id", id).param("workerId", workerId).param("now", Times.toDb(Instant.now()))
          .update();
    }
  }

  java.util.Set<String> excludedWorkers(String id) {
    return new java.util.HashSet<>(jdbc.sql("SELECT worker_id FROM request_excluded_worker WHERE request_id = :id")
        .param("id", id).query(String.class).list());
  }

  boolean wasGivenTo(String id, String workerId) {
    return jdbc.sql("SELECT COUNT(*) FROM request_worker WHERE worker_id = :workerId AND request_id = :id")
        .param("workerId", workerId)
        .param("id", id)
        .query(Long.class)
        .single() > 0;
  }

  void setRating(String id, int result, int efficiency, String comment) {
    announceRatedChange(id);
    jdbc.sql("""
            UPDATE repair_request SET rating_result = :result, rating_efficiency = :efficiency,
              rating_comment = :comment, updated_at = :now WHERE id = :id""")
        .param("result", result)
        .param("efficiency", efficiency)
        .param("comment", comment)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
    byId.forget(id);
  }

  /** Only a rated request has ratings credited to its worker that a change would move. */
  private void announceRatedChange(String id) {
    find(id).filter(row -> row.ratingResult() != null && row.ratingEfficiency() != null)
        .ifPresent(row -> events.publishEvent(
            new RatedRequestChanging(id, row.workerId(), row.ratingResult(), row.ratingEfficiency())));
  }

  /** An entry of the request's history; {@code dueAt} the due time of the step it completed, if it had one. */
  void addHistory(String id, String action, String actorId, String actorName, String note, Instant dueAt) {
    String entryId = UUID.randomUUID().toString();
    jdbc.sql("""
            INSERT INTO request_history (id, request_id, at, action, actor_id, actor_name, note, due_at)
            VALUES (:hid, :id, :at, :action, :actorId, :actorName, :note, :dueAt)""")
        .param("hid", entryId)
        .param("id", id)
        .param("at", Times.toDb(Instant.now()))
        .param("action", action)
        .param("actorId", actorId)
        .param("actorName", actorName)
        .param("note", note)
        .param("dueAt", Times.toDb(dueAt))
        .update();
    events.publishEvent(new RequestHistoryAdded(id, entryId, action));
  }

  /**
   * How many open steps each person holds: for a worker, the requests in hand. Found through the
   * open step's assignee, which finished requests do not have, so it stays cheap however many years
   * of finished requests there are: every dispatch asks for it.
   */
  Map<String, Integer> openStepsByAssignee() {
    Map<String, Integer> open = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT r.open_task_assignee, COUNT(*) AS open_steps FROM repair_request r
            WHERE r.open_task_assignee IS NOT NULL GROUP BY r.open_task_assignee""")
        .query(rs -> {
          open.put(rs.getString("open_task_assignee"), rs.getInt("open_steps"));
        });
    return open;
  }

  static RequestRow map(ResultSet rs, int row) throws SQLException {
    return new RequestRow(
        rs.getString("id"),
        rs.getString("number"),
        rs.getString("status"),
        rs.getString("category_code"),
        rs.getString("description"),
        rs.getString("building"),
        rs.getString("room"),
        rs.getString("location_detail"),
        rs.getObject("latitude", Double.class),
        rs.getObject("longitude", Double.class),
        rs.getString("contact_phone"),
        rs.getString("requester_id"),
        rs.getString("worker_id"),
        rs.getString("process_instance_id"),
        rs.getObject("rating_result", Integer.class),
        rs.getObject("rating_efficiency", Integer.class),
        rs.getString("rating_comment"),
        Times.fromDb(rs.getTimestamp("created_at")),
        Times.fromDb(rs.getTimestamp("updated_at")),
        rs.getString("open_task_id"),
        rs.getString("open_task_key"),
        rs.getString("open_task_name"),
        Times.fromDb(rs.getTimestamp("open_task_since")),
        rs.getString("open_task_assignee"),
        rs.getInt("cancellable") == 1,
        new RequestRow.ServiceLevel(
            rs.getString("priority"),
            rs.getString("building_type"),
            rs.getString("review_deadline"),
            rs.getString("dispatch_deadline"),
            rs.getString("confirm_deadline"),
            rs.getString("repair_deadline"),
            rs.getString("escalate_to"),
            Times.fromDb(rs.getTimestamp("open_task_due"))),
        place(rs),
        rs.getInt("follower_count"),
        rs.getString("merged_into"));
  }

  private static RequestRow.Place place(ResultSet rs) throws SQLException {
    String buildingId = rs.getString("building_id");
    return buildingId == null ? null
        : new RequestRow.Place(buildingId, rs.getString("room_id"), rs.getString("asset_id"), rs.getString("asset_name"));
  }
}
