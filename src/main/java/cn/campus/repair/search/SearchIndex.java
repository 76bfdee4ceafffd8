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
 * a request is findable as soon as it exists. One batched insert per request.
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
}
