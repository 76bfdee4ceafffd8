package cn.campus.repair.stats;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import cn.campus.repair.process.ProcessStatuses;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

  private final NamedParameterJdbcTemplate jdbc;

  private final ProcessStatuses statuses;
  private final boolean postgres;
  private final boolean sqlServer;

  private final TransactionTemplate readOnly;

  StatsTables(DataSource dataSource, ProcessStatuses statuses, PlatformTransactionManager transactions)
      throws MetaDataAccessException {
    this.readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(template);
    this.statuses = statuses;
    DatabaseDriver driver = DatabaseDriver.fromProductName(JdbcUtils.extractDatabaseMetaData(dataSource,
        DatabaseMetaData::getDatabaseProductName));
    this.postgres = driver == DatabaseDriver.POSTGRESQL;
    this.sqlServer = driver == DatabaseDriver.SQLSERVER;
  }

  /**
   * Reads a result row by row. In a read-only transaction, since PostgreSQL's driver honours the
   * fetch size (a cursor) only inside one and would otherwise hold the whole result in memory.
   */
  void each(String sql, MapSqlParameterSource params, RowCallbackHandler row) {
    readOnly.executeWithoutResult(status -> {
      plan();
      jdbc.query(sql, params, row);
    });
  }

  <T> List<T> query(String sql, MapSqlParameterSource params, RowMapper<T> row) {
    return readOnly.execute(status -> {
      plan();
      return jdbc.query(sql, params, row);
    });
  }

  <T> T queryForObject(String sql, MapSqlParameterSource params, RowMapper<T> row) {
    return readOnly.execute(status -> {
      plan();
      return jdbc.queryForObject(sql, params, row);
    });
  }

  /**
   * Runs {@code work} in one read-only transaction, which the reads inside it join: a call made of
   * several statements (the overview) opens and ends one transaction, not one per statement.
   */
  <T> T reading(Supplier<T> work) {
    return readOnly.execute(status -> work.get());
  }

  /**
   * PostgreSQL's planner prices a random read at four sequential ones (its default, for spinning
   * disks) and so joins a month of history entries to their requests by reading all million
   * requests (450 ms) instead of looking up the 20,000 it needs (50 ms). Our databases sit on SSDs:
   * these reads are priced as such, for their transaction only.
   */
  private void plan() {
    if (postgres) {
      jdbc.getJdbcTemplate().execute("SET LOCAL random_page_cost = 1.1");
    }
  }

  /**
   * The condition "still the office's work" on {@code r}: the statuses a running process may
   * declare, less those of {@link #DONE_STATUSES}, as a list the status index can seek.
   */
  String backlog(MapSqlParameterSource params) {
    List<String> open = new ArrayList<>(statuses.open());
    open.removeAll(DONE_STATUSES);
    params.addValue("backlog", open.isEmpty() ? List.of("SUBMITTED") : open);
    return "r.status IN (:backlog)";
  }

  /**
   * The campus's day of a time column, worked out by the database so that a year of rows is counted
   * there and only the days travel. The campus's offset from UTC is taken as it is today (China has
   * no summer time; a campus in a zone with one would see an hour of the night on the wrong day).
   */
  String dayOf(String column, java.time.ZoneId zone) {
    int offset = zone.getRules().getOffset(java.time.Instant.now()).getTotalSeconds();
    return postgres
        ? "CAST(" + column + " + INTERVAL '" + offset + " seconds' AS DATE)"
        : "CAST(DATEADD(SECOND, " + offset + ", " + column + ") AS DATE)";
  }

  /**
   * Whole seconds from {@code from} to {@code to} (truncated, as {@code Duration.toSeconds}). SQL
   * Server's DATEDIFF is an INT, whose microseconds end after 35 minutes: DATEDIFF_BIG there.
   */
  String secondsBetween(String from, String to) {
    if (postgres) {
      return "CAST(FLOOR(EXTRACT(EPOCH FROM (" + to + " - " + from + "))) AS BIGINT)";
    }
    return "(" + (sqlServer ? "DATEDIFF_BIG" : "DATEDIFF") + "(MICROSECOND, " + from + ", " + to + ") / 1000000)";
  }

  /** The remainder of {@code value} divided by {@code divisor}: SQL Server has no MOD, only %. */
  String remainder(String value, long divisor) {
    return sqlServer ? "(" + value + " % " + divisor + ")" : "MOD(" + value + ", " + divisor + ")";
  }

  /** {@code value}, or 0 when it is negative: SQL Server has GREATEST only from its 2022 version. */
  String notBelowZero(String value) {
    return sqlServer ? "(CASE WHEN " + value + " < 0 THEN 0 ELSE " + value + " END)" : "GREATEST(" + value + ", 0)";
  }

  /** The time {@code days} whole days (of 24 hours) after {@code column}. */
  String plusDays(String column, long days) {
    return postgres ? "(" + column + " + INTERVAL '" + days + " days')" : "DATEADD(DAY, " + days + ", " + column + ")";
  }

  boolean postgres() {
    return postgres;
  }

  boolean sqlServer() {
    return sqlServer;
  }

  long count(String sql, MapSqlParameterSource params) {
    Long value = queryForObject(sql, params, (rs, i) -> rs.getLong(1));
    return value == null ? 0 : value;
  }

  /** A building's name, a retired one's too (its requests still count); its id when there is none. */
  String buildingName(String id) {
    return query("SELECT name FROM place_building WHERE id = :id", new MapSqlParameterSource("id", id),
        (rs, i) -> rs.getString("name")).stream().findFirst().orElse(id);
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

}
