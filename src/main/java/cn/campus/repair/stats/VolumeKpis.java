package cn.campus.repair.stats;

import cn.campus.repair.stats.StatsViews.Backlog;
import cn.campus.repair.stats.StatsViews.DayCount;
import cn.campus.repair.stats.StatsViews.Flow;
import cn.campus.repair.stats.StatsViews.FlowBucket;
import cn.campus.repair.stats.StatsViews.Named;
import cn.campus.repair.stats.StatsViews.Rating;
import cn.campus.repair.stats.StatsViews.StatusCount;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** How many: received, finished, the backlog and how it moved, per category and per building. */
@Component
class VolumeKpis {

  enum Interval { DAY, WEEK }

  private final StatsTables tables;

  VolumeKpis(StatsTables tables) {
    this.tables = tables;
  }

  long received(StatsFilter filter) {
    if (filter.readsRollups()) {
      MapSqlParameterSource params = new MapSqlParameterSource();
      return tables.count("SELECT COALESCE(SUM(d.n), 0) FROM stats_day d WHERE d.measure = 'RECEIVED' AND"
          + filter.rollupConditions(params, false), params);
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    return tables.count("SELECT COUNT(*) FROM repair_request r WHERE r.created_at >= :start AND r.created_at < :end"
        + where, params);
  }

  /** History entries of each of {@code actions} in the period, of the requests the filter picks. */
  Map<String, Long> entryCounts(StatsFilter filter, List<String> actions) {
    MapSqlParameterSource params = new MapSqlParameterSource("actions", actions);
    Map<String, Long> counts = new HashMap<>();
    if (filter.readsRollups()) {
      tables.each("SELECT d.measure, SUM(d.n) AS n FROM stats_day d WHERE d.measure IN (:actions) AND"
          + filter.rollupConditions(params, false) + " GROUP BY d.measure", params,
          rs -> {
            counts.put(rs.getString("measure"), rs.getLong("n"));
          });
      return counts;
    }
    String where = filter.requestConditions(params);
    tables.each("""
        SELECT h.action, COUNT(*) AS n FROM request_history h JOIN repair_request r ON r.id = h.request_id
        WHERE h.action IN (:actions) AND h.at >= :start AND h.at < :end""" + where + " GROUP BY h.action", params,
        rs -> {
          counts.put(rs.getString("action"), rs.getLong("n"));
        });
    return counts;
  }

  /**
   * The sums of {@code stats_day}'s values over the period, per measure of {@code measures}: n, due,
   * on_time, rated, result_sum, efficiency_sum (zeros for a measure with no row). One statement for
   * the numbers the overview takes from the same rows.
   */
  Map<String, long[]> dayTotals(StatsFilter filter, List<String> measures) {
    MapSqlParameterSource params = new MapSqlParameterSource("measures", measures);
    Map<String, long[]> totals = new HashMap<>();
    measures.forEach(measure -> totals.put(measure, new long[6]));
    tables.each("SELECT d.measure, SUM(d.n) AS n, SUM(d.due) AS due, SUM(d.on_time) AS on_time, SUM(d.rated) AS rated,"
        + " SUM(d.result_sum) AS result, SUM(d.efficiency_sum) AS eff FROM stats_day d WHERE d.measure IN (:measures)"
        + " AND" + filter.rollupConditions(params, false) + " GROUP BY d.measure", params,
        rs -> totals.put(rs.getString("measure"), new long[] {rs.getLong("n"), rs.getLong("due"), rs.getLong("on_time"),
            rs.getLong("rated"), rs.getLong("result"), rs.getLong("eff")}));
    return totals;
  }

  /** The building with the most requests received in the period. */
  Optional<Named> mostReceivedBuilding(StatsFilter filter) {
    if (filter.readsRollups()) {
      return mostInRollups(filter, "RECEIVED", "d.building_id");
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    return tables.query("SELECT r.building_id AS k, COUNT(*) AS n FROM repair_request r"
            + " WHERE r.created_at >= :start AND r.created_at < :end AND r.building_id IS NOT NULL" + where
            + " GROUP BY r.building_id ORDER BY COUNT(*) DESC, r.building_id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", params,
        (rs, i) -> new Named(rs.getString("k"), null, rs.getLong("n"))).stream().findFirst();
  }

  /** The worker who finished the most repairs in the period. */
  Optional<Named> mostFinishedWorker(StatsFilter filter) {
    if (filter.readsWorkerRollups()) {
      MapSqlParameterSource params = new MapSqlParameterSource();
      return tables.query("SELECT d.worker_id AS k, SUM(d.completed) AS n FROM stats_worker_day d WHERE"
              + filter.rollupConditions(params, false) + " GROUP BY d.worker_id HAVING SUM(d.completed) > 0"
              + " ORDER BY SUM(d.completed) DESC, d.worker_id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", params,
          (rs, i) -> new Named(rs.getString("k"), null, rs.getLong("n"))).stream().findFirst();
    }
    if (filter.readsRollups()) {
      return mostInRollups(filter, RollupFacts.COMPLETED_BY_WORKER, "d.worker_id");
    }
    MapSqlParameterSource params = new MapSqlParameterSource("completed", StatsTables.COMPLETED);
    String where = filter.requestConditions(params);
    return tables.query("SELECT h.actor_id AS k, COUNT(*) AS n FROM request_history h"
            + " JOIN repair_request r ON r.id = h.request_id WHERE h.action = :completed AND h.at >= :start"
            + " AND h.at < :end AND h.actor_id IS NOT NULL" + where
            + " GROUP BY h.actor_id ORDER BY COUNT(*) DESC, h.actor_id OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", params,
        (rs, i) -> new Named(rs.getString("k"), null, rs.getLong("n"))).stream().findFirst();
  }

  /** The id with the most of {@code measure} in the period, ties to the smallest id; none when none. */
  private Optional<Named> mostInRollups(StatsFilter filter, String measure, String column) {
    MapSqlParameterSource params = new MapSqlParameterSource("measure", measure);
    return tables.query("SELECT " + column + " AS k, SUM(d.n) AS n FROM stats_day d WHERE d.measure = :measure AND "
            + column + " <> '' AND" + filter.rollupConditions(params, false) + " GROUP BY " + column
            + " HAVING SUM(d.n) > 0 ORDER BY SUM(d.n) DESC, " + column + " OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY", params,
        (rs, i) -> new Named(rs.getString("k"), null, rs.getLong("n"))).stream().findFirst();
  }

  /** The ratings of the requests rated in the period. */
  Rating rating(StatsFilter filter) {
    if (filter.readsRollups()) {
      MapSqlParameterSource params = new MapSqlParameterSource();
      return tables.queryForObject("SELECT SUM(d.rated) AS n, SUM(d.result_sum) AS result,"
          + " SUM(d.efficiency_sum) AS eff FROM stats_day d WHERE d.measure = 'RATED' AND"
          + filter.rollupConditions(params, false), params,
          (rs, i) -> rating(rs.getLong("n"), rs.getLong("result"), rs.getLong("eff")));
    }
    MapSqlParameterSource params = new MapSqlParameterSource("rated", StatsTables.RATED);
    String where = filter.requestConditions(params);
    return tables.queryForObject("SELECT COUNT(*) AS n, SUM(r.rating_result) AS result,"
        + " SUM(r.rating_efficiency) AS eff FROM request_history h JOIN repair_request r ON r.id = h.request_id"
        + " WHERE h.action = :rated AND h.at >= :start AND h.at < :end AND r.rating_result IS NOT NULL" + where, params,
        (rs, i) -> rating(rs.getLong("n"), rs.getLong("result"), rs.getLong("eff")));
  }

  /** The office's open work now, by status (the period does not matter: it is now). */
  List<StatusCount> backlogNow(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    String backlog = tables.backlog(params);
    return tables.query("SELECT r.status, COUNT(*) AS n FROM repair_request r WHERE " + backlog
            + where + " GROUP BY r.status ORDER BY COUNT(*) DESC, r.status", params,
        (rs, i) -> new StatusCount(rs.getString("status"), rs.getLong("n")));
  }

  /**
   * The backlog now, and at the end of each day of the period: worked back from now by taking off
   * what came in after that day and adding back what left (finished, rejected, cancelled) after it.
   */
  Backlog backlog(StatsFilter filter) {
    List<StatusCount> now = backlogNow(filter);
    long total = now.stream().mapToLong(StatusCount::count).sum();
    Movements moves = movementsSince(filter);
    LocalDate today = LocalDate.now(filter.zone());
    List<DayCount> trend = new ArrayList<>();
    long level = total;
    LocalDate last = filter.to().isAfter(today) ? today : filter.to();
    for (LocalDate day = today; !day.isBefore(filter.from()); day = day.minusDays(1)) {
      if (!day.isAfter(last)) {
        trend.add(new DayCount(day, level));
      }
      level -= moves.entered.getOrDefault(day, 0L) - moves.left.getOrDefault(day, 0L);
    }
    Collections.reverse(trend);
    return new Backlog(total, now, trend);
  }

  Flow flow(StatsFilter filter, Interval interval) {
    Movements moves = movementsSince(filter);
    Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
    for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
      long[] bucket = buckets.computeIfAbsent(bucketOf(day, interval), key -> new long[2]);
      bucket[0] += moves.entered.getOrDefault(day, 0L);
      bucket[1] += moves.finished.getOrDefault(day, 0L);
    }
    List<FlowBucket> result = new ArrayList<>();
    buckets.forEach((start, counts) -> result.add(new FlowBucket(start, counts[0], counts[1])));
    return new Flow(interval.name(), result);
  }

  static LocalDate bucketOf(LocalDate day, Interval interval) {
    return interval == Interval.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
  }

  private record Movements(Map<LocalDate, Long> entered, Map<LocalDate, Long> left, Map<LocalDate, Long> finished) {}

  /**
   * Per day from the period's start until now: requests received, leaving the backlog, finished.
   * Counted per day by the database: a year is some 365 rows, not a row per request.
   */
  private Movements movementsSince(StatsFilter filter) {
    Movements moves = new Movements(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    if (filter.readsRollups()) {
      MapSqlParameterSource params = new MapSqlParameterSource("measures",
          List.of("RECEIVED", "COMPLETED", "REJECTED", "CANCELLED", StatsTables.REWORK));
      tables.each("SELECT d.measure, d.on_day, SUM(d.n) AS n FROM stats_day d WHERE d.measure IN (:measures) AND"
          + filter.rollupConditions(params, true) + " GROUP BY d.measure, d.on_day", params,
          rs -> move(moves, rs.getString("measure"), rs.getDate("on_day").toLocalDate(), rs.getLong("n")));
      return moves;
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    String created = tables.dayOf("r.created_at", filter.zone());
    tables.each("SELECT " + created + " AS d, COUNT(*) AS n FROM repair_request r WHERE r.created_at >= :start" + where
        + " GROUP BY " + created, params,
        rs -> moves.entered.merge(rs.getDate("d").toLocalDate(), rs.getLong("n"), Long::sum));
    params.addValue("actions", List.of("COMPLETED", "REJECTED", "CANCELLED", StatsTables.REWORK));
    String at = tables.dayOf("h.at", filter.zone());
    tables.each("SELECT h.action, " + at + " AS d, COUNT(*) AS n FROM request_history h"
        + " JOIN repair_request r ON r.id = h.request_id WHERE h.action IN (:actions) AND h.at >= :start" + where
        + " GROUP BY h.action, " + at, params,
        rs -> move(moves, rs.getString("action"), rs.getDate("d").toLocalDate(), rs.getLong("n")));
    return moves;
  }

  private static void move(Movements moves, String measure, LocalDate day, long n) {
    if ("RECEIVED".equals(measure) || StatsTables.REWORK.equals(measure)) {
      moves.entered.merge(day, n, Long::sum);
    } else {
      moves.left.merge(day, n, Long::sum);
    }
    if (StatsTables.COMPLETED.equals(measure)) {
      moves.finished.merge(day, n, Long::sum);
    }
  }

  /** Received, finished, open now and ratings per value of a request column (category, building, worker). */
  Map<String, long[]> countsBy(StatsFilter filter, String column) {
    Map<String, long[]> counts = new HashMap<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    if (filter.readsRollups()) {
      String rolled = column.replace("r.", "d.");
      MapSqlParameterSource rollupParams = new MapSqlParameterSource("measures",
          List.of("RECEIVED", StatsTables.COMPLETED, StatsTables.RATED));
      tables.each("SELECT " + rolled + " AS k, d.measure, SUM(d.n) AS n, SUM(d.rated) AS rated,"
          + " SUM(d.result_sum) AS result, SUM(d.efficiency_sum) AS eff FROM stats_day d WHERE d.measure IN (:measures)"
          + " AND" + filter.rollupConditions(rollupParams, false) + " GROUP BY " + rolled + ", d.measure", rollupParams,
          rs -> {
            long[] slot = slot(counts, rs.getString("k"));
            switch (rs.getString("measure")) {
              case "RECEIVED" -> slot[0] = rs.getLong("n");
              case StatsTables.COMPLETED -> slot[1] = rs.getLong("n");
              default -> {
                slot[3] = rs.getLong("rated");
                slot[4] = rs.getLong("result");
                slot[5] = rs.getLong("eff");
              }
            }
          });
      backlogBy(counts, column, where, params);
      return counts;
    }
    params.addValue("completed", StatsTables.COMPLETED).addValue("rated", StatsTables.RATED);
    String key = column + " AS k";
    tables.each("SELECT " + key + ", COUNT(*) AS n FROM repair_request r WHERE r.created_at >= :start"
        + " AND r.created_at < :end" + where + " GROUP BY " + column, params,
        rs -> slot(counts, rs.getString("k"))[0] = rs.getLong("n"));
    tables.each("SELECT " + key + ", COUNT(*) AS n FROM request_history h JOIN repair_request r ON r.id = h.request_id"
        + " WHERE h.action = :completed AND h.at >= :start AND h.at < :end" + where + " GROUP BY " + column, params,
        rs -> slot(counts, rs.getString("k"))[1] = rs.getLong("n"));
    backlogBy(counts, column, where, params);
    tables.each("SELECT " + key + ", COUNT(*) AS n, SUM(r.rating_result) AS result, SUM(r.rating_efficiency) AS eff"
        + " FROM request_history h JOIN repair_request r ON r.id = h.request_id"
        + " WHERE h.action = :rated AND h.at >= :start AND h.at < :end AND r.rating_result IS NOT NULL" + where
        + " GROUP BY " + column, params, rs -> {
          long[] slot = slot(counts, rs.getString("k"));
          slot[3] = rs.getLong("n");
          slot[4] = rs.getLong("result");
          slot[5] = rs.getLong("eff");
        });
    return counts;
  }

  /** Open now: the status index finds them however much history there is, so never rolled up. */
  private void backlogBy(Map<String, long[]> counts, String column, String where, MapSqlParameterSource params) {
    String backlog = tables.backlog(params);
    tables.each("SELECT " + column + " AS k, COUNT(*) AS n FROM repair_request r WHERE " + backlog
        + where + " GROUP BY " + column, params,
        rs -> slot(counts, rs.getString("k"))[2] = rs.getLong("n"));
  }

  private static long[] slot(Map<String, long[]> counts, String key) {
    return counts.computeIfAbsent(key == null ? "" : key, k -> new long[6]);
  }

  static Rating rating(long count, long resultSum, long efficiencySum) {
    return count == 0 ? new Rating(0, null, null)
        : new Rating(count, round((double) resultSum / count), round((double) efficiencySum / count));
  }

  static Double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
