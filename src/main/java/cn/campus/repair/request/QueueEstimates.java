package cn.campus.repair.request;

import cn.campus.repair.common.Times;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.process.RepairProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a request stands while it waits for a worker to accept it (at review, dispatch or the
 * worker's answer), and when a worker is likely to have accepted it. The requests ahead are those of
 * its category still waiting the same way that come first: every urgent one before an ordinary
 * one, then the earlier. The estimate reads the category's last 30 days: from the moment it was
 * submitted, as long as requests there usually took to be accepted (the median), and from now, no
 * sooner than the requests ahead can be accepted at the recent pace (the median gap between two
 * acceptances, once per request ahead and once for this one), whichever is later. With fewer than
 * {@value #MIN_SAMPLES} acceptances there, it is the request's own deadlines for review, dispatch
 * and the worker's answer from its submission, or none once that time has passed.
 */
@Component
class QueueEstimates {

  static final int MIN_SAMPLES = 5;
  private static final Duration WINDOW = Duration.ofDays(30);
  /** The category's figures change slowly; each node reads them at most this often per category. */
  private static final Duration KEEP_FIGURES = Duration.ofMinutes(5);
  private static final List<String> WAITING_FOR_A_WORKER =
      List.of(RepairProcess.TASK_REVIEW, RepairProcess.TASK_ASSIGN, RepairProcess.TASK_CONFIRM);

  private final JdbcClient jdbc;
  private final ProcessStatuses statuses;
  private final Map<String, Figures> figures = new ConcurrentHashMap<>();

  QueueEstimates(JdbcClient jdbc, ProcessStatuses statuses) {
    this.jdbc = jdbc;
    this.statuses = statuses;
  }

  /** How the estimate was made: from the category's recent acceptances, or the request's deadlines. */
  enum Basis { HISTORY, SERVICE_LEVEL }

  /**
   * {@code waiting} whether the request still waits for a worker to accept it (everything else is
   * then zero or null); {@code estimatedBy} null when nothing can be promised.
   */
  record Queue(boolean waiting, int ahead, Instant estimatedBy, Basis basis) {

    static Queue notWaiting() {
      return new Queue(false, 0, null, null);
    }
  }

  Queue of(RequestRow request) {
    if (!WAITING_FOR_A_WORKER.contains(request.openTaskKey())) {
      return Queue.notWaiting();
    }
    Instant now = Instant.now();
    int ahead = ahead(request);
    Figures recent = figures(request.categoryCode(), now);
    if (recent.samples() >= MIN_SAMPLES) {
      Instant usual = request.createdAt().plus(recent.typicalWait());
      Instant byPace = now.plus(recent.pace().multipliedBy(ahead + 1L));
      return new Queue(true, ahead, usual.isAfter(byPace) ? usual : byPace, Basis.HISTORY);
    }
    Duration promised = Stream.of(request.serviceLevel().reviewDeadline(), request.serviceLevel().dispatchDeadline(),
            request.serviceLevel().confirmDeadline())
        .filter(Objects::nonNull)
        .map(Duration::parse)
        .reduce(Duration.ZERO, Duration::plus);
    Instant promisedBy = request.createdAt().plus(promised);
    boolean kept = !promised.isZero() && promisedBy.isAfter(now);
    return new Queue(true, ahead, kept ? promisedBy : null, Basis.SERVICE_LEVEL);
  }

  /**
   * The requests of the category that wait for a worker and come first. Found among the unfinished
   * requests by their status (an index), however many years of finished ones there are.
   */
  private int ahead(RequestRow request) {
    String before = request.serviceLevel().urgent()
        ? " AND r.priority = 'URGENT' AND (r.created_at < :createdAt OR (r.created_at = :createdAt AND r.id < :id))"
        : " AND (r.priority = 'URGENT' OR r.created_at < :createdAt OR (r.created_at = :createdAt AND r.id < :id))";
    return jdbc.sql("""
            SELECT COUNT(*) FROM repair_request r WHERE r.status IN (:statuses) AND r.category_code = :category
              AND r.open_task_key IN (:waiting) AND r.id <> :id""" + before)
        .param("statuses", List.copyOf(statuses.open()))
        .param("category", request.categoryCode())
        .param("waiting", WAITING_FOR_A_WORKER)
        .param("id", request.id())
        .param("createdAt", Times.toDb(request.createdAt()))
        .query(Long.class)
        .single()
        .intValue();
  }

  private Figures figures(String category, Instant now) {
    Figures known = figures.get(category);
    if (known != null && known.readAt().plus(KEEP_FIGURES).isAfter(now)) {
      return known;
    }
    Figures fresh = read(category, now);
    figures.put(category, fresh);
    return fresh;
  }

  /** Each request of the category first accepted by a worker in the window: how long it waited, and when. */
  private Figures read(String category, Instant now) {
    List<Instant[]> accepted = jdbc.sql("""
            SELECT r.created_at, MIN(h.at) AS accepted_at FROM request_history h
            JOIN repair_request r ON r.id = h.request_id
            WHERE h.action = 'WORKER_ACCEPTED' AND h.at >= :since AND r.category_code = :category
            GROUP BY r.id, r.created_at""")
        .param("since", Times.toDb(now.minus(WINDOW)))
        .param("category", category)
        .query((rs, row) -> new Instant[] {
            Times.fromDb(rs.getTimestamp("created_at")), Times.fromDb(rs.getTimestamp("accepted_at"))})
        .list();
    List<Duration> waits = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    for (Instant[] one : accepted) {
      waits.add(Duration.between(one[0], one[1]));
      times.add(one[1]);
    }
    times.sort(null);
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add(Duration.between(times.get(i - 1), times.get(i)));
    }
    return new Figures(now, accepted.size(), median(waits), median(gaps));
  }

  static Duration median(List<Duration> durations) {
    if (durations.isEmpty()) {
      return Duration.ZERO;
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
  }

  private record Figures(Instant readAt, int samples, Duration typicalWait, Duration pace) {}
}
