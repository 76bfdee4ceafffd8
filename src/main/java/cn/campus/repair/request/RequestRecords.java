package cn.campus.repair.request;

import cn.campus.repair.common.Page;

import cn.campus.repair.common.Times;
import cn.campus.repair.common.TransactionMemo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read model's tables: {@code repair_request}, its workers, attachments and history. */
@Repository
class RequestRecords {

  private static final String COLUMNS = """
      r.id, r.number, r.status, r.category_code, r.description, r.building, r.room, r.location_detail,
      r.latitude, r.longitude, r.contact_phone, r.requester_id, r.worker_id, r.process_instance_id,
      r.rating_result, r.rating_efficiency, r.rating_comment, r.created_at, r.updated_at, r.open_task_id""";

  /** Lists count their rows up to here (fifty pages of twenty); nobody pages further on a phone. */
  static final int COUNT_CAP = 1_000;

  private final JdbcClient jdbc;
  private final TransactionMemo<String, RequestRow> byId = new TransactionMemo<>("repair_request by id");

  RequestRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RequestRow row) {
    jdbc.sql("""
            INSERT INTO repair_request (id, number, status, category_code, description, building, room,
              location_detail, latitude, longitude, contact_phone, requester_id, lock_version, created_at, updated_at)
            VALUES (:id, :number, :status, :category, :description, :building, :room, :detail, :latitude,
              :longitude, :contactPhone, :requesterId, 0, :createdAt, :createdAt)""")
        .param("id", row.id())
        .param("number", row.number())
        .param("status", row.status().name())
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
        .update();
  }

  void linkProcess(String id, String processInstanceId) {
    jdbc.sql("UPDATE repair_request SET process_instance_id = :pi WHERE id = :id")
        .param("pi", processInstanceId)
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

  Optional<RequestRow> find(String id) {
    return byId.get(id, this::read);
  }

  /**
   * The request as its detail page shows it, in one query: its row, the names and phones of its
   * requester and worker, how many attachments it has (most have none, and then nobody asks) and
   * its history, one result row per entry (a request's history is a handful of entries; each
   * action answers this, so one round trip instead of two is a measurable share of its work).
   */
  Optional<Detail> findDetail(String id) {
    return jdbc.sql("SELECT " + COLUMNS + """
            , rq.name AS requester_name, rq.phone AS requester_phone, wk.name AS worker_name, wk.phone AS worker_phone,
              (SELECT COUNT(*) FROM request_attachment ra WHERE ra.request_id = r.id) AS attachment_count,
              h.at AS history_at, h.action AS history_action, h.actor_id AS history_actor_id,
              h.actor_name AS history_actor_name, h.note AS history_note
            FROM repair_request r
            LEFT JOIN app_user rq ON rq.id = r.requester_id
            LEFT JOIN app_user wk ON wk.id = r.worker_id
            LEFT JOIN request_history h ON h.request_id = r.id
            WHERE r.id = :id
            ORDER BY h.at, h.id""")
        .param("id", id)
        .query(rs -> {
          if (!rs.next()) {
            return Optional.<Detail>empty();
          }
          RequestRow row = map(rs, 0);
          List<RequestViews.HistoryEntry> history = new ArrayList<>();
          Detail detail = new Detail(row,
              party(row.requesterId(), rs.getString("requester_name"), rs.getString("requester_phone")),
              party(row.workerId(), rs.getString("worker_name"), rs.getString("worker_phone")),
              rs.getInt("attachment_count"), history);
          do {
            if (rs.getString("history_action") != null) {
              history.add(new RequestViews.HistoryEntry(
                  Times.fromDb(rs.getTimestamp("history_at")),
                  rs.getString("history_action"),
                  rs.getString("history_actor_name"),
                  rs.getString("history_actor_id"),
                  rs.getString("history_note")));
            }
          } while (rs.next());
          return Optional.of(detail);
        });
  }

  /**
   * A request's row with what its detail shows beside it and its history, oldest first; a party
   * whose account is gone is null.
   */
  record Detail(RequestRow row, RequestViews.Party requester, RequestViews.Party worker, int attachmentCount,
      List<RequestViews.HistoryEntry> history) {}

  private static RequestViews.Party party(String id, String name, String phone) {
    return id == null || name == null ? null : new RequestViews.Party(id, name, phone);
  }

  private Optional<RequestRow> read(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM repair_request r WHERE r.id = :id")
        .param("id", id)
        .query(RequestRecords::map)
        .optional();
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

  /** The request's new status, and the user task it now waits at (null when it waits at none). */
  void setStatus(String id, RequestStatus status, String openTaskId) {
    jdbc.sql("UPDATE repair_request SET status = :status, open_task_id = :task, updated_at = :now WHERE id = :id")
        .param("status", status.name())
        .param("task", openTaskId)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
    byId.forget(id);
  }

  void setWorker(String id, String workerId) {
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
    }
  }

  boolean wasGivenTo(String id, String workerId) {
    return jdbc.sql("SELECT COUNT(*) FROM request_worker WHERE worker_id = :workerId AND request_id = :id")
        .param("workerId", workerId)
        .param("id", id)
        .query(Long.class)
        .single() > 0;
  }

  void setRating(String id, int result, int efficiency, String comment) {
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

  void addHistory(String id, String action, String actorId, String actorName, String note) {
    jdbc.sql("""
            INSERT INTO request_history (id, request_id, at, action, actor_id, actor_name, note)
            VALUES (:hid, :id, :at, :action, :actorId, :actorName, :note)""")
        .param("hid", UUID.randomUUID().toString())
        .param("id", id)
        .param("at", Times.toDb(Instant.now()))
        .param("action", action)
        .param("actorId", actorId)
        .param("actorName", actorName)
        .param("note", note)
        .update();
  }

  /** Attachments of several requests in one query, keyed by request id, in upload order. */
  Map<String, List<RequestViews.Attachment>> attachments(Collection<String> requestIds) {
    Map<String, List<RequestViews.Attachment>> byRequest = new LinkedHashMap<>();
    if (requestIds.isEmpty()) {
      return byRequest;
    }
    jdbc.sql("""
            SELECT ra.request_id, a.id, a.content_type, a.size_bytes FROM request_attachment ra
            JOIN attachment a ON a.id = ra.attachment_id
            WHERE ra.request_id IN (:ids) ORDER BY ra.request_id, ra.position""")
        .param("ids", requestIds)
        .query(rs -> {
          byRequest.computeIfAbsent(rs.getString("request_id"), k -> new ArrayList<>())
              .add(new RequestViews.Attachment(rs.getString("id"), rs.getString("content_type"), rs.getLong("size_bytes")));
        });
    return byRequest;
  }

  /**
   * One page of a role's list, newest first. Each scope walks one index in list order and stops
   * after the page: the columns fixed by the scope lead the ORDER BY, which changes nothing in the
   * order but lets H2 see that the index is already sorted. The total is counted the same way, up
   * to {@link #COUNT_CAP}.
   */
  Page<RequestRow> page(ListScope scope, Collection<RequestStatus> statuses, int page, int size) {
    Map<String, Object> params = new LinkedHashMap<>();
    boolean onlyUnfinished = !statuses.isEmpty() && statuses.stream().noneMatch(RequestStatus.FINISHED::contains);
    String from;
    String order;
    String counted;
    if (onlyUnfinished) {
      // Unfinished requests are few however long the history: find them by status, then sort them.
      from = " FROM repair_request r WHERE r.status IN (:statuses)" + switch (scope.kind()) {
        case REQUESTER -> " AND r.requester_id = :personId";
        // One primary-key probe per unfinished request; H2 turns an IN (subquery) into a walk over
        // all of the worker's past assignments.
        case WORKER -> " AND EXISTS (SELECT 1 FROM request_worker w"
            + " WHERE w.worker_id = :personId AND w.request_id = r.id)";
        case ALL -> "";
      };
      order = " ORDER BY r.created_at DESC, r.id DESC";
      counted = "r.id";
    } else {
      switch (scope.kind()) {
        case REQUESTER -> {
          from = " FROM repair_request r WHERE r.requester_id = :personId";
          order = " ORDER BY r.requester_id DESC, r.created_at DESC, r.id DESC";
          counted = "r.id";
        }
        case WORKER -> {
          from = " FROM request_worker w JOIN repair_request r ON r.id = w.request_id WHERE w.worker_id = :personId";
          order = " ORDER BY w.worker_id DESC, w.request_created_at DESC, w.request_id DESC";
          counted = "w.request_id";
        }
        default -> {
          if (statuses.size() == 1) {
            from = " FROM repair_request r WHERE r.status IN (:statuses)";
            order = " ORDER BY r.status DESC, r.created_at DESC, r.id DESC";
          } else {
            from = " FROM repair_request r WHERE 1 = 1";
            order = " ORDER BY r.created_at DESC, r.id DESC";
          }
          counted = "r.id";
        }
      }
      if (!statuses.isEmpty() && !from.contains(":statuses")) {
        from += " AND r.status IN (:statuses)";
      }
    }
    if (scope.kind() != ListScope.Kind.ALL) {
      params.put("personId", scope.personId());
    }
    if (!statuses.isEmpty()) {
      params.put("statuses", statuses.stream().map(Enum::name).toList());
    }
    // Without a status filter a worker's total needs only their own index, not the requests.
    String countFrom = scope.kind() == ListScope.Kind.WORKER && statuses.isEmpty()
        ? " FROM request_worker w WHERE w.worker_id = :personId" : from;
    long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT " + counted + countFrom + order
            + " OFFSET 0 ROWS FETCH NEXT :cap ROWS ONLY) counted")
        .params(params)
        .param("cap", COUNT_CAP + 1)
        .query(Long.class)
        .single();
    List<RequestRow> rows = jdbc.sql("SELECT " + COLUMNS + from + order + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .params(params)
        .param("offset", (long) page * size)
        .param("size", size)
        .query(RequestRecords::map)
        .list();
    boolean capped = total > COUNT_CAP;
    return new Page<>(rows, page, size, capped ? COUNT_CAP : total, capped);
  }

  /**
   * How many requests each worker has in hand (assigned or in progress). Found through the status
   * index, so it stays cheap however many years of finished requests there are: every review
   * asks for it to fill the Tasklist worker list.
   */
  Map<String, Integer> activeTasks() {
    Map<String, Integer> active = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT r.worker_id, COUNT(*) AS active FROM repair_request r
            WHERE r.status IN ('ASSIGNED', 'IN_PROGRESS') AND r.worker_id IS NOT NULL GROUP BY r.worker_id""")
        .query(rs -> {
          active.put(rs.getString("worker_id"), rs.getInt("active"));
        });
    return active;
  }

  record ListScope(Kind kind, String personId) {
    enum Kind { REQUESTER, WORKER, ALL }
  }

  private static RequestRow map(ResultSet rs, int row) throws SQLException {
    return new RequestRow(
        rs.getString("id"),
        rs.getString("number"),
        RequestStatus.valueOf(rs.getString("status")),
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
        rs.getString("open_task_id"));
  }
}
