package cn.campus.repair.stats;

import cn.campus.repair.common.RacingInserts;
import cn.campus.repair.common.Times;
import cn.campus.repair.request.RatedRequestChanging;
import cn.campus.repair.request.RequestFiled;
import cn.campus.repair.request.RequestHistoryAdded;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code stats_day} and {@code stats_duration} (V90), the workers' rows (V100) and the repeat
 * faults' rows (V101) equal to what the request tables say.
 * Every change is counted in the transaction that makes it, just before it commits: the request
 * rows and entries it wrote are read back and added as increments ({@code n = n + excluded.n}), so
 * two nodes counting into the same day never lose one, a rolled-back or retried transaction counts
 * nothing, and the rows are locked only for the commit itself. The very same SQL, over every row,
 * fills the tables the first time the service starts after the migration.
 */
@Component
class StatsRollups implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(StatsRollups.class);

  private static final String ALL = "1 = 1";
  /** Stands for "no entry" where SQL needs a non-empty list. */
  private static final List<String> NONE = List.of("");

  private static final List<String> DAY_KEYS = List.of("measure", "on_day", "category_code", "building_id", "worker_id");
  private static final List<String> DAY_VALUES = List.of("n", "due", "on_time", "rated", "result_sum",
      "efficiency_sum");
  private static final List<String> DURATION_KEYS = List.of("stage", "on_day", "category_code", "building_id",
      "worker_id", "minutes");
  private static final List<String> DURATION_VALUES = List.of("n");
  private static final List<String> WORKER_DAY_KEYS = List.of("on_day", "worker_id");
  private static final List<String> WORKER_DAY_VALUES = List.of("completed", "refused", "rated", "result_sum",
      "efficiency_sum");
  private static final List<String> WORKER_REPAIR_KEYS = List.of("on_day", "worker_id", "minutes");
  /** The entries counted per worker as well: their transactions write stats_worker_day too. */
  private static final List<String> PER_WORKER = List.of("COMPLETED", "REFUSED", "RATED");

  private final NamedParameterJdbcTemplate jdbc;
  private final StatsTables tables;
  private final RacingInserts racingInserts;
  private final RollupUpserts upserts;
  private final TransactionTemplate transaction;
  private final RollupFacts facts;

  StatsRollups(NamedParameterJdbcTemplate jdbc, StatsTables tables, RacingInserts racingInserts,
      PlatformTransactionManager transactions, @Value("${repair.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.racingInserts = racingInserts;
    this.upserts = new RollupUpserts(jdbc, tables, racingInserts);
    this.transaction = new TransactionTemplate(transactions);
    this.facts = new RollupFacts(tables, zone);
  }

  @EventListener
  void on(RequestFiled filed) {
    Pending pending = pending();
    pending.filed.add(filed.requestId());
    flushOutsideTransaction(pending);
  }

  @EventListener
  void on(RequestHistoryAdded added) {
    if (!RollupFacts.COUNTED.contains(added.action())) {
      return;
    }
    Pending pending = pending();
    pending.entries.add(added.entryId());
    pending.perWorker |= PER_WORKER.contains(added.action());
    pending.repairs |= StatsTables.COMPLETED.equals(added.action());
    if (RollupFacts.STAGE_ENDS.contains(added.action())) {
      pending.stageEnds.add(added.entryId());
      pending.stageRequests.add(added.requestId());
    }
    flushOutsideTransaction(pending);
  }

  /** The first change in a transaction knows what the request was when its ratings were credited. */
  @EventListener
  void on(RatedRequestChanging changing) {
    Pending pending = pending();
    pending.rerated.putIfAbsent(changing.requestId(), changing);
    pending.perWorker = true;
    flushOutsideTransaction(pending);
  }

  /** Fills the tables from the request tables, once, before the service takes calls. */
  @Override
  public void afterSingletonsInstantiated() {
    rebuild(false);
  }

  /**
   * Counts everything again from the request tables, in one transaction: when the tables were never
   * filled (or a bulk load set {@code built} back to 0), or always when {@code always}.
   */
  void rebuild(boolean always) {
    transaction.executeWithoutResult(status -> {
      MapSqlParameterSource none = new MapSqlParameterSource();
      // Locks the state row: a second node starting meanwhile waits, then finds the tables built.
      jdbc.update("UPDATE stats_rollup_state SET built = built WHERE id = 1", none);
      Integer built = jdbc.queryForObject("SELECT built FROM stats_rollup_state WHERE id = 1", none, Integer.class);
      if (!always && built != null && built == 1) {
        return;
      }
      long started = System.nanoTime();
      if (tables.postgres()) {
        // A node counting meanwhile waits, so it neither adds to rows being rebuilt nor is counted twice.
        jdbc.update("LOCK TABLE stats_day, stats_duration, stats_place_last, stats_worker_day, stats_worker_repair,"
            + " stats_repeat IN SHARE ROW EXCLUSIVE MODE", none);
        // The history's stages are ordered per request and grouped by day in memory, not in temporary files.
        jdbc.update("SET LOCAL work_mem = '64MB'", none);
      }
      jdbc.update("DELETE FROM stats_day", none);
      jdbc.update("DELETE FROM stats_duration", none);
      jdbc.update("DELETE FROM stats_place_last", none);
      jdbc.update("DELETE FROM stats_worker_day", none);
      jdbc.update("DELETE FROM stats_worker_repair", none);
      jdbc.update("DELETE FROM stats_repeat", none);
      jdbc.update("INSERT INTO stats_place_last (place, category_code, last_created_at) SELECT "
          + RollupFacts.PLACE + ", r.category_code, MAX(r.created_at) FROM repair_request r WHERE "
          + RollupFacts.HAS_PLACE + " GROUP BY " + RollupFacts.PLACE + ", r.category_code", none);
      // In time order, as filings add them: a period's rows then lie together, not spread by place.
      jdbc.update("INSERT INTO stats_repeat (" + RollupFacts.REPEAT_COLUMNS + ") " + facts.everyRepeatRow()
          + " ORDER BY x.created_at", none);
      none.addValue("counted", RollupFacts.COUNTED);
      upserts.add("stats_day", DAY_KEYS, DAY_VALUES, facts.receipts(ALL) + " UNION ALL " + facts.entries(ALL)
          + " UNION ALL " + facts.everyRepeat(), none);
      upserts.add("stats_duration", DURATION_KEYS, DURATION_VALUES, facts.stages(null, ALL), stageParams(none));
      // The workers' rows are the sums of those just written: no second walk of the request tables.
      upserts.add("stats_worker_day", WORKER_DAY_KEYS, WORKER_DAY_VALUES, RollupFacts.workerDays("stats_day"),
          none);
      upserts.add("stats_worker_repair", WORKER_REPAIR_KEYS, DURATION_VALUES,
          RollupFacts.workerRepairs("stats_duration"), none);
      if (tables.postgres()) {
        // Fresh statistics for the planner, which would otherwise take millions of rows for a few.
        for (String table : List.of("stats_day", "stats_duration", "stats_worker_day", "stats_worker_repair",
            "stats_repeat")) {
          jdbc.update("ANALYZE " + table, none);
        }
      }
      jdbc.update("UPDATE stats_rollup_state SET built = 1, built_at = :now WHERE id = 1",
          new MapSqlParameterSource("now", Times.toDb(Instant.now())));
      log.info("The office's numbers were rolled up from the request tables in {} ms",
          (System.nanoTime() - started) / 1_000_000);
    });
  }

  /**
   * Counts requests written straight into the tables (tests that build a history by hand): their
   * receipt and every entry of their history.
   */
  void countWhole(Collection<String> requestIds) {
    List<String> repeats = repeatsAmong(requestIds);
    MapSqlParameterSource params = new MapSqlParameterSource("requests", List.copyOf(requestIds))
        .addValue("counted", RollupFacts.COUNTED).addValue("repeats", orNone(repeats));
    if (!repeats.isEmpty()) {
      keepRepeats(params);
    }
    countDays(facts.receipts("r.id IN (:requests)") + " UNION ALL " + facts.entries("h.request_id IN (:requests)")
        + " UNION ALL " + facts.repeats("r.id IN (:repeats)"), params, true);
    countStages("requests", ALL, params, true);
  }

  /**
   * Everything the transaction changed, in a statement per table (always in the same order: the
   * days, the workers' days, the durations, the workers' repairs) whose rows are locked in key
   * order: two commits counting into the same rows wait for each other, never deadlock.
   */
  private void flush(Pending pending) {
    MapSqlParameterSource params = new MapSqlParameterSource("counted", RollupFacts.COUNTED)
        .addValue("fresh", pending.entries.isEmpty() ? NONE : List.copyOf(pending.entries));
    List<String> dayFacts = new ArrayList<>();
    int moved = 0;
    for (RatedRequestChanging was : pending.rerated.values()) {
      dayFacts.addAll(facts.movedRatings(was, "m" + moved++, params));
    }
    if (!pending.filed.isEmpty()) {
      params.addValue("filed", List.copyOf(pending.filed));
      dayFacts.add(facts.receipts("r.id IN (:filed)"));
      List<String> repeats = repeatsAmong(pending.filed);
      if (!repeats.isEmpty()) {
        params.addValue("repeats", repeats);
        keepRepeats(params);
        dayFacts.add(facts.repeats("r.id IN (:repeats)"));
      }
    }
    if (!pending.entries.isEmpty()) {
      params.addValue("entries", List.copyOf(pending.entries));
      dayFacts.add(facts.entries("h.id IN (:entries)"));
    }
    if (!dayFacts.isEmpty()) {
      countDays(String.join(" UNION ALL ", dayFacts), params, pending.perWorker);
    }
    if (!pending.stageEnds.isEmpty()) {
      countStages("stageRequests", "e.id IN (:stageEnds)", new MapSqlParameterSource()
          .addValue("stageRequests", List.copyOf(pending.stageRequests))
          .addValue("stageEnds", List.copyOf(pending.stageEnds)), pending.repairs);
    }
  }

  private static List<String> orNone(List<String> ids) {
    return ids.isEmpty() ? NONE : ids;
  }

  /**
   * Which of these requests are repeat faults, moving each place's latest request on. A place's
   * row is locked (places in order) until the transaction ends: of two reports of one place counted
   * at the same moment, the second sees the first. Should the second have been filed a moment
   * before the first, it is the one counted as the repeat: the same count, the same day.
   */
  private List<String> repeatsAmong(Collection<String> requestIds) {
    List<String> repeats = new ArrayList<>();
    List<Report> reports = jdbc.query("SELECT r.id, " + RollupFacts.PLACE + " AS place, r.category_code,"
            + " r.created_at FROM repair_request r WHERE r.id IN (:ids) AND " + RollupFacts.HAS_PLACE
            + " ORDER BY place, r.category_code, r.created_at, r.id",
        new MapSqlParameterSource("ids", List.copyOf(requestIds)),
        (rs, i) -> new Report(rs.getString("id"), rs.getString("place"), rs.getString("category_code"),
            rs.getTimestamp("created_at")));
    for (Report report : reports) {
      MapSqlParameterSource key = new MapSqlParameterSource("place", report.place())
          .addValue("category", report.category()).addValue("created", report.createdAt());
      String row = " WHERE place = :place AND category_code = :category";
      String lock = "UPDATE stats_place_last SET last_created_at = last_created_at" + row;
      if (jdbc.update(lock, key) == 0) {
        if (racingInserts.insert(() -> jdbc.update("INSERT INTO stats_place_last (place, category_code,"
            + " last_created_at) VALUES (:place, :category, :created)", key))) {
          continue;
        }
        jdbc.update(lock, key);
      }
      Timestamp last = jdbc.queryForObject("SELECT last_created_at FROM stats_place_last" + row, key, Timestamp.class);
      Instant created = Times.fromDb(report.createdAt());
      if (last != null && Duration.between(Times.fromDb(last), created).abs().compareTo(RepeatFaults.WINDOW) <= 0) {
        repeats.add(report.id());
      }
      jdbc.update("UPDATE stats_place_last SET last_created_at = :created" + row + " AND last_created_at < :created", key);
    }
    return repeats;
  }

  private record Report(String id, String place, String category, Timestamp createdAt) {}

  /**
   * The repeat faults {@code :repeats} as rows of {@code stats_repeat}: a plain insert, since only
   * the transaction that files a request finds it a repeat (under its place's row), so no other
   * writes its row. The only cost a filing adds, and only when it is a repeat fault.
   */
  private void keepRepeats(MapSqlParameterSource params) {
    jdbc.update("INSERT INTO stats_repeat (" + RollupFacts.REPEAT_COLUMNS + ") "
        + RollupFacts.repeatRows("r.id IN (:repeats)"), params);
  }

  /** Adds the facts to stats_day, and when some may be a worker's ({@code perWorker}) to stats_worker_day. */
  private void countDays(String dayFacts, MapSqlParameterSource params, boolean perWorker) {
    upserts.add("stats_day", DAY_KEYS, DAY_VALUES, dayFacts, params);
    if (perWorker) {
      upserts.add("stats_worker_day", WORKER_DAY_KEYS, WORKER_DAY_VALUES,
          RollupFacts.workerDays("(" + dayFacts + ")"), params);
    }
  }

  /**
   * The stages ended of the requests in the list parameter {@code requests}, to stats_duration, and
   * when a repair may be among them ({@code repairs}) to stats_worker_repair.
   */
  private void countStages(String requests, String entryScope, MapSqlParameterSource params, boolean repairs) {
    String stages = facts.stages(requests, entryScope);
    upserts.add("stats_duration", DURATION_KEYS, DURATION_VALUES, stages, stageParams(params));
    if (repairs) {
      upserts.add("stats_worker_repair", WORKER_REPAIR_KEYS, DURATION_VALUES,
          RollupFacts.workerRepairs("(" + stages + ")"), params);
    }
  }

  private static MapSqlParameterSource stageParams(MapSqlParameterSource params) {
    return params.addValue("stageActions", RollupFacts.STAGE_ACTIONS);
  }

  /** What this transaction changed that the rollups count, counted just before it commits. */
  private static final class Pending {
    final Set<String> filed = new LinkedHashSet<>();
    final Set<String> entries = new LinkedHashSet<>();
    final Set<String> stageEnds = new LinkedHashSet<>();
    final Set<String> stageRequests = new LinkedHashSet<>();
    final Map<String, RatedRequestChanging> rerated = new LinkedHashMap<>();
    /** Whether an entry or a rating counted per worker is among them. */
    boolean perWorker;
    /** Whether a repair's end (COMPLETED) is among them. */
    boolean repairs;
    boolean inTransaction;
  }

  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Pending();
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      Pending fresh = new Pending();
      fresh.inTransaction = true;
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(StatsRollups.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(StatsRollups.this, fresh);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
          StatsRollups.this.flush(fresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(StatsRollups.this);
        }
      });
      pending = fresh;
    }
    return pending;
  }

  /** Without a transaction every write commits by itself, and so does its count. */
  private void flushOutsideTransaction(Pending pending) {
    if (!pending.inTransaction) {
      flush(pending);
    }
  }

}
