package cn.campus.repair.benchmark.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens the service accepts, made as the service makes them at login: 32 random bytes,
 * base64url without padding, of which {@code auth_token} keeps only the SHA-256 in hex (the service
 * hashes each token it is sent the same way and looks it up), valid for the service's default
 * lifetime of 30 days.
 */
@Component
class BearerTokens {

  private static final Duration LIFETIME = Duration.ofDays(30);

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  BearerTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String issue(String userId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO auth_token (token_hash, user_id, created_at, expires_at)
            VALUES (:hash, :userId, :now, :expiresAt)""")
        .param("hash", sha256(token))
        .param("userId", userId)
        .param("now", HistoryLoader.toDb(now))
        .param("expiresAt", HistoryLoader.toDb(now.plus(LIFETIME)))
        .update();
    return token;
  }

  static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
