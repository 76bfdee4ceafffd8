package cn.campus.repair.search;

import cn.campus.repair.common.Times;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a request's search terms ({@code request_search_term}), in the submission's transaction:
 * a request is findable as soon as it exists. One batched insert per request, and one insert per
 * worker it is given to ({@code worker_search_term}, what a worker's search walks).
 */
@Component
public class SearchIndex {

  private final JdbcTemplate jdbc;

  SearchIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes request {@code requestId}, created at {@code createdAt}, findable by the words of {@code texts}. */
  public void index(String requestId, Instant createdAt, String... texts) {
    List<String> terms = new ArrayList<>(SearchTerms.of(texts));
    Timestamp created = Timestamp.valueOf(Times.toDb(createdAt));
    jdbc.batchUpdate("INSERT INTO request_search_term (request_id, term, created_at) VALUES (?, ?, ?)",
        terms, terms.size(), (PreparedStatement statement, String term) -> {
          statement.setString(1, requestId);
          statement.setString(2, term);
          statement.setTimestamp(3, created);
        });
  }

  /**
   * Makes request {@code requestId} findable by worker {@code workerId} among their own requests,
   * by the terms it was filed with; in the transaction that first gives it to them (request_worker),
   * and only then: like that list, this is never taken back.
   */
  public void shareWith(String requestId, String workerId) {
    jdbc.update("""
        INSERT INTO worker_search_term (worker_id, term, request_created_at, request_id)
        SELECT ?, term, created_at, request_id FROM request_search_term WHERE request_id = ?""", workerId, requestId);
  }
}
