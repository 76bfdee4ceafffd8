package cn.campus.repair.account;

import cn.campus.repair.sms.SmsMessage;
import cn.campus.repair.sms.SmsSender;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Hashes;
import cn.campus.repair.common.Times;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time login codes: six digits from a CSPRNG, valid for a few minutes, single use, burnt after
 * too many wrong tries; sending is limited per phone and per client address. All state is in the
 * shared database, and each phone's row is locked while it changes, so limits hold across nodes.
 */
@Service
public class LoginCodes {

  private static final String TEMPLATE = "LOGIN_CODE";

  private final JdbcClient jdbc;
  private final SmsSender sms;
  private final LoginCodeProperties limits;
  private final ZoneId zone;
  private final SecureRandom random = new SecureRandom();

  LoginCodes(JdbcClient jdbc, SmsSender sms, LoginCodeProperties limits, @Value("${repair.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.sms = sms;
    this.limits = limits;
    this.zone = zone;
  }

  /** Sends a new code to {@code phone}, or answers 429 with how long to wait. */
  @Transactional
  public SentCode send(String phone, String clientAddress) {
    Instant now = Instant.now();
    String today = LocalDate.ofInstant(now, zone).toString();
    Optional<CodeRow> existing = lockRow(phone);
    int sentToday = 0;
    if (existing.isPresent()) {
      CodeRow row = existing.get();
      Instant resendAt = row.lastSentAt().plus(limits.resendAfter());
      if (now.isBefore(resendAt)) {
        throw ApiException.tooManyRequests("验证码发送过于频繁，请稍后再试", secondsUntil(now, resendAt));
      }
      sentToday = today.equals(row.day()) ? row.dayCount() : 0;
      if (sentToday >= limits.perPhonePerDay()) {
        Instant tomorrow = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        throw ApiException.tooManyRequests("今日验证码发送次数已达上限", secondsUntil(now, tomorrow));
      }
    }
    checkAddressLimit(clientAddress, now);

    String code = "%06d".formatted(random.nextInt(1_000_000));
    saveCode(phone, existing.isPresent(), code, now, today, sentToday + 1);
    jdbc.sql("INSERT INTO login_code_send (id, client_address, sent_at) VALUES (:id, :address, :at)")
        .param("id", UUID.randomUUID().toString())
        .param("address", clientAddress)
        .param("at", Times.toDb(now))
        .update();
    sms.send(new SmsMessage(phone, TEMPLATE, List.of(code)));
    return new SentCode(limits.lifetime().toSeconds(), limits.resendAfter().toSeconds());
  }

  /**
   * Uses up the code if it matches. Returns rather than throws on a mismatch, so the counted wrong
   * try is committed.
   */
  @Transactional
  public boolean verify(String phone, String code) {
    Optional<CodeRow> row = lockRow(phone);
    if (row.isEmpty() || row.get().codeHash() == null || Instant.now().isAfter(row.get().expiresAt())) {
      return false;
    }
    if (Hashes.same(row.get().codeHash(), hash(phone, code))) {
      jdbc.sql("UPDATE login_code SET code_hash = NULL WHERE phone = :phone").param("phone", phone).update();
      return true;
    }
    int attempts = row.get().attempts() + 1;
    jdbc.sql("""
            UPDATE login_code SET attempts = :attempts,
              code_hash = CASE WHEN :attempts >= :max THEN NULL ELSE code_hash END
            WHERE phone = :phone""")
        .param("attempts", attempts)
        .param("max", limits.maxAttempts())
        .param("phone", phone)
        .update();
    return false;
  }

  private void checkAddressLimit(String clientAddress, Instant now) {
    Instant hourAgo = now.minus(Duration.ofHours(1));
    List<Instant> recent = jdbc.sql("""
            SELECT sent_at FROM login_code_send WHERE client_address = :address AND sent_at > :since
            ORDER BY sent_at""")
        .param("address", clientAddress)
        .param("since", Times.toDb(hourAgo))
        .query((rs, i) -> Times.fromDb(rs.getTimestamp("sent_at")))
        .list();
    if (recent.size() >= limits.perAddressPerHour()) {
      Instant freeAt = recent.get(recent.size() - limits.perAddressPerHour()).plus(Duration.ofHours(1));
      throw ApiException.tooManyRequests("当前网络请求验证码过于频繁，请稍后再试", secondsUntil(now, freeAt));
    }
  }

  /** Locks the phone's row for this transaction (a no-op update locks on every database we run on). */
  private Optional<CodeRow> lockRow(String phone) {
    int locked = jdbc.sql("UPDATE login_code SET attempts = attempts WHERE phone = :phone")
        .param("phone", phone)
        .update();
    if (locked == 0) {
      return Optional.empty();
    }
    return jdbc.sql("""
            SELECT code_hash, expires_at, attempts, last_sent_at, count_day, day_count
            FROM login_code WHERE phone = :phone""")
        .param("phone", phone)
        .query((rs, i) -> new CodeRow(
            rs.getString("code_hash"),
            Times.fromDb(rs.getTimestamp("expires_at")),
            rs.getInt("attempts"),
            Times.fromDb(rs.getTimestamp("last_sent_at")),
            rs.getString("count_day"),
            rs.getInt("day_count")))
        .optional();
  }

  private void saveCode(String phone, boolean exists, String code, Instant now, String today, int dayCount) {
    String sql = exists
        ? """
          UPDATE login_code SET code_hash = :hash, expires_at = :expires, attempts = 0,
            last_sent_at = :now, count_day = :day, day_count = :count WHERE phone = :phone"""
        : """
          INSERT INTO login_code (phone, code_hash, expires_at, attempts, last_sent_at, count_day, day_count)
          VALUES (:phone, :hash, :expires, 0, :now, :day, :count)""";
    try {
      jdbc.sql(sql)
          .param("phone", phone)
          .param("hash", hash(phone, code))
          .param("expires", Times.toDb(now.plus(limits.lifetime())))
          .param("now", Times.toDb(now))
          .param("day", today)
          .param("count", dayCount)
          .update();
    } catch (DuplicateKeyException raceWithAnotherSend) {
      throw ApiException.tooManyRequests("验证码发送过于频繁，请稍后再试", limits.resendAfter().toSeconds());
    }
  }

  private static String hash(String phone, String code) {
    return Hashes.sha256(phone + ":" + code);
  }

  private static long secondsUntil(Instant now, Instant then) {
    return Math.max(1, Duration.between(now, then).toSeconds() + 1);
  }

  private record CodeRow(
      String codeHash, Instant expiresAt, int attempts, Instant lastSentAt, String day, int dayCount) {}

  public record SentCode(long expiresInSeconds, long resendAfterSeconds) {}
}
