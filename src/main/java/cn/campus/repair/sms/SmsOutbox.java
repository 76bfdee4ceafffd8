package cn.campus.repair.sms;

import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default sender: keeps each message in the {@code sms_outbox} table instead of sending it, so
 * the service runs with no SMS account and a person or a test can read a login code.
 */
public class SmsOutbox implements SmsSender {

  private static final String SEPARATOR = "\u001f";

  private final JdbcClient jdbc;
  private final SmsProperties properties;

  SmsOutbox(JdbcClient jdbc, SmsProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  @Override
  public void send(SmsMessage message) {
    jdbc.sql("""
            INSERT INTO sms_outbox (id, phone, template, params, text, created_at)
            VALUES (:id, :phone, :template, :params, :text, :createdAt)""")
        .param("id", UUID.randomUUID().toString())
        .param("phone", message.phone())
        .param("template", message.template())
        .param("params", String.join(SEPARATOR, message.params()))
        .param("text", properties.render(message))
        .param("createdAt", Times.toDb(Instant.now()))
        .update();
  }

  /** What was kept for one phone, newest first. */
  public List<OutboxEntry> sentTo(String phone, int limit) {
    return jdbc.sql("""
            SELECT phone, template, params, text, created_at FROM sms_outbox
            WHERE phone = :phone ORDER BY created_at DESC, id DESC
            OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
        .param("phone", phone)
        .param("limit", limit)
        .query((rs, row) -> new OutboxEntry(
            rs.getString("phone"),
            rs.getString("template"),
            splitParams(rs.getString("params")),
            rs.getString("text"),
            Times.fromDb(rs.getTimestamp("created_at"))))
        .list();
  }

  private static List<String> splitParams(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
  }

  public record OutboxEntry(
      String phone, String template, List<String> params, String text, Instant at) {}
}
