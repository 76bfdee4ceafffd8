package cn.campus.repair.account;

import cn.campus.repair.common.RacingInserts;
import cn.campus.repair.common.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guessing a password is slowed to a crawl: after {@code maxFailures} wrong passwords in a row a
 * phone's password logins are refused for {@code lockFor}, wherever the guesses arrive (mini program
 * API, Camunda webapps, engine REST) and whichever node takes them. A code login still works, so the
 * owner is never locked out of their own account.
 */
@Component
public class PasswordAttempts {

  private final JdbcClient jdbc;
  private final PasswordAttemptLimits limits;
  private final RacingInserts racingInserts;

  PasswordAttempts(JdbcClient jdbc, PasswordAttemptLimits limits, RacingInserts racingInserts) {
    this.jdbc = jdbc;
    this.limits = limits;
    this.racingInserts = racingInserts;
  }

  /** How long the phone's password logins stay refused; empty when they are open. */
  public Optional<Duration> lockedFor(String phone) {
    Instant now = Instant.now();
    return jdbc.sql("SELECT locked_until FROM password_failure WHERE phone = :phone")
        .param("phone", phone)
        .query((rs, i) -> Times.fromDb(rs.getTimestamp("locked_until")))
        .optional()
        .filter(until -> until != null && until.isAfter(now))
        .map(until -> Duration.between(now, until));
  }

  /** Counts a wrong password, in its own transaction so that the refused login cannot roll it back. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String phone) {
    if (!increment(phone) && !racingInserts.insert(() -> jdbc.sql(
        "INSERT INTO password_failure (phone, failures) VALUES (:phone, 1)").param("phone", phone).update())) {
      increment(phone);
    }
    jdbc.sql("""
            UPDATE password_failure SET failures = 0, locked_until = :until
            WHERE phone = :phone AND failures >= :max""")
        .param("until", Times.toDb(Instant.now().plus(limits.lockFor())))
        .param("phone", phone)
        .param("max", limits.maxFailures())
        .update();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String phone) {
    jdbc.sql("DELETE FROM password_failure WHERE phone = :phone").param("phone", phone).update();
  }

  /** Lifts a lock with the caller's transaction: a reset password is worth trying at once. */
  @Transactional
  public void forget(String phone) {
    jdbc.sql("DELETE FROM password_failure WHERE phone = :phone").param("phone", phone).update();
  }

  private boolean increment(String phone) {
    return jdbc.sql("UPDATE password_failure SET failures = failures + 1 WHERE phone = :phone")
        .param("phone", phone)
        .update() > 0;
  }
}
