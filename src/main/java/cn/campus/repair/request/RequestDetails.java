package cn.campus.repair.request;

import cn.campus.repair.common.Times;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a request as its detail page shows it, and the attachments of requests. */
@Repository
class RequestDetails {

  private final JdbcClient jdbc;

  RequestDetails(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The request as its detail page shows it, in one query: its row, the names and phones of its
   * requester and worker, how many attachments it has (most have none, and then nobody asks) and
   * its history, one result row per entry (a request's history is a handful of entries; each
   * action answers this, so one round trip instead of two is a measurable share of its work).
   */
  Optional<Detail> findDetail(String id) {
    return jdbc.sql("SELECT " + RequestRows.COLUMNS + """
            , rq.name AS requester_name, rq.phone AS requester_phone, wk.name AS worker_name, wk.phone AS worker_phone,
              oa.name AS open_task_assignee_name,
              (SELECT COUNT(*) FROM request_attachment ra WHERE ra.request_id = r.id) AS attachment_count,
              h.at AS history_at, h.action AS history_action, h.actor_id AS history_actor_id,
              h.actor_name AS history_actor_name, h.note AS history_note, h.due_at AS history_due_at
            FROM repair_request r
            LEFT JOIN app_user rq ON rq.id = r.requester_id
            LEFT JOIN app_user wk ON wk.id = r.worker_id
            LEFT JOIN app_user oa ON oa.id = r.open_task_assignee
            LEFT JOIN request_history h ON h.request_id = r.id
            WHERE r.id = :id
            ORDER BY h.at, h.id""")
        .param("id", id)
        .query(rs -> {
          if (!rs.next()) {
            return Optional.<Detail>empty();
          }
          RequestRow row = RequestRows.map(rs, 0);
          List<RequestViews.HistoryEntry> history = new ArrayList<>();
          Detail detail = new Detail(row,
              party(row.requesterId(), rs.getString("requester_name"), rs.getString("requester_phone")),
              party(row.workerId(), rs.getString("worker_name"), rs.getString("worker_phone")),
              rs.getString("open_task_assignee_name"), rs.getInt("attachment_count"), history);
          do {
            if (rs.getString("history_action") != null) {
              history.add(new RequestViews.HistoryEntry(
                  Times.fromDb(rs.getTimestamp("history_at")),
                  rs.getString("history_action"),
                  rs.getString("history_actor_name"),
                  rs.getString("history_actor_id"),
                  rs.getString("history_note"),
                  Times.fromDb(rs.getTimestamp("history_due_at"))));
            }
          } while (rs.next());
          return Optional.of(detail);
        });
  }

  /**
   * A request's row with what its detail shows beside it and its history, oldest first; a party
   * whose account is gone is null.
   */
  record Detail(RequestRow row, RequestViews.Party requester, RequestViews.Party worker, String openTaskAssigneeName,
      int attachmentCount, List<RequestViews.HistoryEntry> history) {}

  private static RequestViews.Party party(String id, String name, String phone) {
    return id == null || name == null ? null : new RequestViews.Party(id, name, phone);
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
}
