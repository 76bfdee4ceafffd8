package cn.campus.repair.stats;

import cn.campus.repair.request.RatedRequestChanging;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of what the rollups count: for the requests and history entries of a scope (a condition
 * on {@code r} or {@code h}), one row per fact with a rollup's key and values, for {@link
 * StatsRollups} to sum into {@code stats_day} and {@code stats_duration} (and again per worker and
 * day into {@code stats_worker_day} and {@code stats_worker_repair}), and the repeat faults' own
 * rows to insert into {@code stats_repeat}. The same SQL counts one
 * transaction's changes and, over every row, rebuilds the tables; it follows what the KPIs read
 * from the raw tables ({@link VolumeKpis}, {@link SpeedKpis}, {@link PeopleKpis}, {@link
 * RepeatFaults}).
 */
final class RollupFacts {

  /** The history entries the numbers count (received is the request row itself). */
  static final List<String> COUNTED = List.of("ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED", "REFUSED",
      "COMPLETED", "CANCELLED", "REWORK", "RATED");
  /** The entries a stage can end with or begin at: what the durations read of a request's history. */
  static final List<String> STAGE_ACTIONS = List.of("ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED",
      "REFUSED", "REWORK", "COMPLETED");
  static final List<String> STAGE_ENDS = List.of("ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED",
      "REFUSED", "COMPLETED");
  /**
   * The measures kept per worker as well, so that the totals stay one row per day, category and
   * building: what the overview and the category and building tables read.
   */
  static final String COMPLETED_BY_WORKER = "COMPLETED_BY_WORKER";
  static final String REFUSED_BY_WORKER = "REFUSED_BY_WORKER";
  static final String RATED_FOR_WORKER = "RATED_FOR_WORKER";
  /** A request received within 30 days of the one before it at its place, of its category (RepeatFaults). */
  static final String REPEAT = "REPEAT";
  /** The place a repeat fault is counted at, as {@link RepeatFaults} tells places apart. */
  static final String PLACE = "CASE WHEN r.room_id IS NOT NULL THEN CONCAT('#', r.room_id)"
      + " ELSE CONCAT(TRIM(r.building), '|', TRIM(r.room)) END";
  static final String HAS_PLACE = "(r.room_id IS NOT NULL OR (r.building IS NOT NULL AND r.room IS NOT NULL))";
  /** The columns of {@code stats_repeat} (V101), as {@link #repeatRows} and {@link #everyRepeatRow} give them. */
  static final String REPEAT_COLUMNS = "request_id, place, category_code, building_id, building, room, created_at";

  private static final String DUE = "CASE WHEN h.due_at IS NULL THEN 0 ELSE 1 END";
  private static final String ON_TIME = "CASE WHEN h.due_at IS NOT NULL AND h.at <= h.due_at THEN 1 ELSE 0 END";
  private static final String BY_WORKER = "CASE h.action WHEN 'COMPLETED' THEN 'COMPLETED_BY_WORKER'"
      + " WHEN 'REFUSED' THEN 'REFUSED_BY_WORKER' ELSE 'RATED_FOR_WORKER' END";
  private static final String WORKER = "CASE WHEN h.action = 'RATED' THEN COALESCE(r.worker_id, '')"
      + " ELSE COALESCE(h.actor_id, '') END";

  private final StatsTables tables;
  private final ZoneId zone;

  RollupFacts(StatsTables tables, ZoneId zone) {
    this.tables = tables;
    this.zone = zone;
  }

  private String day(String column) {
    return tables.dayOf(column, zone);
  }

  /**
   * Of {@code days} (a table or a query with {@code stats_day}'s columns), the per-worker measures as
   * {@code stats_worker_day} sums them: a row each, for the worker's day.
   */
  static String workerDays(String days) {
    return """
        SELECT f.on_day, f.worker_id,
          CASE WHEN f.measure = 'COMPLETED_BY_WORKER' THEN f.n ELSE 0 END AS completed,
          CASE WHEN f.measure = 'REFUSED_BY_WORKER' THEN f.n ELSE 0 END AS refused,
          CASE WHEN f.measure = 'RATED_FOR_WORKER' THEN f.rated ELSE 0 END AS rated,
          CASE WHEN f.measure = 'RATED_FOR_WORKER' THEN f.result_sum ELSE 0 END AS result_sum,
          CASE WHEN f.measure = 'RATED_FOR_WORKER' THEN f.efficiency_sum ELSE 0 END AS efficiency_sum
        FROM %s f
        WHERE f.measure IN ('COMPLETED_BY_WORKER', 'REFUSED_BY_WORKER', 'RATED_FOR_WORKER') AND f.worker_id <> ''"""
        .formatted(days);
  }

  /** Of {@code durations} (with {@code stats_duration}'s columns), the REPAIR stage's, per worker. */
  static String workerRepairs(String durations) {
    return "SELECT f.on_day, f.worker_id, f.minutes, f.n FROM " + durations
        + " f WHERE f.stage = 'REPAIR' AND f.worker_id <> ''";
  }

  /** The requests received, on the day they were submitted. */
  String receipts(String scope) {
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
  String entries(String scope) {
    return entries(scope, "h.action", "''", "h.action IN (:counted)") + " UNION ALL "
        + entries(scope, BY_WORKER, WORKER, "h.action IN ('COMPLETED', 'REFUSED', 'RATED')");
  }

  private String entries(String scope, String measure, String worker, String actions) {
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
  List<String> movedRatings(RatedRequestChanging was, String name, MapSqlParameterSource params) {
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
        entries(earlier));
  }

  /** These requests as repeat faults (which they are, {@link StatsRollups} found as they were filed). */
  String repeats(String scope) {
    return """
        SELECT 'REPEAT' AS measure, %s AS on_day, r.category_code, COALESCE(r.building_id, '') AS building_id,
          '' AS worker_id, 1 AS n, 0 AS due, 0 AS on_time, 0 AS rated, 0 AS result_sum, 0 AS efficiency_sum
        FROM repair_request r WHERE %s""".formatted(day("r.created_at"), scope);
  }

  /**
   * These requests' rows of {@code stats_repeat} (they are repeat faults, {@link StatsRollups} found
   * as they were filed).
   */
  static String repeatRows(String scope) {
    return "SELECT r.id, " + PLACE + ", r.category_code, r.building_id, r.building, r.room, r.created_at"
        + " FROM repair_request r WHERE " + scope;
  }

  /**
   * Every repeat fault there is, as a row of {@code stats_repeat}: each request against the one
   * before it at its place.
   */
  String everyRepeatRow() {
    return """
        SELECT x.id, x.place, x.category_code, x.building_id, x.building, x.room, x.created_at
        FROM (
          SELECT r.id, %s AS place, r.category_code, r.building_id, r.building, r.room, r.created_at,
            LAG(r.created_at) OVER (PARTITION BY %s, r.category_code ORDER BY r.created_at, r.id) AS before_it
          FROM repair_request r WHERE %s
        ) x WHERE x.before_it IS NOT NULL AND x.created_at <= %s""".formatted(PLACE, PLACE, HAS_PLACE,
        tables.plusDays("x.before_it", RepeatFaults.WINDOW.toDays()));
  }

  /** The repeat faults of {@code stats_repeat} as {@code stats_day} counts them, without walking the requests again. */
  String everyRepeat() {
    return """
        SELECT 'REPEAT' AS measure, %s AS on_day, s.category_code, COALESCE(s.building_id, '') AS building_id,
          '' AS worker_id, 1 AS n, 0 AS due, 0 AS on_time, 0 AS rated, 0 AS result_sum, 0 AS efficiency_sum
        FROM stats_repeat s""".formatted(day("s.created_at"));
  }

  /**
   * How long each stage took that ended with an entry in {@code entryScope} (of the requests whose
   * ids are the list parameter {@code requests}, or of all when it is null, whose entries of {@code
   * :stageActions} are read): the same rules as
   * {@link SpeedKpis} reads from the raw tables (a stage begins at the submission, or at the latest
   * entry at or before its end that begins it), the time in whole minutes (rounded) put in its
   * bucket.
   */
  String stages(String requests, String entryScope) {
    String window = " OVER (PARTITION BY h.request_id ORDER BY h.at)";
    // A few requests' entries are read whole, by the request's index: given the actions as well, H2
    // read every entry of those actions (their index) at every completion. Other entries change
    // nothing, as they neither begin a stage nor join stats_stage.
    String entries = requests == null ? "h.action IN (:stageActions)" : "h.request_id IN (:" + requests + ")";
    String outerScope = requests == null ? entryScope : "r.id IN (:" + requests + ") AND " + entryScope;
    return """
        SELECT x.stage, x.on_day, x.category_code, x.building_id, x.worker_id,
          CASE WHEN x.m < 60 THEN x.m WHEN x.m < 240 THEN x.m - %s WHEN x.m < 1440 THEN x.m - %s
            WHEN x.m < 10080 THEN x.m - %s ELSE x.m - %s END AS minutes, 1 AS n
        FROM (
          SELECT s.stage, %s AS on_day, s.category_code, s.building_id, s.worker_id,
            (%s + 30) / 60 AS m
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
              FROM request_history h WHERE %s
            ) e
            JOIN repair_request r ON r.id = e.request_id
            JOIN stats_stage st ON st.end_action = e.action
            WHERE %s
          ) s WHERE s.began IS NOT NULL
        ) x""".formatted(tables.remainder("x.m", 5), tables.remainder("x.m", 15), tables.remainder("x.m", 60),
        tables.remainder("x.m", 360), day("s.at"), tables.notBelowZero(tables.secondsBetween("s.began", "s.at")),
        window, window, window, entries, outerScope);
  }
}
