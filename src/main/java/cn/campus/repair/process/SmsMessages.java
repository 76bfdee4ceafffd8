package cn.campus.repair.process;

import cn.campus.repair.sms.SmsMessage;
import cn.campus.repair.web.Times;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sms_message} table: each message the process asked for, keyed by the event that caused
 * it, with its delivery state: PENDING, SENDING (handed to the provider, answer not yet recorded),
 * SENT, FAILED (the provider refused; tried again) or UNCERTAIN (a node stopped while SENDING). A
 * message marked SENT is never sent again, whatever the job retries.
 */
@Repository
class SmsMessages {

  private static final String SEPARATOR = "\u001f";

  private final JdbcClient jdbc;

  SmsMessages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String queue(String eventKey, SmsMessage message) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
            INSERT INTO sms_message (id, event_key, phone, template, params, status, attempts, created_at)
            VALUES (:id, :eventKey, :phone, :template, :params, 'PENDING', 0, :now)""")
        .param("id", id)
        .param("eventKey", eventKey)
        .param("phone", message.phone())
        .param("template", message.template())
        .param("params", String.join(SEPARATOR, message.params()))
        .param("now", Times.toDb(Instant.now()))
        .update();
    return id;
  }

  /**
   * The message, if it may be sent now: it is waiting or its last try failed, or its delivery was
   * left in doubt and an operator has said to send it again. Counts the attempt.
   */
  Optional<SmsMessage> claim(String id, boolean resendInDoubt) {
    int claimed = jdbc.sql("""
            UPDATE sms_message SET status = 'SENDING', attempts = attempts + 1
            WHERE id = :id AND (status IN ('PENDING', 'FAILED') OR (status = 'UNCERTAIN' AND :resend = 1))""")
        .param("id", id)
        .param("resend", resendInDoubt ? 1 : 0)
        .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT phone, template, params FROM sms_message WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> new SmsMessage(
            rs.getString("phone"), rs.getString("template"), split(rs.getString("params"))))
        .optional();
  }

  Optional<String> status(String id) {
    return jdbc.sql("SELECT status FROM sms_message WHERE id = :id").param("id", id).query(String.class).optional();
  }

  /** A message found SENDING by a new attempt: the one before stopped between claiming and recording. */
  void markUncertain(String id) {
    jdbc.sql("UPDATE sms_message SET status = 'UNCERTAIN' WHERE id = :id AND status = 'SENDING'").param("id", id).update();
  }

  void markSent(String id) {
    jdbc.sql("UPDATE sms_message SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id")
        .param("id", id)
        .param("now", Times.toDb(Instant.now()))
        .update();
  }

  void markFailed(String id, String error) {
    jdbc.sql("UPDATE sms_message SET status = 'FAILED', last_error = :error WHERE id = :id")
        .param("id", id)
        .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
        .update();
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
  }
}
