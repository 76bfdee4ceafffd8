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
    if (filter.readsRollups()) {
      Map<String, Map<String, Spreads.Histogram>> byStage = histograms(filter, List.of("REVIEW", "DISPATCH", "ANSWER",
          "COMPLETION"), false);
      return new Durations(spread(byStage, "REVIEW"), spread(byStage, "DISPATCH"), spread(byStage, "ANSWER"),
          spread(byStage, "COMPLETION"));
    }
    Spreads review = new Spreads();
    stage(filter, List.of("ACCEPTED", "REJECTED"), null, (worker, seconds) -> review.add(seconds));
    Spreads dispatch = new Spreads();
    stage(filter, List.of("ASSIGNED"), List.of("ACCEPTED", "REFUSED", "REWORK"), (worker, seconds) -> dispatch.add(seconds));
    Spreads answer = new Spreads();
    stage(filter, List.of("WORKER_ACCEPTED", "REFUSED"), List.of("ASSIGNED"), (worker, seconds) -> answer.add(seconds));
    return new Durations(review.spread(), dispatch.spread(), answer.spread(), completion(filter));
  }

  private static Spread spread(Map<String, Map<String, Spreads.Histogram>> byStage, String stage) {
    Spreads.Histogram histogram = byStage.getOrDefault(stage, Map.of()).get("");
    return histogram == null ? new Spreads().spread() : histogram.spread();
  }

  /**
   * The stages' duration histograms over the period, per stage and (when {@code perWorker}) per
   * worker ("" for all), summed by the database: a row per bucket.
   */
  private Map<String, Map<String, Spreads.Histogram>> histograms(StatsFilter filter, List<String> stages,
      boolean perWorker) {
    MapSqlParameterSource params = new MapSqlParameterSource("stages", stages);
    String worker = perWorker ? "d.worker_id" : "''";
    Map<String, Map<String, Spreads.Histogram>> byStage = new HashMap<>();
    tables.each("SELECT d.stage, " + worker + " AS w, d.minutes, SUM(d.n) AS n FROM stats_duration d"
        + " WHERE d.stage IN (:stages) AND" + filter.rollupConditions(params, false)
        + " GROUP BY d.stage" + (perWorker ? ", d.worker_id" : "") + ", d.minutes", params,
        rs -> byStage.computeIfAbsent(rs.getString("stage"), s -> new HashMap<>())
            .computeIfAbsent(rs.getString("w"), w -> new Spreads.Histogram())
            .add(rs.getLong("minutes"), rs.getLong("n")));
    return byStage;
  }

  /**
   * Each worker's time from accepting a task to finishing it, over the repairs finished in the
   * period: the worker who finished it. From the rows per day and worker when no category or
   * building is asked for (a row per worker and day and bucket, not per category and building too).
   */
  Map<String, Spread> repairByWorker(StatsFilter filter) {
    Map<String, Spread> spreads = new HashMap<>();
    if (filter.readsWorkerRollups()) {
      MapSqlParameterSource params = new MapSqlParameterSource();
      Map<String, Spreads.Histogram> byWorker = new HashMap<>();
      tables.each("SELECT d.worker_id, d.minutes, SUM(d.n) AS n FROM stats_worker_repair d WHERE"
          + filter.rollupConditions(params, false) + " GROUP BY d.worker_id, d.minutes", params,
          rs -> byWorker.computeIfAbsent(rs.getString("worker_id"), w -> new Spreads.Histogram())
              .add(rs.getLong("minutes"), rs.getLong("n")));
      byWorker.forEach((worker, histogram) -> spreads.put(worker, histogram.spread()));
      return spreads;
    }
    if (filter.readsRollups()) {
      histograms(filter, List.of("REPAIR"), true).getOrDefault("REPAIR", Map.of()).forEach((worker, histogram) -> {
        if (!worker.isEmpty()) {
          spreads.put(worker, histogram.spread());
        }
      });
      return spreads;
    }
    Map<String, Spreads> repairByWorker = new HashMap<>();
    stage(filter, List.of(StatsTables.COMPLETED), List.of("WORKER_ACCEPTED"), (worker, seconds) -> {
      if (worker != null) {
        repairByWorker.computeIfAbsent(worker, w -> new Spreads()).add(seconds);
      }
    });
    repairByWorker.forEach((worker, collected) -> spreads.put(worker, collected.spread()));
    return spreads;
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
    tables.each("SELECT h.actor_id, h.at, " + began + " AS began FROM request_history h"
        + " JOIN repair_request r ON r.id = h.request_id WHERE h.action IN (:ends) AND h.at >= :start AND h.at < :end"
        + where, params, rs -> {
          Instant from = instant(rs, "began");
          if (from != null) {
            sink.add(rs.getString("actor_id"), seconds(from, instant(rs, "at")));
          }
        });
  }

  /** Submission to the worker's 完成, over the repairs finished in the period. */
  Spread completion(StatsFilter filter) {
    if (filter.readsRollups()) {
      return spread(histograms(filter, List.of("COMPLETION"), false), "COMPLETION");
    }
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
    params.addValue("ends", STAGE_ENDS);
    Map<String, long[]> byAction = new HashMap<>();
    if (filter.readsRollups()) {
      tables.each("SELECT d.measure, SUM(d.due) AS total, SUM(d.on_time) AS on_time FROM stats_day d"
          + " WHERE d.measure IN (:ends) AND" + filter.rollupConditions(params, false) + " GROUP BY d.measure", params,
          rs -> byAction.put(rs.getString("measure"), new long[] {rs.getLong("total"), rs.getLong("on_time")}));
      return serviceLevels(byAction);
    }
    String where = filter.requestConditions(params);
    tables.each("""
        SELECT h.action, COUNT(*) AS total, SUM(CASE WHEN h.at <= h.due_at THEN 1 ELSE 0 END) AS on_time
        FROM request_history h JOIN repair_request r ON r.id = h.request_id
        WHERE h.action IN (:ends) AND h.at >= :start AND h.at < :end AND h.due_at IS NOT NULL"""
        + where + " GROUP BY h.action", params,
        rs -> byAction.put(rs.getString("action"), new long[] {rs.getLong("total"), rs.getLong("on_time")}));
    return serviceLevels(byAction);
  }

  private static ServiceLevels serviceLevels(Map<String, long[]> byAction) {
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
    return share(total, onTime);
  }

  /** Of {@code total} stages with a due time, the share of the {@code onTime} ones. */
  static Share share(long total, long onTime) {
    return new Share(total, onTime, total == 0 ? null : VolumeKpis.round((double) onTime / total));
  }
}
