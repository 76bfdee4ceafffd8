package cn.campus.repair.sms;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code sms_message} table: each message the process asked for, keyed by the event that caused
 * it, with its delivery state: PENDING (waiting for a node's dispatcher), SENDING (handed to the
 * provider, answer not yet recorded), SENT, FAILED (the provider refused; its sms-delivery instance
 * tries again) or UNCERTAIN (a node stopped while SENDING). A message marked SENT is never sent
 * again. A dispatcher's claim records the node and time; a claim by an sms-delivery job records no
 * time, because the job's own lock guards it. A message's {@code channel} is SMS (to its phone) or a
 * {@link MessageChannel}'s name (to its {@code address}); one the channel refuses turns into its SMS
 * in the same row, so the event is still told once.
 */
@Repository
class SmsQueue {

  static final String SMS = "SMS";
  private static final String SEPARATOR = "\u001f";
  private static final String COLUMNS = "id, request_id, phone, template, params, channel, address";

  private final JdbcClient jdbc;

  SmsQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String queue(String eventKey, String requestId, SmsMessage message) {
    return queue(eventKey, requestId, message, SMS, null);
  }

  String queue(String eventKey, String requestId, SmsMessage message, String channel, String address) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("""
            INSERT INTO sms_message (id, event_key, request_id, phone, template, params, status, attempts, created_at,
              channel, address)
            VALUES (:id, :eventKey, :requestId, :phone, :template, :params, 'PENDING', 0, :now, :channel, :address)""")
        .param("channel", channel)
        .param("address", address)
        .param("id", id)
        .param("eventKey", eventKey)
        .param("requestId", requestId)
        .param("phone", message.phone())
        .param("template", message.template())
        .param("params", String.join(SEPARATOR, message.params()))
        .param("now", Times.toDb(Instant.now()))
        .update();
    return id;
  }

  /** The oldest messages waiting for a dispatcher. */
  List<Queued> waiting(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sms_message WHERE status = 'PENDING'"
            + " ORDER BY status, created_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
        .param("limit", limit)
        .query(SmsQueue::queued)
        .list();
  }

  /** Takes a waiting message for {@code node}; false when another node took it first. */
  boolean claimWaiting(String id, String node) {
    return jdbc.sql("""
            UPDATE sms_message SET status = 'SENDING', attempts = attempts + 1, claimed_by = :node, claimed_at = :now
            WHERE id = :id AND status = 'PENDING'""")
        .param("id", id)
        .param("node", node)
        .param("now", Times.toDb(Instant.now()))
        .update() == 1;
  }

  /**
   * For an sms-delivery job: the message, if it may be sent now: its last try failed, or its
   * delivery was left in doubt and an operator has said to send it again. Counts the attempt.
   */
  Optional<Queued> claim(String id, boolean resendInDoubt) {
    int claimed = jdbc.sql("""
            UPDATE sms_message SET status = 'SENDING', attempts = attempts + 1, claimed_at = NULL
            WHERE id = :id AND (status IN ('PENDING', 'FAILED') OR (status = 'UNCERTAIN' AND :resend = 1))""")
        .param("id", id)
        .param("resend", resendInDoubt ? 1 : 0)
        .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM sms_message WHERE id = :id")
        .param("id", id)
        .query(SmsQueue::queued)
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
        .param("error", truncated(error))
        .update();
  }

  /** The provider refused a message {@code node} claimed: FAILED, if the claim is still that node's. */
  boolean markClaimFailed(String id, String node, String error) {
    return jdbc.sql("""
            UPDATE sms_message SET status = 'FAILED', last_error = :error, claimed_at = NULL
            WHERE id = :id AND status = 'SENDING' AND claimed_by = :node AND claimed_at IS NOT NULL""")
        .param("id", id)
        .param("node", node)
        .param("error", truncated(error))
        .update() == 1;
  }

  /**
   * The channel refused a message the dispatcher of {@code node} claimed: it waits again, as the
   * SMS to its phone, if the claim is still that node's.
   */
  boolean fallBackToSms(String id, String node, String reason) {
    return jdbc.sql("""
            UPDATE sms_message SET channel = 'SMS', status = 'PENDING', last_error = :reason, claimed_by = NULL,
              claimed_at = NULL
            WHERE id = :id AND status = 'SENDING' AND channel <> 'SMS' AND claimed_by = :node AND claimed_at IS NOT NULL""")
        .param("id", id)
        .param("node", node)
        .param("reason", truncated(reason))
        .update() == 1;
  }

  /**
   * The channel refused a message an sms-delivery job claimed: it becomes the SMS to its phone,
   * FAILED so that the same job claims it again and no dispatcher takes it meanwhile.
   */
  void jobFallsBackToSms(String id, String reason) {
    jdbc.sql("""
            UPDATE sms_message SET channel = 'SMS', status = 'FAILED', last_error = :reason
            WHERE id = :id AND status = 'SENDING' AND channel <> 'SMS' AND claimed_at IS NULL""")
        .param("id", id)
        .param("reason", truncated(reason))
        .update();
  }

  /** Dispatcher claims older than {@code cutoff} still SENDING: their node stopped while sending. */
  List<Queued> abandonedClaims(Instant cutoff) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM sms_message WHERE status = 'SENDING' AND claimed_at < :cutoff")
        .param("cutoff", Times.toDb(cutoff))
        .query(SmsQueue::queued)
        .list();
  }

  /** UNCERTAIN, if the claim is still the abandoned one; false when another node got there first. */
  boolean markAbandoned(String id, Instant cutoff) {
    return jdbc.sql("""
            UPDATE sms_message SET status = 'UNCERTAIN', claimed_at = NULL
            WHERE id = :id AND status = 'SENDING' AND claimed_at < :cutoff""")
        .param("id", id)
        .param("cutoff", Times.toDb(cutoff))
        .update() == 1;
  }

  private static Queued queued(ResultSet rs, int row) throws SQLException {
    return new Queued(rs.getString("id"), rs.getString("request_id"), new SmsMessage(
        rs.getString("phone"), rs.getString("template"), split(rs.getString("params"))),
        rs.getString("channel"), rs.getString("address"));
  }

  private static String truncated(String error) {
    return error == null ? null : error.substring(0, Math.min(error.length(), 500));
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
  }

  /** A queued message and where it goes: {@code channel} SMS (to the message's phone) or another to {@code address}. */
  record Queued(String id, String requestId, SmsMessage message, String channel, String address) {

    boolean bySms() {
      return SMS.equals(channel);
    }
  }
}
