package cn.campus.repair.stats;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.stats.StatsViews.Named;
import cn.campus.repair.stats.StatsViews.Reason;
import cn.campus.repair.stats.StatsViews.Refusals;
import cn.campus.repair.stats.StatsViews.Spread;
import cn.campus.repair.stats.StatsViews.Worker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Who: each worker's load and output, and the refusals with their reasons. */
@Component
class PeopleKpis {

  /** Reasons are free text: the list shows the most frequent ones, the rest count as 其他. */
  static final int REASONS_SHOWN = 10;

  private final StatsTables tables;
  private final Users users;

  PeopleKpis(StatsTables tables, Users users) {
    this.tables = tables;
    this.users = users;
  }

  /**
   * Every worker (or the one asked for) with something to show, busiest first: steps in their hands
   * now, requests first given to them in the period, repairs they finished and tasks they refused,
   * ratings of their repairs, and their time from accepting a task to finishing it.
   */
  List<Worker> workers(StatsFilter filter, Map<String, Spread> repairByWorker) {
    StatsFilter anyWorker = filter.withoutWorker();
    Map<String, long[]> counts = new HashMap<>();
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = anyWorker.requestConditions(params);
    String backlog = tables.backlog(params);
    tables.each("SELECT r.open_task_assignee AS k, COUNT(*) AS n FROM repair_request r"
        + " WHERE r.open_task_assignee IS NOT NULL AND " + backlog + where
        + " GROUP BY r.open_task_assignee", params, rs -> slot(counts, rs.getString("k"))[0] = rs.getLong("n"));
    // Without a request filter the index on (created_at, worker_id) answers alone, without a request.
    String givenFrom = where.isEmpty() ? "request_worker w" : "request_worker w JOIN repair_request r ON r.id = w.request_id";
    tables.each("SELECT w.worker_id AS k, COUNT(*) AS n FROM " + givenFrom
        + " WHERE w.created_at >= :start AND w.created_at < :end" + where + " GROUP BY w.worker_id", params,
        rs -> slot(counts, rs.getString("k"))[1] = rs.getLong("n"));
    Map<String, long[]> ratings = new HashMap<>();
    if (anyWorker.readsWorkerRollups()) {
      doneAndRatedFromWorkerRollups(anyWorker, counts, ratings);
    } else if (anyWorker.readsRollups()) {
      doneAndRatedFromRollups(anyWorker, counts, ratings);
    } else {
      doneAndRatedFromRequests(anyWorker, counts, ratings);
    }
    return listed(filter, counts, ratings, repairByWorker);
  }

  private void doneAndRatedFromRequests(StatsFilter filter, Map<String, long[]> counts, Map<String, long[]> ratings) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    params.addValue("done", List.of(StatsTables.COMPLETED, StatsTables.REFUSED));
    tables.each("SELECT h.actor_id AS k, h.action, COUNT(*) AS n FROM request_history h"
        + " JOIN repair_request r ON r.id = h.request_id WHERE h.action IN (:done) AND h.at >= :start AND h.at < :end"
        + " AND h.actor_id IS NOT NULL" + where + " GROUP BY h.actor_id, h.action", params,
        rs -> slot(counts, rs.getString("k"))[StatsTables.COMPLETED.equals(rs.getString("action")) ? 2 : 3] =
            rs.getLong("n"));
    params.addValue("rated", StatsTables.RATED);
    tables.each("SELECT r.worker_id AS k, COUNT(*) AS n, SUM(r.rating_result) AS result, SUM(r.rating_efficiency) AS eff"
        + " FROM request_history h JOIN repair_request r ON r.id = h.request_id WHERE h.action = :rated"
        + " AND h.at >= :start AND h.at < :end AND r.rating_result IS NOT NULL AND r.worker_id IS NOT NULL" + where
        + " GROUP BY r.worker_id", params,
        rs -> ratings.put(rs.getString("k"), new long[] {0, 0, 0, rs.getLong("n"), rs.getLong("result"), rs.getLong("eff")}));
  }

  /** Repairs finished and tasks refused by each worker, and the ratings credited to each. */
  private void doneAndRatedFromRollups(StatsFilter filter, Map<String, long[]> counts, Map<String, long[]> ratings) {
    MapSqlParameterSource params = new MapSqlParameterSource("measures",
        List.of(RollupFacts.COMPLETED_BY_WORKER, RollupFacts.REFUSED_BY_WORKER, RollupFacts.RATED_FOR_WORKER));
    tables.each("SELECT d.worker_id AS k, d.measure, SUM(d.n) AS n, SUM(d.rated) AS rated, SUM(d.result_sum) AS result,"
        + " SUM(d.efficiency_sum) AS eff FROM stats_day d WHERE d.measure IN (:measures) AND d.worker_id <> '' AND"
        + filter.rollupConditions(params, false) + " GROUP BY d.worker_id, d.measure", params, rs -> {
          String worker = rs.getString("k");
          switch (rs.getString("measure")) {
            case RollupFacts.COMPLETED_BY_WORKER -> slot(counts, worker)[2] = rs.getLong("n");
            case RollupFacts.REFUSED_BY_WORKER -> slot(counts, worker)[3] = rs.getLong("n");
            default -> {
              if (rs.getLong("rated") > 0) {
                ratings.put(worker, new long[] {0, 0, 0, rs.getLong("rated"), rs.getLong("result"), rs.getLong("eff")});
              }
            }
          }
        });
  }

  /** The same from the rows per day and worker, when no category or building is asked for. */
  private void doneAndRatedFromWorkerRollups(StatsFilter filter, Map<String, long[]> counts,
      Map<String, long[]> ratings) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    tables.each("SELECT d.worker_id AS k, SUM(d.completed) AS completed, SUM(d.refused) AS refused,"
        + " SUM(d.rated) AS rated, SUM(d.result_sum) AS result, SUM(d.efficiency_sum) AS eff FROM stats_worker_day d"
        + " WHERE" + filter.rollupConditions(params, false) + " GROUP BY d.worker_id", params, rs -> {
          String worker = rs.getString("k");
          long[] slot = slot(counts, worker);
          slot[2] = rs.getLong("completed");
          slot[3] = rs.getLong("refused");
          if (rs.getLong("rated") > 0) {
            ratings.put(worker, new long[] {0, 0, 0, rs.getLong("rated"), rs.getLong("result"), rs.getLong("eff")});
          }
        });
  }

  private List<Worker> listed(StatsFilter filter, Map<String, long[]> counts, Map<String, long[]> ratings,
      Map<String, Spread> repairByWorker) {
    List<Worker> workers = new ArrayList<>();
    for (User user : users.findByRole(Role.WORKER)) {
      if (filter.workerId() != null && !filter.workerId().equals(user.id())) {
        continue;
      }
      long[] c = counts.getOrDefault(user.id(), new long[4]);
      long[] r = ratings.getOrDefault(user.id(), new long[6]);
      Spread repair = repairByWorker.getOrDefault(user.id(), new Spreads().spread());
      if (c[0] + c[1] + c[2] + c[3] + r[3] == 0 && filter.workerId() == null) {
        continue;
      }
      workers.add(new Worker(user.id(), user.name(), c[0], c[1], c[2], c[3], VolumeKpis.rating(r[3], r[4], r[5]),
          repair));
    }
    workers.sort(Comparator.comparingLong(Worker::finished).reversed()
        .thenComparing(Comparator.comparingLong(Worker::load).reversed()).thenComparing(Worker::id));
    return workers;
  }

  private static long[] slot(Map<String, long[]> counts, String key) {
    return counts.computeIfAbsent(key, k -> new long[4]);
  }

  /** Tasks workers gave up in the period: how many, why (most frequent reasons), and who. */
  Refusals refusals(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource("refused", StatsTables.REFUSED);
    String where = filter.withoutWorker().requestConditions(params);
    if (filter.workerId() != null) {
      where += " AND h.actor_id = :actor";
      params.addValue("actor", filter.workerId());
    }
    Map<String, Long> reasons = new HashMap<>();
    Map<String, Named> byWorker = new HashMap<>();
    long[] total = {0};
    tables.each("SELECT h.note, h.actor_id, h.actor_name FROM request_history h JOIN repair_request r"
        + " ON r.id = h.request_id WHERE h.action = :refused AND h.at >= :start AND h.at < :end" + where, params, rs -> {
          total[0]++;
          String note = rs.getString("note");
          reasons.merge(note == null || note.isBlank() ? "（未填写）" : note.strip(), 1L, Long::sum);
          String actor = rs.getString("actor_id");
          byWorker.merge(actor == null ? "" : actor, new Named(actor, rs.getString("actor_name"), 1),
              (a, b) -> new Named(a.id(), a.name(), a.count() + 1));
        });
    List<Reason> top = new ArrayList<>(reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new Reason(e.getKey(), e.getValue())).toList());
    if (top.size() > REASONS_SHOWN) {
      long rest = top.subList(REASONS_SHOWN, top.size()).stream().mapToLong(Reason::count).sum();
      top = new ArrayList<>(top.subList(0, REASONS_SHOWN));
      top.add(new Reason("其他", rest));
    }
    List<Named> workers = byWorker.values().stream()
        .sorted(Comparator.comparingLong(Named::count).reversed().thenComparing(n -> String.valueOf(n.id()))).toList();
    return new Refusals(total[0], top, workers);
  }
}
