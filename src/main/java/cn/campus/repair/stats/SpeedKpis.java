package cn.campus.repair.stats;

import static cn.campus.repair.stats.StatsTables.instant;

import cn.campus.repair.stats.StatsViews.Durations;
import cn.campus.repair.stats.StatsViews.ServiceLevels;
import cn.campus.repair.stats.StatsViews.Share;
import cn.campus.repair.stats.StatsViews.Spread;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * How fast: the time each stage took, read from the requests' history, and the share of stages done
 * by the due time the service-level table gave them (kept with each history entry).
 */
@Component
class SpeedKpis {

  /** What a stage's time is measured to; a stage counts in the period in which it ended. */
  private static final List<String> STAGE_ENDS = List.of(
      "ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED", "REFUSED", "COMPLETED");

  private final StatsTables tables;

  SpeedKpis(StatsTables tables) {
    this.tables = tables;
  }

  /**
   * Each stage read on its own: the entries that end it in the period (the action index), each with
   * the time its stage began, the request's latest entry before it that starts the stage (one probe
   * of the request's own history). A request sent round again (a refusal, a rework) has each round
   * counted.
   */
  Durations durations(StatsFilter filter) {
    Spreads review = new Spreads();
    stage(filter, List.of("ACCEPTED", "REJECTED"), null, (worker, seconds) -> review.add(seconds));
    Spreads dispatch = new Spreads();
    stage(filter, List.of("ASSIGNED"), List.of("ACCEPTED", "REFUSED", "REWORK"), (worker, seconds) -> dispatch.add(seconds));
    Spreads answer = new Spreads();
    stage(filter, List.of("WORKER_ACCEPTED", "REFUSED"), List.of("ASSIGNED"), (worker, seconds) -> answer.add(seconds));
    return new Durations(review.spread(), dispatch.spread(), answer.spread(), completion(filter));
  }

  /** Each worker's time from accepting a task to finishing it, over the repairs finished in the period. */
  Map<String, Spreads> repairByWorker(StatsFilter filter) {
    Map<String, Spreads> repairByWorker = new HashMap<>();
    stage(filter, List.of(StatsTables.COMPLETED), List.of("WORKER_ACCEPTED"), (worker, seconds) -> {
      if (worker != null) {
        repairByWorker.computeIfAbsent(worker, w -> new Spreads()).add(seconds);
      }
    });
    return repairByWorker;
  }

  private interface StageSink {
    void add(String workerId, long seconds);
  }

  /** Stages ending with {@code ends} in the period, begun by the latest of {@code starts} (or the submission). */
  private void stage(StatsFilter filter, List<String> ends, List<String> starts, StageSink sink) {
    MapSqlParameterSource params = new MapSqlParameterSource("ends", ends);
    String where = filter.requestConditions(params);
    String began = "r.created_at";
    if (starts != null) {
      params.addValue("starts", starts);
      began = "(SELECT MAX(s.at) FROM request_history s WHERE s.request_id = h.request_id AND s.action IN (:starts)"
          + " AND s.at <= h.at)";
    }
    tables.each("SELECT r.worker_id, h.at, " + began + " AS began FROM request_history h"
        + " JOIN repair_request r ON r.id = h.request_id WHERE h.action IN (:ends) AND h.at >= :start AND h.at < :end"
        + where, params, rs -> {
          Instant from = instant(rs, "began");
          if (from != null) {
            sink.add(rs.getString("worker_id"), seconds(from, instant(rs, "at")));
          }
        });
  }

  /** Submission to the worker's 完成, over the repairs finished in the period. */
  Spread completion(StatsFilter filter) {
    Spreads completion = new Spreads();
    stage(filter, List.of(StatsTables.COMPLETED), null, (worker, seconds) -> completion.add(seconds));
    return completion.spread();
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }

  /** Stages that ended in the period and had a due time: how many, and how many by it. */
  ServiceLevels serviceLevels(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    params.addValue("ends", STAGE_ENDS);
    Map<String, long[]> byAction = new HashMap<>();
    tables.each("""
        SELECT h.action, COUNT(*) AS total, SUM(CASE WHEN h.at <= h.due_at THEN 1 ELSE 0 END) AS on_time
        FROM request_history h JOIN repair_request r ON r.id = h.request_id
        WHERE h.action IN (:ends) AND h.at >= :start AND h.at < :end AND h.due_at IS NOT NULL"""
        + where + " GROUP BY h.action", params,
        rs -> byAction.put(rs.getString("action"), new long[] {rs.getLong("total"), rs.getLong("on_time")}));
    return new ServiceLevels(share(byAction, "ACCEPTED", "REJECTED"), share(byAction, "ASSIGNED"),
        share(byAction, "WORKER_ACCEPTED", "REFUSED"), share(byAction, "COMPLETED"));
  }

  private static Share share(Map<String, long[]> byAction, String... actions) {
    long total = 0;
    long onTime = 0;
    for (String action : actions) {
      long[] counts = byAction.getOrDefault(action, new long[2]);
      total += counts[0];
      onTime += counts[1];
    }
    return new Share(total, onTime, total == 0 ? null : VolumeKpis.round((double) onTime / total));
  }
}
