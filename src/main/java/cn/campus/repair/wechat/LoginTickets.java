package cn.campus.repair.wechat;

import cn.campus.repair.common.Hashes;
import cn.campus.repair.common.Times;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a WeChat user whose openid is not bound yet carries to the binding call: a random ticket
 * standing for the openid code2Session gave, so the openid never travels through the mini program.
 * Stored as its SHA-256 in the shared database (any node binds), short-lived, used once.
 */
@Repository
class LoginTickets {

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  LoginTickets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String issue(String openid, Instant expiresAt) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql("DELETE FROM wechat_login_ticket WHERE expires_at < :now")
        .param("now", Times.toDb(Instant.now())).update();
    jdbc.sql("INSERT INTO wechat_login_ticket (ticket_hash, openid, expires_at) VALUES (:hash, :openid, :expires)")
        .param("hash", Hashes.sha256(ticket)).param("openid", openid).param("expires", Times.toDb(expiresAt)).update();
    return ticket;
  }

  /** The openid of a live ticket. */
  Optional<String> openid(String ticket) {
    return jdbc.sql("SELECT openid FROM wechat_login_ticket WHERE ticket_hash = :hash AND expires_at > :now")
        .param("hash", Hashes.sha256(ticket)).param("now", Times.toDb(Instant.now()))
        .query(String.class).optional();
  }

  /** Uses the ticket up; false when another call used it first. */
  boolean use(String ticket) {
    return jdbc.sql("DELETE FROM wechat_login_ticket WHERE ticket_hash = :hash AND expires_at > :now")
        .param("hash", Hashes.sha256(ticket)).param("now", Times.toDb(Instant.now())).update() == 1;
  }
}
