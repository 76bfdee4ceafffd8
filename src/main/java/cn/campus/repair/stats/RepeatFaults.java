package cn.campus.repair.stats;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.common.Times;
import cn.campus.repair.stats.StatsViews.RepeatPlace;
import cn.campus.repair.stats.StatsViews.Repeats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Repeat faults: a request received in the period for a room and category that had another request
 * in the 30 days before it (the same fault back, or one never properly fixed). The room is the room
 * picked from the places list, or for older reports the building and room as typed.
 */
@Component
class RepeatFaults {

  static final Duration WINDOW = Duration.ofDays(30);
  static final int PLACES_SHOWN = 20;

  private final StatsTables tables;
  private final Catalogue catalogue;

  RepeatFaults(StatsTables tables, Catalogue catalogue) {
    this.tables = tables;
    this.catalogue = catalogue;
  }

  /** How many repeat faults were received in the period: counted as they were filed, when the filter allows. */
  long total(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    if (!filter.readsRollups()) {
      return tables.count("SELECT COUNT(*) FROM (" + repeats(filter, params) + ") y", params);
    }
    params.addValue("repeat", RollupFacts.REPEAT);
    return tables.count("SELECT COALESCE(SUM(d.n), 0) FROM stats_day d WHERE d.measure = :repeat AND"
        + filter.rollupConditions(params, false), params);
  }

  /**
   * The period's repeat faults and the places with most of them, each place named as its first
   * repeat fault of the period names it. Found and counted by the database, a row per place: a
   * year of a busy campus is hundreds of thousands of requests, too many to send to the service.
   */
  Repeats places(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    List<RepeatPlace> places = tables.querySortingMany("""
        SELECT z.category_code, COUNT(*) AS n, MAX(CASE WHEN z.k = 1 THEN z.building END) AS building,
          MAX(CASE WHEN z.k = 1 THEN z.room END) AS room
        FROM (
          SELECT y.place, y.category_code, y.building, y.room,
            ROW_NUMBER() OVER (PARTITION BY y.place, y.category_code ORDER BY y.created_at, y.id) AS k
          FROM (%s) y
        ) z GROUP BY z.place, z.category_code""".formatted(repeats(filter, params)), params,
        (rs, i) -> new RepeatPlace(rs.getString("building"), rs.getString("room"), rs.getString("category_code"),
            catalogue.find(rs.getString("category_code")).map(Category::name).orElse(rs.getString("category_code")),
            rs.getLong("n")));
    long total = places.stream().mapToLong(RepeatPlace::count).sum();
    List<RepeatPlace> sorted = new ArrayList<>(places);
    sorted.sort(Comparator.comparingLong(RepeatPlace::count).reversed()
        .thenComparing(p -> String.valueOf(p.buildingName())).thenComparing(p -> String.valueOf(p.room())));
    return new Repeats(total, sorted.size() > PLACES_SHOWN ? List.copyOf(sorted.subList(0, PLACES_SHOWN)) : sorted);
  }

  /** The period's repeat faults, in the order they were received. */
  List<String> requestIds(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    return tables.querySortingMany("SELECT y.id FROM (" + repeats(filter, params) + ") y ORDER BY y.created_at, y.id",
        params,
        (rs, i) -> rs.getString("id"));
  }

  /**
   * The requests received in the period that had one before them at their place, of their category,
   * within 30 days: each request of the period and the 30 days before it set against the one before
   * it at its place ({@code LAG}, as the rollups' rebuild counts them). The worker filter picks among
   * them afterwards: a room's faults are not any worker's.
   */
  private String repeats(StatsFilter filter, MapSqlParameterSource params) {
    StatsFilter rooms = filter.withoutWorker().over(filter.from().minusDays(WINDOW.toDays()), filter.to());
    String where = rooms.requestConditions(params);
    params.addValue("periodStart", Times.toDb(filter.start()));
    String worker = "";
    if (filter.workerId() != null) {
      worker = " AND x.worker_id = :repeatWorker";
      params.addValue("repeatWorker", filter.workerId());
    }
    return """
        SELECT x.id, x.place, x.category_code, x.building, x.room, x.created_at FROM (
          SELECT r.id, %1$s AS place, r.category_code, r.building, r.room, r.created_at, r.worker_id,
            LAG(r.created_at) OVER (PARTITION BY %1$s, r.category_code ORDER BY r.created_at, r.id) AS before_it
          FROM repair_request r WHERE r.created_at >= :start AND r.created_at < :end AND %2$s%3$s
        ) x WHERE x.before_it IS NOT NULL AND x.created_at <= %4$s AND x.created_at >= :periodStart%5$s"""
        .formatted(RollupFacts.PLACE, RollupFacts.HAS_PLACE, where, tables.plusDays("x.before_it", WINDOW.toDays()),
            worker);
  }
}
