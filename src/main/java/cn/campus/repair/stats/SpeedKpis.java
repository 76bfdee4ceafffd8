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
  private static final List<String> READ = List.of(
      "ACCEPTED", "REJECTED", "ASSIGNED", "WORKER_ACCEPTED", "REFUSED", "COMPLETED", "REWORK");

  private final StatsTables tables;

  SpeedKpis(StatsTables tables) {
    this.tables = tables;
  }

  /** The stages' durations, and each worker's time from accepting a task to finishing it. */
  record Timings(Durations durations, Map<String, Spreads> repairByWorker) {}

  Timings timings(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = filter.requestConditions(params);
    params.addValue("ends", STAGE_ENDS).addValue("read", READ);
    Spreads review = new Spreads();
    Spreads dispatch = new Spreads();
    Spreads answer = new Spreads();
    Spreads completion = new Spreads();
    Map<String, Spreads> repairByWorker = new HashMap<>();
    Instant start = filter.start();
    Instant end = filter.end();
    Walk walk = new Walk();
    tables.each("""
        SELECT h.request_id, h.action, h.at, r.created_at, r.worker_id FROM request_history h
        JOIN repair_request r ON r.id = h.request_id
        WHERE h.action IN (:read) AND h.request_id IN (
          SELECT p.request_id FROM request_history p WHERE p.action IN (:ends) AND p.at >= :start AND p.at < :end)"""
        + where + " ORDER BY h.request_id, h.at", params, rs -> {
          String requestId = rs.getString("request_id");
          if (!requestId.equals(walk.requestId)) {
            walk.reset(requestId, instant(rs, "created_at"));
          }
          Instant at = instant(rs, "at");
          boolean counts = !at.isBefore(start) && at.isBefore(end);
          switch (rs.getString("action")) {
            case "ACCEPTED", "REJECTED" -> {
              if (counts && !walk.reviewed) {
                review.add(seconds(walk.created, at));
              }
              walk.reviewed = true;
              walk.waitingForDispatch = at;
            }
            case "REWORK" -> walk.waitingForDispatch = at;
            case "ASSIGNED" -> {
              if (counts && walk.waitingForDispatch != null) {
                dispatch.add(seconds(walk.waitingForDispatch, at));
              }
              walk.waitingForDispatch = null;
              walk.assigned = at;
            }
            case "REFUSED" -> {
              if (counts && walk.assigned != null) {
                answer.add(seconds(walk.assigned, at));
              }
              walk.assigned = null;
              walk.waitingForDispatch = at;
            }
            case "WORKER_ACCEPTED" -> {
              if (counts && walk.assigned != null) {
                answer.add(seconds(walk.assigned, at));
              }
              walk.assigned = null;
              walk.accepted = at;
            }
            case "COMPLETED" -> {
              if (counts) {
                completion.add(seconds(walk.created, at));
                String worker = rs.getString("worker_id");
                if (walk.accepted != null && worker != null) {
                  repairByWorker.computeIfAbsent(worker, w -> new Spreads()).add(seconds(walk.accepted, at));
                }
              }
              walk.accepted = null;
            }
            default -> { }
          }
        });
    return new Timings(new Durations(review.spread(), dispatch.spread(), answer.spread(), completion.spread()),
        repairByWorker);
  }

  /** Submission to the worker's 完成, over the repairs finished in the period (one read, no walk). */
  Spread completion(StatsFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource("completed", StatsTables.COMPLETED);
    String where = filter.requestConditions(params);
    Spreads completion = new Spreads();
    tables.each("SELECT r.created_at, h.at FROM request_history h JOIN repair_request r ON r.id = h.request_id"
        + " WHERE h.action = :completed AND h.at >= :start AND h.at < :end" + where, params,
        rs -> completion.add(seconds(instant(rs, "created_at"), instant(rs, "at"))));
    return completion.spread();
  }

  /** Where one request's history walk has got to. */
  private static final class Walk {
    String requestId;
    Instant created;
    boolean reviewed;
    Instant waitingForDispatch;
    Instant assigned;
    Instant accepted;

    void reset(String id, Instant createdAt) {
      requestId = id;
      created = createdAt;
      reviewed = false;
      waitingForDispatch = null;
      assigned = null;
      accepted = null;
    }
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
