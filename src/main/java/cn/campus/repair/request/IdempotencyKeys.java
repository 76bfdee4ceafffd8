package cn.campus.repair.request;

import cn.campus.repair.common.ApiException;
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

  static final String HEADER = "Idempotency-Key";
  private static final int MAX_LENGTH = 100;

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The key a client sent, or null for none. A key is printable ASCII (a UUID, typically): the
   * container reads header bytes as ISO-8859-1, so anything else would not be the key the client
   * meant, and a SQL Server VARCHAR could not even store it.
   */
  static String fromHeader(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String key = header.strip();
    if (key.length() > MAX_LENGTH) {
      throw ApiException.invalid(HEADER, HEADER + " 最长100个字符");
    }
    if (!key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw ApiException.invalid(HEADER, HEADER + " 只能含英文字母、数字和符号");
    }
    return key;
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
