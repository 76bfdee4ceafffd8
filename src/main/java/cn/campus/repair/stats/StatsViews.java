package cn.campus.repair.stats;

import java.time.LocalDate;
import java.util.List;

/** What {@code /api/stats/...} answers; durations are whole minutes, shares and averages are fractions. */
final class StatsViews {

  private StatsViews() {}

  record Period(LocalDate from, LocalDate to) {}

  record Named(String id, String name, long count) {}

  /** The median and the 90th percentile (nearest rank) of how long something took, over {@code count} cases. */
  record Spread(long count, Long medianMinutes, Long p90Minutes) {}

  record Share(long total, long onTime, Double share) {}

  record Rating(long count, Double result, Double efficiency) {}

  record Overview(Period period, long received, long finished, long rejected, long cancelled, long backlog,
      Spread completion, Share withinServiceLevel, Rating rating, long refusals, long repeats,
      Named worstBuilding, Named busiestWorker) {}

  record StatusCount(String status, long count) {}

  record DayCount(LocalDate day, long count) {}

  record Backlog(long total, List<StatusCount> byStatus, List<DayCount> trend) {}

  record FlowBucket(LocalDate start, long received, long finished) {}

  record Flow(String interval, List<FlowBucket> buckets) {}

  record Durations(Spread review, Spread dispatch, Spread answer, Spread completion) {}

  record ServiceLevels(Share review, Share dispatch, Share answer, Share repair) {}

  record Group(String id, String name, long received, long finished, long backlog, Rating rating) {}

  record Worker(String id, String name, long load, long assigned, long finished, long refused, Rating rating,
      Spread repair) {}

  record Reason(String reason, long count) {}

  record Refusals(long total, List<Reason> reasons, List<Named> byWorker) {}

  record RepeatPlace(String buildingName, String room, String category, String categoryName, long count) {}

  record Repeats(long total, List<RepeatPlace> places) {}
}
