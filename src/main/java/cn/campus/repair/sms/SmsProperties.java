package cn.campus.repair.sms;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code repair.sms.*}: which provider sends ({@code outbox} keeps messages locally, {@code tencent}
 * sends them), the sign name, each template's text and Tencent template id, and the Tencent
 * credentials (from the environment in production).
 */
@ConfigurationProperties("repair.sms")
public record SmsProperties(
    String provider, String signName, Map<String, Template> templates, Tencent tencent) {

  public SmsProperties {
    templates = templates == null ? Map.of() : Map.copyOf(templates);
  }

  public boolean usesOutbox() {
    return "outbox".equalsIgnoreCase(provider);
  }

  public Template template(String name) {
    Template template = templates.get(name);
    if (template == null) {
      throw new IllegalArgumentException("No SMS template named " + name + " in repair.sms.templates");
    }
    return template;
  }

  /** The message as a person reads it, with {1}, {2}, ... replaced by the params. */
  public String render(SmsMessage message) {
    String text = template(message.template()).text();
    List<String> params = message.params();
    for (int i = 0; i < params.size(); i++) {
      text = text.replace("{" + (i + 1) + "}", params.get(i));
    }
    return text;
  }

  public record Template(String tencentId, String text) {}

  public record Tencent(
      String secretId, String secretKey, String sdkAppId, String region, String endpoint) {}
}
