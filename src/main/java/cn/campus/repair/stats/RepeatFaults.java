package cn.campus.repair.stats;

import static cn.campus.repair.stats.StatsTables.instant;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.stats.StatsViews.RepeatPlace;
import cn.campus.repair.stats.StatsViews.Repeats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  record Found(Repeats repeats, Set<String> requestIds) {}

  /** How many repeat faults were received in the period: counted as they were filed, when the filter allows. */
  long total(StatsFilter filter) {
    if (!filter.readsRollups()) {
      return find(filter).repeats().total();
    }
    MapSqlParameterSource params = new MapSqlParameterSource("repeat", RollupFacts.REPEAT);
    return tables.count("SELECT COALESCE(SUM(d.n), 0) FROM stats_day d WHERE d.measure = :repeat AND"
        + filter.rollupConditions(params, false), params);
  }

  /**
   * How many repeat faults were received in the period, and the places with most of them: from their
   * rows (V101) when the filter allows, the same answer as {@link #find} walking the requests. The
   * names shown for a place are those of its first repeat fault in the period (by time, then id).
   */
  Repeats repeats(StatsFilter filter) {
    if (!filter.readsRollups()) {
      return find(filter).repeats();
    }
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    Map<String, RepeatPlace> first = new HashMap<>();
    long[] total = {0};
    tables.each("""
        SELECT f.place, f.category_code, f.building, f.room, g.n FROM (
          SELECT r.place, r.category_code, COUNT(*) AS n, MIN(r.created_at) AS first_at FROM stats_repeat r
          WHERE r.created_at >= :start AND r.created_at < :end""" + where + """
         GROUP BY r.place, r.category_code
        ) g JOIN stats_repeat f ON f.place = g.place AND f.category_code = g.category_code AND f.created_at = g.first_at
        """ + (filter.buildingId() == null ? "" : " WHERE f.building_id = :buildingId") + " ORDER BY f.request_id",
        params, rs -> {
          String category = rs.getString("category_code");
          String place = rs.getString("place") + "|" + category;
          if (!first.containsKey(place)) {
            long count = rs.getLong("n");
            total[0] += count;
            first.put(place, place(rs.getString("building"), rs.getString("room"), category, count));
          }
        });
    return new Repeats(total[0], shown(new ArrayList<>(first.values())));
  }

  /**
   * Walks the period's requests and the 30 days before it: the requests behind the number (the list
   * and its exports), and the answer when a worker is asked for.
   */
  Found find(StatsFilter filter) {
    StatsFilter rooms = filter.withoutWorker().over(filter.from().minusDays(WINDOW.toDays()), filter.to());
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = rooms.requestConditions(params);
    Instant start = filter.start();
    Map<String, Instant> lastSeen = new HashMap<>();
    Map<String, long[]> perPlace = new HashMap<>();
    Map<String, String[]> placeNames = new HashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    tables.each("SELECT r.id, r.room_id, r.building, r.room, r.category_code, r.created_at, r.worker_id"
        + " FROM repair_request r WHERE r.created_at >= :start AND r.created_at < :end"
        + " AND (r.room_id IS NOT NULL OR (r.building IS NOT NULL AND r.room IS NOT NULL))" + where
        + " ORDER BY r.created_at, r.id", params, rs -> {
          String roomId = rs.getString("room_id");
          String building = rs.getString("building");
          String room = rs.getString("room");
          String category = rs.getString("category_code");
          String place = (roomId != null ? "#" + roomId : building.strip() + "|" + room.strip()) + "|" + category;
          Instant created = instant(rs, "created_at");
          Instant before = lastSeen.put(place, created);
          boolean repeat = before != null && Duration.between(before, created).compareTo(WINDOW) <= 0;
          boolean workerMatches = filter.workerId() == null || filter.workerId().equals(rs.getString("worker_id"));
          if (repeat && !created.isBefore(start) && workerMatches) {
            ids.add(rs.getString("id"));
            perPlace.computeIfAbsent(place, p -> new long[1])[0]++;
            placeNames.putIfAbsent(place, new String[] {building, room, category});
          }
        });
    List<RepeatPlace> places = new ArrayList<>();
    perPlace.forEach((place, count) -> {
      String[] names = placeNames.get(place);
      places.add(place(names[0], names[1], names[2], count[0]));
    });
    return new Found(new Repeats(ids.size(), shown(places)), ids);
  }

  private RepeatPlace place(String building, String room, String category, long count) {
    return new RepeatPlace(building, room, category, catalogue.find(category).map(Category::name).orElse(category),
        count);
  }

  /** The places with most repeat faults first, as many as the list shows. */
  private static List<RepeatPlace> shown(List<RepeatPlace> places) {
    places.sort(Comparator.comparingLong(RepeatPlace::count).reversed()
        .thenComparing(p -> String.valueOf(p.buildingName())).thenComparing(p -> String.valueOf(p.room())));
    return places.size() > PLACES_SHOWN ? places.subList(0, PLACES_SHOWN) : places;
  }
}
