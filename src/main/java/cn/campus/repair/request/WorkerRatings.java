package cn.campus.repair.request;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each worker's running rating totals ({@code worker_rating}), so that dispatch reads one row per
 * worker instead of every rated request of past years. A rating is added in the transaction that
 * records it on the request, so the two never disagree.
 */
@Repository
class WorkerRatings {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  WorkerRatings(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Adds one rating to the worker's totals. The sums grow in the database (never read, added to and
   * written back), so two ratings of one worker at once both count: the second waits for the first's
   * row lock. A worker's first rating creates the row; when two first ratings meet, the later INSERT
   * fails on the key and that rating is added to the row the other one made. The INSERT runs under a
   * savepoint because on PostgreSQL a failed statement would otherwise doom the whole transaction.
   */
  void add(String workerId, int rating) {
    if (increment(workerId, rating)) {
      return;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              INSERT INTO worker_rating (worker_id, rating_count, rating_sum) VALUES (:workerId, 1, :rating)""")
          .param("workerId", workerId)
          .param("rating", rating)
          .update());
    } catch (DuplicateKeyException firstRatingsMet) {
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
