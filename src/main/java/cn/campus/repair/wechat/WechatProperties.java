package cn.campus.repair.wechat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code repair.wechat.*}: the mini program's app id and secret (from the environment), where its API
 * is ({@code api-host}, empty for WeChat's own), and for each SMS template that may also go as a
 * subscribe message: WeChat's template id, the moment the mini program asks for it, the page it opens
 * and how its fields are filled from the SMS template's values.
 */
@ConfigurationProperties("repair.wechat")
record WechatProperties(
    String appId,
    String secret,
    String apiHost,
    String miniProgramState,
    String codePage,
    String codeEnvVersion,
    boolean urgentBySms,
    Duration loginTicketLifetime,
    int busyRetries,
    Duration busyRetryPause,
    Map<String, Message> messages) {

  WechatProperties {
    messages = messages == null ? Map.of() : Map.copyOf(messages);
    loginTicketLifetime = loginTicketLifetime == null ? Duration.ofMinutes(10) : loginTicketLifetime;
    busyRetryPause = busyRetryPause == null ? Duration.ofMillis(500) : busyRetryPause;
  }

  boolean configured() {
    return !blank(appId) && !blank(secret);
  }

  /** One of app id and secret without the other: a mistake, not a choice. */
  boolean halfConfigured() {
    return blank(appId) != blank(secret);
  }

  /** The subscribe message an SMS template also goes as, when WeChat has a template id for it. */
  Optional<Message> message(String smsTemplate) {
    return Optional.ofNullable(messages.get(smsTemplate)).filter(message -> !blank(message.templateId()));
  }

  /**
   * A subscribe message: {@code templateId} from the WeChat admin console, {@code moment} when the
   * mini program asks for the agreement ({@code submit}: a requester sending a report, {@code accept}:
   * a worker accepting a task), {@code page} it opens ({@code {requestId}} replaced), and {@code
   * fields}: WeChat's data keys (such as {@code thing1}) to a text where {@code {1}}, {@code {2}}...
   * are the SMS template's values.
   */
  record Message(String templateId, String moment, String page, Map<String, String> fields) {

    Message {
      fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The template ids the mini program asks for at {@code moment}, in a stable order. */
  List<String> templateIdsAt(String moment) {
    return messages.entrySet().stream()
        .filter(entry -> moment.equals(entry.getValue().moment()) && !blank(entry.getValue().templateId()))
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> entry.getValue().templateId())
        .toList();
  }

  /** The SMS template a WeChat template id stands for. */
  Optional<String> templateNameOf(String templateId) {
    return messages.entrySet().stream()
        .filter(entry -> templateId.equals(entry.getValue().templateId()))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
