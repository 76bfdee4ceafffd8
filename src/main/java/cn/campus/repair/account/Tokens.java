package cn.campus.repair.account;

import cn.campus.repair.common.Hashes;
import cn.campus.repair.common.Times;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens. Only their SHA-256 is stored, in the shared database: every node accepts a
 * token, and deleting the row (logout, password change) ends it on the node that deletes it at
 * once and on the others within a second ({@link RecentTokens}: each node remembers the tokens it
 * checked in the last second).
 */
@Service
public class Tokens {

  private final JdbcClient jdbc;
  private final RecentTokens recent;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  Tokens(JdbcClient jdbc, RecentTokens recent, @Value("${repair.tokens.lifetime}") Duration lifetime) {
    this.jdbc = jdbc;
    this.recent = recent;
    this.lifetime = lifetime;
  }

  public IssuedToken issue(String userId) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Instant.now();
    Instant expiresAt = now.plus(lifetime);
    jdbc.sql("""
            INSERT INTO auth_token (token_hash, user_id, created_at, expires_at)
            VALUES (:hash, :userId, :now, :expiresAt)""")
        .param("hash", Hashes.sha256(token))
        .param("userId", userId)
        .param("now", Times.toDb(now))
        .param("expiresAt", Times.toDb(expiresAt))
        .update();
    return new IssuedToken(token, expiresAt);
  }

  /** The account behind a live token: checked in the last second on this node, or read now. */
  public Optional<User> authenticate(String token) {
    String hash = Hashes.sha256(token);
    Instant now = Instant.now();
    return recent.account(hash, now, () -> lookup(hash, now));
  }

  private Optional<RecentTokens.Checked> lookup(String hash, Instant now) {
    return jdbc.sql("""
            SELECT u.id, u.phone, u.name, u.role, u.department, u.address, u.specialties, u.password_hash,
              u.deactivated_at, t.expires_at
            FROM auth_token t JOIN app_user u ON u.id = t.user_id
            WHERE t.token_hash = :hash AND t.expires_at > :now AND u.deactivated_at IS NULL""")
        .param("hash", hash)
        .param("now", Times.toDb(now))
        .query((rs, row) -> new RecentTokens.Checked(Users.map(rs, row), Times.fromDb(rs.getTimestamp("expires_at"))))
        .optional();
  }

  public void revoke(String token) {
    String hash = Hashes.sha256(token);
    jdbc.sql("DELETE FROM auth_token WHERE token_hash = :hash").param("hash", hash).update();
    recent.forgetToken(hash);
  }

  /** Ends every other session of the account, keeping the one that made the change. */
  public void revokeOthers(String userId, String keptToken) {
    jdbc.sql("DELETE FROM auth_token WHERE user_id = :userId AND token_hash <> :kept")
        .param("userId", userId)
        .param("kept", Hashes.sha256(keptToken))
        .update();
    recent.forgetAccount(userId);
  }

  /** Ends every session of the account (its password was reset by an operator, or it was deactivated). */
  public void revokeAll(String userId) {
    jdbc.sql("DELETE FROM auth_token WHERE user_id = :userId").param("userId", userId).update();
    recent.forgetAccount(userId);
  }

  public record IssuedToken(String token, Instant expiresAt) {}
}
