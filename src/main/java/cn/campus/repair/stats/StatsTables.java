package cn.campus.repair.stats;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of the request tables the numbers are made of: which history entries end which stage,
 * which statuses are still the office's work, and reading many rows without holding them all.
 */
@Component
class StatsTables {

  /** A request in one of these is no longer anyone's work (waiting for a rating is the requester's). */
  static final List<String> DONE_STATUSES = List.of("AWAITING_RATING", "CLOSED", "REJECTED", "CANCELLED");
  /** The history entries that take a request out of the backlog, and the one that puts it back. */
  static final List<String> LEAVING = List.of("COMPLETED", "REJECTED", "CANCELLED");
  static final String REWORK = "REWORK";
  static final String COMPLETED = "COMPLETED";
  static final String REFUSED = "REFUSED";
  static final String RATED = "RATED";

  /** Rows fetched per round trip when a result is read as a stream (a cursor on PostgreSQL). */
  static final int FETCH_SIZE = 2_000;

  final NamedParameterJdbcTemplate jdbc;

  StatsTables(DataSource dataSource) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(template);
  }

  void each(String sql, MapSqlParameterSource params, RowCallbackHandler row) {
    jdbc.query(sql, params, row);
  }

  long count(String sql, MapSqlParameterSource params) {
    Long value = jdbc.queryForObject(sql, params, Long.class);
    return value == null ? 0 : value;
  }

  /** Every building's name by id, retired ones too (their requests still count). */
  Map<String, String> buildingNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.query("SELECT id, name FROM place_building", rs -> {
      names.put(rs.getString("id"), rs.getString("name"));
    });
    return names;
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return Times.fromDb(rs.getTimestamp(column));
  }

  static String doneStatuses() {
    return "'" + String.join("','", DONE_STATUSES) + "'";
  }
}
