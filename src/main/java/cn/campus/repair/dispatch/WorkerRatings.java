package cn.campus.repair.dispatch;

import cn.campus.repair.common.RacingInserts;
import cn.campus.repair.request.RequestRated;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each worker's running rating totals ({@code worker_rating}), so that dispatch reads one row per
 * worker instead of every rated request of past years. A rating is added in the transaction that
 * records it on the request ({@link RequestRated} is published inside it), so the two never disagree.
 */
@Repository
class WorkerRatings {

  private final JdbcClient jdbc;
  private final RacingInserts racingInserts;

  WorkerRatings(JdbcClient jdbc, RacingInserts racingInserts) {
    this.jdbc = jdbc;
    this.racingInserts = racingInserts;
  }

  /**
   * Adds one rating to the worker's totals. The sums grow in the database (never read, added to and
   * written back), so two ratings of one worker at once both count: the second waits for the first's
   * row lock. A worker's first rating creates the row; when two first ratings meet, the later one
   * is added to the row the other one made.
   */
  @EventListener
  void on(RequestRated rated) {
    add(rated.workerId(), rated.result());
  }

  private void add(String workerId, int rating) {
    if (increment(workerId, rating)) {
      return;
    }
    boolean first = racingInserts.insert(() -> jdbc.sql("""
            INSERT INTO worker_rating (worker_id, rating_count, rating_sum) VALUES (:workerId, 1, :rating)""")
        .param("workerId", workerId)
        .param("rating", rating)
        .update());
    if (!first) {
      increment(workerId, rating);
    }
  }

  /** The average rating of every worker rated so far, by worker id. */
  Map<String, Double> averages() {
    Map<String, Double> averages = new LinkedHashMap<>();
    jdbc.sql("SELECT worker_id, rating_count, rating_sum FROM worker_rating WHERE rating_count > 0")
        .query(rs -> {
          averages.put(rs.getString("worker_id"), (double) rs.getLong("rating_sum") / rs.getLong("rating_count"));
        });
    return averages;
  }

  private boolean increment(String workerId, int rating) {
    return jdbc.sql("""
            UPDATE worker_rating SET rating_count = rating_count + 1, rating_sum = rating_sum + :rating
            WHERE worker_id = :workerId""")
        .param("rating", rating)
        .param("workerId", workerId)
        .update() > 0;
  }
}
