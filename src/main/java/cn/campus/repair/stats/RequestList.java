package cn.campus.repair.stats;

import static cn.campus.repair.stats.StatsTables.instant;

import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The requests behind a number: the list a bar or a figure opens, and what the exports write. */
@Component
class RequestList {

  /** Which number the list is behind. */
  enum Measure { RECEIVED, FINISHED, BACKLOG, REFUSED, RATED, REPEAT }

  /** One request as the office reads it in a list or a spreadsheet. */
  record Row(String id, String number, String status, String category, String categoryName, String building,
      String room, String description, String contactPhone, String priority, String workerName, Instant createdAt,
      Instant finishedAt, Integer ratingResult, Integer ratingEfficiency) {}

  /** Ids per query when a list is given as ids (the repeat faults): well under every database's parameter limit. */
  private static final int IDS_PER_QUERY = 1_000;

  private static final String COLUMNS = """
      SELECT r.id, r.number, r.status, r.category_code, c.name AS category_name, r.building, r.room, r.description,
        r.contact_phone, r.priority, u.name AS worker_name, r.created_at, r.rating_result, r.rating_efficiency,
        (SELECT MAX(f.at) FROM request_history f WHERE f.request_id = r.id AND f.action = 'COMPLETED') AS finished_at
      FROM repair_request r LEFT JOIN category c ON c.code = r.category_code LEFT JOIN app_user u ON u.id = r.worker_id
      WHERE\s""";
  private static final String ORDER = " ORDER BY r.created_at DESC, r.id DESC";

  private final StatsTables tables;
  private final RepeatFaults repeats;

  RequestList(StatsTables tables, RepeatFaults repeats) {
    this.tables = tables;
    this.repeats = repeats;
  }

  Page<Row> page(StatsFilter filter, Measure measure, String status, int page, int size) {
    Paging.check(page, size);
    if (measure == Measure.REPEAT) {
      List<String> ids = new ArrayList<>(repeats.find(filter).requestIds());
      int from = (int) Math.min(ids.size(), Paging.offset(page, size));
      List<Row> rows = new ArrayList<>();
      byIds(ids.subList(from, Math.min(ids.size(), from + size)), status, rows::add);
      return new Page<>(rows, page, size, ids.size());
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(filter, measure, status, params);
    long total = tables.count("SELECT COUNT(*) FROM repair_request r WHERE " + where, params);
    params.addValue("offset", Paging.offset(page, size)).addValue("size", size);
    List<Row> rows = tables.query(COLUMNS + where + ORDER + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY",
        params, (rs, i) -> row(rs));
    return new Page<>(rows, page, size, total);
  }

  /**
   * Every matching request, newest first, handed over one at a time as the database sends them (a
   * cursor on PostgreSQL needs a transaction), so an export of a year holds one row in memory.
   */
  @Transactional(readOnly = true)
  public void each(StatsFilter filter, Measure measure, String status, Consumer<Row> sink) {
    if (measure == Measure.REPEAT) {
      byIds(List.copyOf(repeats.find(filter).requestIds()), status, sink);
      return;
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(filter, measure, status, params);
    tables.each(COLUMNS + where + ORDER, params, rs -> sink.accept(row(rs)));
  }

  private void byIds(List<String> ids, String status, Consumer<Row> sink) {
    for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
      MapSqlParameterSource params = new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)));
      String where = "r.id IN (:ids)";
      if (status != null) {
        where += " AND r.status = :status";
        params.addValue("status", status);
      }
      tables.each(COLUMNS + where + ORDER, params, rs -> sink.accept(row(rs)));
    }
  }

  private String where(StatsFilter filter, Measure measure, String status, MapSqlParameterSource params) {
    StatsFilter rows = measure == Measure.REFUSED ? filter.withoutWorker() : filter;
    String conditions = rows.requestConditions(params);
    String what = switch (measure) {
      case RECEIVED -> "r.created_at >= :start AND r.created_at < :end";
      case BACKLOG -> tables.backlog(params);
      case FINISHED -> entryInPeriod(StatsTables.COMPLETED, "");
      case RATED -> entryInPeriod(StatsTables.RATED, "");
      case REFUSED -> entryInPeriod(StatsTables.REFUSED, filter.workerId() == null ? "" : " AND h.actor_id = :actor");
      case REPEAT -> throw new IllegalArgumentException("repeat faults are listed by id");
    };
    if (measure == Measure.REFUSED && filter.workerId() != null) {
      params.addValue("actor", filter.workerId());
    }
    if (status != null) {
      conditions += " AND r.status = :status";
      params.addValue("status", status);
    }
    return what + conditions;
  }

  private static String entryInPeriod(String action, String more) {
    return "EXISTS (SELECT 1 FROM request_history h WHERE h.request_id = r.id AND h.action = '" + action
        + "' AND h.at >= :start AND h.at < :end" + more + ")";
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("id"), rs.getString("number"), rs.getString("status"), rs.getString("category_code"),
        rs.getString("category_name"), rs.getString("building"), rs.getString("room"), rs.getString("description"),
        rs.getString("contact_phone"), rs.getString("priority"), rs.getString("worker_name"),
        instant(rs, "created_at"), instant(rs, "finished_at"), (Integer) rs.getObject("rating_result"),
        (Integer) rs.getObject("rating_efficiency"));
  }
}
