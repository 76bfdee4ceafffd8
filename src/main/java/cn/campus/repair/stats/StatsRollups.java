package cn.campus.repair.stats;

import cn.campus.repair.common.RacingInserts;
import cn.campus.repair.common.Times;
import cn.campus.repair.request.RatedRequestChanging;
import cn.campus.repair.request.RequestFiled;
import cn.campus.repair.request.RequestHistoryAdded;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code stats_day} and {@code stats_duration} (V90) equal to what the request tables say.
 * Every change is counted in the transaction that makes it, just before it commits: the request
 * rows and entries it wrote are read back and added as increments ({@code n = n + excluded.n}), so
 * two nodes counting into the same day never lose one, a rolled-back or retried transaction counts
 * nothing, and the rows are locked only for the commit itself. The very same SQL, over every row,
 * fills the tables the first time the service starts after the migration.
 */
@Component
class StatsRollups implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(StatsRollups.class);

  /** The history entries the numbers count (received is the request row itself). */
  static final List<String> COUNTED = List.of("ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED", "REFUSED",
      "COMPLETED", "CANCELLED", "REWORK", "RATED");
  /** The entries a stage can end with or begin at: what the durations read of a request's history. */
  private static final List<String> STAGE_ACTIONS = List.of("ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED",
      "REFUSED", "REWORK", "COMPLETED");
  private static final List<String> STAGE_ENDS = List.of("ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED",
      "REFUSED", "COMPLETED");
  private static final String DUE = "CASE WHEN h.due_at IS NULL THEN 0 ELSE 1 END";
  private static final String ON_TIME = "CASE WHEN h.due_at IS NOT NULL AND h.at <= h.due_at THEN 1 ELSE 0 END";
  private static final String ALL = "1 = 1";
  /**
   * The measures kept per worker as well, so that the totals stay one row per day, category and
   * building: what the overview and the category and building tables read.
   */
  static final String COMPLETED_BY_WORKER = "COMPLETED_BY_WORKER";
  static final String REFUSED_BY_WORKER = "REFUSED_BY_WORKER";
  static final String RATED_FOR_WORKER = "RATED_FOR_WORKER";
  private static final String BY_WORKER = "CASE h.action WHEN 'COMPLETED' THEN 'COMPLETED_BY_WORKER'"
      + " WHEN 'REFUSED' THEN 'REFUSED_BY_WORKER' ELSE 'RATED_FOR_WORKER' END";
  private static final String WORKER = "CASE WHEN h.action = 'RATED' THEN COALESCE(r.worker_id, '')"
      + " ELSE COALESCE(h.actor_id, '') END";
  /** A request received within 30 days of the one before it at its place, of its category (RepeatFaults). */
  static final String REPEAT = "REPEAT";
  /** The place a repeat fault is counted at, as {@link RepeatFaults} tells places apart. */
  private static final String PLACE = "CASE WHEN r.room_id IS NOT NULL THEN CONCAT('#', r.room_id)"
      + " ELSE CONCAT(TRIM(r.building), '|', TRIM(r.room)) END";
  private static final String HAS_PLACE = "(r.room_id IS NOT NULL OR (r.building IS NOT NULL AND r.room IS NOT NULL))";
  /** Stands for "no entry" where SQL needs a non-empty list. */
  private static final List<String> NONE = List.of("");

  private static final List<String> DAY_KEYS = List.of("measure", "on_day", "category_code", "building_id", "worker_id");
  private static final List<String> DAY_VALUES = List.of("n", "due", "on_time", "rated", "result_sum",
      "efficiency_sum");
  private static final List<String> DURATION_KEYS = List.of("stage", "on_day", "category_code", "building_id",
      "worker_id", "minutes");
  private static final List<String> DURATION_VALUES = List.of("n");

  private final NamedParameterJdbcTemplate jdbc;
  private final StatsTables tables;
  private final RacingInserts racingInserts;
  private final TransactionTemplate transaction;
  private final ZoneId zone;

  StatsRollups(NamedParameterJdbcTemplate jdbc, StatsTables tables, RacingInserts racingInserts,
      PlatformTransactionManager transactions, @Value("${repair.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.racingInserts = racingInserts;
    this.transaction = new TransactionTemplate(transactions);
    this.zone = zone;
  }

  @EventListener
  void on(RequestFiled filed) {
    Pending pending = pending();
    pending.filed.add(filed.requestId());
    flushOutsideTransaction(pending);
  }

  @EventListener
  void on(RequestHistoryAdded added) {
    if (!COUNTED.contains(added.action())) {
      return;
    }
    Pending pending = pending();
    pending.entries.add(added.entryId());
    if (STAGE_ENDS.contains(added.action())) {
      pending.stageEnds.add(added.entryId());
      pending.stageRequests.add(added.requestId());
    }
    flushOutsideTransaction(pending);
  }

  /** The first change in a transaction knows what the request was when its ratings were credited. */
  @EventListener
  void on(RatedRequestChanging changing) {
    Pending pending = pending();
    pending.rerated.putIfAbsent(changing.requestId(), changing);
    flushOutsideTransaction(pending);
  }

  /** Fills the tables from the request tables, once, before the service takes calls. */
  @Override
  public void afterSingletonsInstantiated() {
    rebuild(false);
  }

  /**
   * Counts everything again from the request tables, in one transaction: when the tables were never
   * filled (or a bulk load set {@code built} back to 0), or always when {@code always}.
   */
  void rebuild(boolean always) {
    transaction.executeWithoutResult(status -> {
      MapSqlParameterSource none = new MapSqlParameterSource();
      // Locks the state row: a second node starting meanwhile waits, then finds the tables built.
      jdbc.update("UPDATE stats_rollup_state SET built = built WHERE id = 1", none);
      Integer built = jdbc.queryForObject("SELECT built FROM stats_rollup_state WHERE id = 1", none, Integer.class);
      if (!always && built != null && built == 1) {
        return;
      }
      long started = System.nanoTime();
      if (tables.postgres()) {
        // A node counting meanwhile waits, so it neither adds to rows being rebuilt nor is counted twice.
        jdbc.update("LOCK TABLE stats_day, stats_duration, stats_place_last IN SHARE ROW EXCLUSIVE MODE", none);
        // The history's stages are ordered per request and grouped by day in memory, not in temporary files.
        jdbc.update("SET LOCAL work_mem = '64MB'", none);
      }
      jdbc.update("DELETE FROM stats_day", none);
      jdbc.update("DELETE FROM stats_duration", none);
      jdbc.update("DELETE FROM stats_place_last", none);
      jdbc.update("INSERT INTO stats_place_last (place, category_code, last_created_at) SELECT " + PLACE
          + ", r.category_code, MAX(r.created_at) FROM repair_request r WHERE " + HAS_PLACE + " GROUP BY " + PLACE
          + ", r.category_code", none);
      none.addValue("counted", COUNTED);
      upsert("stats_day", DAY_KEYS, DAY_VALUES, receiptFacts(ALL) + " UNION ALL " + entryFacts(ALL)
          + " UNION ALL " + everyRepeat(), none);
      countStages(ALL, ALL, none);
      jdbc.update("UPDATE stats_rollup_state SET built = 1, built_at = :now WHERE id = 1",
          new MapSqlParameterSource("now", Times.toDb(Instant.now())));
      log.info("The office's numbers were rolled up from the request tables in {} ms",
          (System.nanoTime() - started) / 1_000_000);
    });
  }

  /**
   * Counts requests written straight into the tables (tests that build a history by hand): their
   * receipt and every entry of their history.
   */
  void countWhole(Collection<String> requestIds) {
    MapSqlParameterSource params = new MapSqlParameterSource("requests", List.copyOf(requestIds))
        .addValue("counted", COUNTED).addValue("repeats", orNone(repeatsAmong(requestIds)));
    upsert("stats_day", DAY_KEYS, DAY_VALUES, receiptFacts("r.id IN (:requests)") + " UNION ALL "
        + entryFacts("h.request_id IN (:requests)") + " UNION ALL " + repeatFacts("r.id IN (:repeats)"), params);
    countStages("h.request_id IN (:requests)", ALL, params);
  }

  /**
   * Everything the transaction changed, in two statements (the days, then the durations) whose rows
   * are locked in key order: two commits counting into the same rows wait for each other, never
   * deadlock.
   */
  private void flush(Pending pending) {
    MapSqlParameterSource params = new MapSqlParameterSource("counted", COUNTED)
        .addValue("fresh", pending.entries.isEmpty() ? NONE : List.copyOf(pending.entries));
    List<String> dayFacts = new ArrayList<>();
    int moved = 0;
    for (RatedRequestChanging was : pending.rerated.values()) {
      dayFacts.addAll(movedRatings(was, "m" + moved++, params));
    }
    if (!pending.filed.isEmpty()) {
      params.addValue("filed", List.copyOf(pending.filed));
      dayFacts.add(receiptFacts("r.id IN (:filed)"));
      List<String> repeats = repeatsAmong(pending.filed);
      if (!repeats.isEmpty()) {
        params.addValue("repeats", repeats);
        dayFacts.add(repeatFacts("r.id IN (:repeats)"));
      }
    }
    if (!pending.entries.isEmpty()) {
      params.addValue("entries", List.copyOf(pending.entries));
      dayFacts.add(entryFacts("h.id IN (:entries)"));
    }
    if (!dayFacts.isEmpty()) {
      upsert("stats_day", DAY_KEYS, DAY_VALUES, String.join(" UNION ALL ", dayFacts), params);
    }
    if (!pending.stageEnds.isEmpty()) {
      countStages("h.request_id IN (:stageRequests)", "e.id IN (:stageEnds)", new MapSqlParameterSource()
          .addValue("stageRequests", List.copyOf(pending.stageRequests))
          .addValue("stageEnds", List.copyOf(pending.stageEnds)));
    }
  }

  private static List<String> orNone(List<String> ids) {
    return ids.isEmpty() ? NONE : ids;
  }

  /**
   * Which of these requests are repeat faults, moving each place's latest request on. A place's
   * row is locked (places in order) until the transaction ends: of two reports of one place counted
   * at the same moment, the second sees the first. Should the second have been filed a moment
   * before the first, it is the one counted as the repeat: the same count, the same day.
   */
  private List<String> repeatsAmong(Collection<String> requestIds) {
    List<String> repeats = new ArrayList<>();
    List<Report> reports = jdbc.query("SELECT r.id, " + PLACE + " AS place, r.category_code, r.created_at"
            + " FROM repair_request r WHERE r.id IN (:ids) AND " + HAS_PLACE
            + " ORDER BY place, r.category_code, r.created_at, r.id",
        new MapSqlParameterSource("ids", List.copyOf(requestIds)),
        (rs, i) -> new Report(rs.getString("id"), rs.getString("place"), rs.getString("category_code"),
            rs.getTimestamp("created_at")));
    for (Report report : reports) {
      MapSqlParameterSource key = new MapSqlParameterSource("place", report.place())
          .addValue("category", report.category()).addValue("created", report.createdAt());
      String row = " WHERE place = :place AND category_code = :category";
      String lock = "UPDATE stats_place_last SET last_created_at = last_created_at" + row;
      if (jdbc.update(lock, key) == 0) {
        if (racingInserts.insert(() -> jdbc.update("INSERT INTO stats_place_last (place, category_code,"
            + " last_created_at) VALUES (:place, :category, :created)", key))) {
          continue;
        }
        jdbc.update(lock, key);
      }
      Timestamp last = jdbc.queryForObject("SELECT last_created_at FROM stats_place_last" + row, key, Timestamp.class);
      Instant created = Times.fromDb(report.createdAt());
      if (last != null && Duration.between(Times.fromDb(last), created).abs().compareTo(RepeatFaults.WINDOW) <= 0) {
        repeats.add(report.id());
      }
      jdbc.update("UPDATE stats_place_last SET last_created_at = :created" + row + " AND last_created_at < :created", key);
    }
    return repeats;
  }

  private record Report(String id, String place, String category, Timestamp createdAt) {}

  private String repeatFacts(String scope) {
    return """
        SELECT 'REPEAT' AS measure, %s AS on_day, r.category_code, COALESCE(r.building_id, '') AS building_id,
          '' AS worker_id, 1 AS n, 0 AS due, 0 AS on_time, 0 AS rated, 0 AS result_sum, 0 AS efficiency_sum
        FROM repair_request r WHERE %s""".formatted(day("r.created_at"), scope);
  }

  /** Every repeat fault there is: each request against the one before it at its place. */
  private String everyRepeat() {
    return """
        SELECT 'REPEAT' AS measure, %s AS on_day, x.category_code, x.building_id, '' AS worker_id, 1 AS n, 0 AS due,
          0 AS on_time, 0 AS rated, 0 AS result_sum, 0 AS efficiency_sum
        FROM (
          SELECT r.created_at, r.category_code, COALESCE(r.building_id, '') AS building_id,
            LAG(r.created_at) OVER (PARTITION BY %s, r.category_code ORDER BY r.created_at, r.id) AS before_it
          FROM repair_request r WHERE %s
        ) x WHERE x.before_it IS NOT NULL AND x.created_at <= %s""".formatted(day("x.created_at"), PLACE, HAS_PLACE,
        tables.plusDays("x.before_it", RepeatFaults.WINDOW.toDays()));
  }

  private String day(String column) {
    return tables.dayOf(column, zone);
  }

  private String receiptFacts(String scope) {
    return """
        SELECT 'RECEIVED' AS measure, %s AS on_day, r.category_code, COALESCE(r.building_id, '') AS building_id,
          '' AS worker_id, 1 AS n, 0 AS due, 0 AS on_time, 0 AS rated, 0 AS result_sum, 0 AS efficiency_sum
        FROM repair_request r WHERE %s""".formatted(day("r.created_at"), scope);
  }

  /**
   * The entries' counts (of the actions in {@code :counted}), and again per worker for those the
   * workers' table shows: COMPLETED and REFUSED for the worker who did them, RATED for the worker
   * the request names (as the workers' table always has), with the request's rating.
   */
  private String entryFacts(String scope) {
    return entryFacts(scope, "h.action", "''", "h.action IN (:counted)") + " UNION ALL "
        + entryFacts(scope, BY_WORKER, WORKER, "h.action IN ('COMPLETED', 'REFUSED', 'RATED')");
  }

  private String entryFacts(String scope, String measure, String worker, String actions) {
    return """
        SELECT %s AS measure, %s AS on_day, r.category_code, COALESCE(r.building_id, '') AS building_id,
          %s AS worker_id, 1 AS n, %s AS due, %s AS on_time,
          CASE WHEN h.action = 'RATED' AND r.rating_result IS NOT NULL THEN 1 ELSE 0 END AS rated,
          CASE WHEN h.action = 'RATED' AND r.rating_result IS NOT NULL THEN r.rating_result ELSE 0 END AS result_sum,
          CASE WHEN h.action = 'RATED' AND r.rating_result IS NOT NULL THEN COALESCE(r.rating_efficiency, 0)
            ELSE 0 END AS efficiency_sum
        FROM request_history h JOIN repair_request r ON r.id = h.request_id
        WHERE %s AND %s""".formatted(measure, day("h.at"), worker, DUE, ON_TIME, actions, scope);
  }

  /**
   * A rated request's worker or rating changed: its earlier RATED entries are taken off the worker
   * and the values they were credited with, and counted again as the request is now (the entries of
   * this transaction are counted as it ends, as the request is then).
   */
  private List<String> movedRatings(RatedRequestChanging was, String name, MapSqlParameterSource params) {
    params.addValue(name + "Request", was.requestId())
        .addValue(name + "Worker", was.workerId() == null ? "" : was.workerId())
        .addValue(name + "Result", was.ratingResult())
        .addValue(name + "Efficiency", was.ratingEfficiency());
    String earlier = "h.action = 'RATED' AND h.request_id = :" + name + "Request AND h.id NOT IN (:fresh)";
    String takenOff = """
        SELECT %1$s AS measure, %2$s AS on_day, r.category_code, COALESCE(r.building_id, '') AS building_id,
          %3$s AS worker_id, -1 AS n, -1 * %4$s AS due, -1 * %5$s AS on_time, -1 AS rated,
          -1 * CAST(:%6$sResult AS INT) AS result_sum, -1 * CAST(:%6$sEfficiency AS INT) AS efficiency_sum
        FROM request_history h JOIN repair_request r ON r.id = h.request_id WHERE %7$s""";
    return List.of(
        takenOff.formatted("h.action", day("h.at"), "''", DUE, ON_TIME, name, earlier),
        takenOff.formatted(BY_WORKER, day("h.at"), "CAST(:" + name + "Worker AS VARCHAR(20))", DUE, ON_TIME,
            name, earlier),
        entryFacts(earlier));
  }

  /**
   * How long each stage took that ended with an entry in {@code entryScope}: the same rules as
   * {@link SpeedKpis} reads from the raw tables (a stage begins at the submission, or at the latest
   * entry at or before its end that begins it), the time in whole minutes (rounded) put in its
   * bucket.
   */
  private void countStages(String requestScope, String entryScope, MapSqlParameterSource params) {
    params.addValue("stageActions", STAGE_ACTIONS);
    String window = " OVER (PARTITION BY h.request_id ORDER BY h.at)";
    String facts = """
        SELECT x.stage, x.on_day, x.category_code, x.building_id, x.worker_id,
          CASE WHEN x.m < 60 THEN x.m WHEN x.m < 240 THEN x.m - MOD(x.m, 5) WHEN x.m < 1440 THEN x.m - MOD(x.m, 15)
            WHEN x.m < 10080 THEN x.m - MOD(x.m, 60) ELSE x.m - MOD(x.m, 360) END AS minutes, 1 AS n
        FROM (
          SELECT s.stage, %s AS on_day, s.category_code, s.building_id, s.worker_id,
            (GREATEST(%s, 0) + 30) / 60 AS m
          FROM (
            SELECT st.stage, e.at, r.category_code, COALESCE(r.building_id, '') AS building_id,
              CASE WHEN st.stage = 'REPAIR' THEN COALESCE(e.actor_id, '') ELSE '' END AS worker_id,
              CASE st.stage WHEN 'DISPATCH' THEN e.dispatch_began WHEN 'ANSWER' THEN e.answer_began
                WHEN 'REPAIR' THEN e.repair_began ELSE r.created_at END AS began
            FROM (
              SELECT h.id, h.request_id, h.at, h.action, h.actor_id,
                MAX(CASE WHEN h.action IN ('ACCEPTED', 'REFUSED', 'REWORK') THEN h.at END)%s AS dispatch_began,
                MAX(CASE WHEN h.action = 'ASSIGNED' THEN h.at END)%s AS answer_began,
                MAX(CASE WHEN h.action = 'WORKER_ACCEPTED' THEN h.at END)%s AS repair_began
              FROM request_history h WHERE h.action IN (:stageActions) AND %s
            ) e
            JOIN repair_request r ON r.id = e.request_id
            JOIN stats_stage st ON st.end_action = e.action
            WHERE %s
          ) s WHERE s.began IS NOT NULL
        ) x""".formatted(day("s.at"), tables.secondsBetween("s.began", "s.at"), window, window, window,
        requestScope, entryScope);
    upsert("stats_duration", DURATION_KEYS, DURATION_VALUES, facts, params);
  }

  /**
   * Adds the facts' sums to the table, row by key. PostgreSQL's ON CONFLICT makes the increment
   * atomic against another transaction inserting the same key; H2 (one node only) merges, and a
   * racing first insert there is retried as the update it then is. Keys are locked in key order, so
   * two commits touching the same days cannot deadlock.
   */
  private void upsert(String table, List<String> keys, List<String> values, String facts,
      MapSqlParameterSource params) {
    String keyList = String.join(", ", keys);
    String sums = String.join(", ", values.stream().map(v -> "SUM(f." + v + ") AS " + v).toList());
    String grouped = "SELECT " + keyList + ", " + sums + " FROM (" + facts + ") f GROUP BY " + keyList
        + " ORDER BY " + keyList;
    if (tables.postgres()) {
      jdbc.update("INSERT INTO " + table + " (" + keyList + ", " + String.join(", ", values) + ") " + grouped
          + " ON CONFLICT (" + keyList + ") DO UPDATE SET "
          + String.join(", ", values.stream().map(v -> v + " = " + table + "." + v + " + EXCLUDED." + v).toList()),
          params);
      return;
    }
    String merge = "MERGE INTO " + table + " t USING (" + grouped + ") s ON ("
        + String.join(" AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList()) + ")"
        + " WHEN MATCHED THEN UPDATE SET "
        + String.join(", ", values.stream().map(v -> v + " = t." + v + " + s." + v).toList())
        + " WHEN NOT MATCHED THEN INSERT (" + keyList + ", " + String.join(", ", values) + ") VALUES ("
        + String.join(", ", keys.stream().map(k -> "s." + k).toList()) + ", "
        + String.join(", ", values.stream().map(v -> "s." + v).toList()) + ")";
    for (int attempt = 1; !racingInserts.insert(() -> jdbc.update(merge, params)); attempt++) {
      if (attempt == 3) {
        throw new IllegalStateException("The office's numbers could not be counted into " + table);
      }
    }
  }

  /** What this transaction changed that the rollups count, counted just before it commits. */
  private static final class Pending {
    final Set<String> filed = new LinkedHashSet<>();
    final Set<String> entries = new LinkedHashSet<>();
    final Set<String> stageEnds = new LinkedHashSet<>();
    final Set<String> stageRequests = new LinkedHashSet<>();
    final Map<String, RatedRequestChanging> rerated = new LinkedHashMap<>();
    boolean inTransaction;
  }

  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Pending();
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Pending fresh = new Pending();
      fresh.inTransaction = true;
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(StatsRollups.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(StatsRollups.this, fresh);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
          flush(fresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(StatsRollups.this);
        }
      });
      pending = fresh;
    }
    return pending;
  }

  /** Without a transaction every write commits by itself, and so does its count. */
  private void flushOutsideTransaction(Pending pending) {
    if (!pending.inTransaction) {
      flush(pending);
    }
  }

}
