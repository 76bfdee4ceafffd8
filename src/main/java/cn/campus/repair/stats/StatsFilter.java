package cn.campus.repair.stats;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The period and filters every number is asked for: days {@code from} to {@code to} inclusive in
 * the campus's time zone, and optionally one category, one building (by id) and one worker. The
 * filters are the request's own: its category, the building it was reported in, the worker it is
 * given to (or was last given to).
 *
 * <p>Numbers are read from the daily rollups (V90, V100) unless a worker is asked for: the rollups keep
 * categories and buildings, but "the worker a request is given to now" changes after the fact, so
 * those are counted from the request tables as they stand ({@code fromRawTables} forces that too,
 * for tests that compare the two).
 */
record StatsFilter(LocalDate from, LocalDate to, ZoneId zone, String category, String buildingId, String workerId,
    boolean fromRawTables) {

  /** A year and a day, so any calendar year (and a leap year) fits in one question. */
  static final int LONGEST_PERIOD_DAYS = 366;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  static StatsFilter of(LocalDate from, LocalDate to, ZoneId zone, String category, String buildingId, String workerId) {
    LocalDate today = LocalDate.now(zone);
    LocalDate end = to == null ? (from == null ? today : from.plusDays(6)) : to;
    LocalDate start = from == null ? end.minusDays(6) : from;
    List<ApiException.FieldError> errors = new ArrayList<>();
    if (start.isAfter(end)) {
      errors.add(new ApiException.FieldError("to", "结束日期不能早于开始日期"));
    } else if (ChronoUnit.DAYS.between(start, end) + 1 > LONGEST_PERIOD_DAYS) {
      errors.add(new ApiException.FieldError("from", "统计时段最长366天"));
    }
    checkId(errors, "category", category);
    checkId(errors, "buildingId", buildingId);
    checkId(errors, "workerId", workerId);
    if (!errors.isEmpty()) {
      throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, errors.get(0).message(), errors, null);
    }
    return new StatsFilter(start, end, zone, blankToNull(category), blankToNull(buildingId), blankToNull(workerId),
        false);
  }

  private static void checkId(List<ApiException.FieldError> errors, String field, String value) {
    if (value != null && !value.isEmpty() && !ID.matcher(value).matches()) {
      errors.add(new ApiException.FieldError(field, "取值无效"));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** The first instant of the period. */
  Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The same filters over other days (the repeat faults look 30 days further back). */
  StatsFilter over(LocalDate otherFrom, LocalDate otherTo) {
    return new StatsFilter(otherFrom, otherTo, zone, category, buildingId, workerId, fromRawTables);
  }

  /** The same period without the worker filter (numbers about rooms are not any worker's). */
  StatsFilter withoutWorker() {
    return new StatsFilter(from, to, zone, category, buildingId, null, fromRawTables);
  }

  /** The same question, answered from the request tables as they stand. */
  StatsFilter raw() {
    return new StatsFilter(from, to, zone, category, buildingId, workerId, true);
  }

  /** Whether the rollups can answer: they have no "worker now" to filter by. */
  boolean readsRollups() {
    return !fromRawTables && workerId == null;
  }

  /**
   * Whether the workers' own rollups ({@code stats_worker_day}, {@code stats_worker_repair}: per day
   * and worker only) can answer: no category or building is asked for.
   */
  boolean readsWorkerRollups() {
    return readsRollups() && category == null && buildingId == null;
  }

  /**
   * The conditions on the rollup row aliased {@code d}: the period's days ({@code :fromDay},
   * {@code :toDay}; to the last day of the rollups when {@code untilNow}), category and building.
   */
  String rollupConditions(MapSqlParameterSource params, boolean untilNow) {
    params.addValue("fromDay", from).addValue("toDay", to);
    StringBuilder sql = new StringBuilder(" d.on_day >= :fromDay");
    if (!untilNow) {
      sql.append(" AND d.on_day <= :toDay");
    }
    if (category != null) {
      sql.append(" AND d.category_code = :category");
      params.addValue("category", category);
    }
    if (buildingId != null) {
      sql.append(" AND d.building_id = :buildingId");
      params.addValue("buildingId", buildingId);
    }
    return sql.toString();
  }

  /**
   * The conditions on the request row aliased {@code r}, as {@code AND ...} clauses, with their
   * parameters added to {@code params} (the period's {@code :start} and {@code :end} too).
   */
  String requestConditions(MapSqlParameterSource params) {
    params.addValue("start", Times.toDb(start())).addValue("end", Times.toDb(end()));
    StringBuilder sql = new StringBuilder();
    if (category != null) {
      sql.append(" AND r.category_code = :category");
      params.addValue("category", category);
    }
    if (buildingId != null) {
      sql.append(" AND r.building_id = :buildingId");
      params.addValue("buildingId", buildingId);
    }
    if (workerId != null) {
      sql.append(" AND r.worker_id = :workerId");
      params.addValue("workerId", workerId);
    }
    return sql.toString();
  }

  LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }
}
