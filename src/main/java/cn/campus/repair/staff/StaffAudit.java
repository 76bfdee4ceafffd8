package cn.campus.repair.staff;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code staff_audit} table: every change to a staff account, by whom and when, written in the
 * change's own transaction so a change and its entry exist together or not at all.
 */
@Repository
class StaffAudit {

  static final String CREATED = "CREATED";
  static final String IMPORTED = "IMPORTED";
  static final String UPDATED = "UPDATED";
  static final String DEACTIVATED = "DEACTIVATED";
  static final String REACTIVATED = "REACTIVATED";
  static final String TASK_REASSIGNED = "TASK_REASSIGNED";

  private final JdbcClient jdbc;

  StaffAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(CurrentUser actor, String subjectId, String subjectName, String action, String detail) {
    jdbc.sql("""
            INSERT INTO staff_audit (id, at, actor_id, actor_name, subject_id, subject_name, action, detail)
            VALUES (:id, :at, :actorId, :actorName, :subjectId, :subjectName, :action, :detail)""")
        .param("id", UUID.randomUUID().toString())
        .param("at", Times.toDb(Instant.now()))
        .param("actorId", actor.id())
        .param("actorName", actor.name())
        .param("subjectId", subjectId)
        .param("subjectName", subjectName)
        .param("action", action)
        .param("detail", detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
        .update();
  }

  /** Newest first; of one person when {@code subjectId} is given. */
  Page<Entry> page(String subjectId, int page, int size) {
    String where = subjectId == null ? "" : " WHERE subject_id = :subjectId";
    var count = jdbc.sql("SELECT COUNT(*) FROM staff_audit" + where);
    var select = jdbc.sql("SELECT id, at, actor_id, actor_name, subject_id, subject_name, action, detail FROM staff_audit"
        + where + (subjectId == null ? " ORDER BY at DESC, id DESC" : " ORDER BY subject_id DESC, at DESC, id DESC")
        + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY");
    if (subjectId != null) {
      count = count.param("subjectId", subjectId);
      select = select.param("subjectId", subjectId);
    }
    long total = count.query(Long.class).single();
    List<Entry> items = select.param("offset", (long) page * size).param("size", size)
        .query((rs, row) -> new Entry(rs.getString("id"), Times.fromDb(rs.getTimestamp("at")),
            new Person(rs.getString("actor_id"), rs.getString("actor_name")),
            new Person(rs.getString("subject_id"), rs.getString("subject_name")),
            rs.getString("action"), rs.getString("detail")))
        .list();
    return new Page<>(items, page, size, total);
  }

  record Person(String id, String name) {}

  /** One change: who made it, to whom, what ({@code action}) and how ({@code detail}, in Chinese). */
  record Entry(String id, Instant at, Person actor, Person subject, String action, String detail) {}
}
