package cn.campus.repair.request;

import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code Idempotency-Key}s of submissions, in the shared database. The key is inserted in the same
 * transaction as the request it names, so a concurrent retry waits on the key's unique index and
 * then finds the first answer rather than creating a second request.
 */
@Repository
class IdempotencyKeys {

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Remembered> find(String userId, String key) {
    return jdbc.sql("SELECT body_hash, request_id FROM idempotency_key WHERE user_id = :user AND idem_key = :key")
        .param("user", userId)
        .param("key", key)
        .query((rs, i) -> new Remembered(rs.getString("body_hash"), rs.getString("request_id")))
        .optional();
  }

  /** Throws Spring's DuplicateKeyException when the key was taken meanwhile. */
  void remember(String userId, String key, String bodyHash, String requestId) {
    jdbc.sql("""
            INSERT INTO idempotency_key (user_id, idem_key, body_hash, request_id, created_at)
            VALUES (:user, :key, :hash, :request, :now)""")
        .param("user", userId)
        .param("key", key)
        .param("hash", bodyHash)
        .param("request", requestId)
        .param("now", Times.toDb(Instant.now()))
        .update();
  }

  record Remembered(String bodyHash, String requestId) {}
}
