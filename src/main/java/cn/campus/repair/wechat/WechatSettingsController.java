package cn.campus.repair.wechat;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the mini program needs to know before anyone logs in: whether WeChat login is on, and which
 * subscribe message templates to ask for at each moment (at most three per request, WeChat's limit).
 */
@RestController
class WechatSettingsController {

  private final WechatProperties properties;

  WechatSettingsController(WechatProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/api/wechat/settings")
  Settings settings() {
    if (!properties.configured()) {
      return new Settings(false, Map.of());
    }
    return new Settings(true, Map.of(
        "submit", firstThree(properties.templateIdsAt("submit")),
        "accept", firstThree(properties.templateIdsAt("accept"))));
  }

  private static List<String> firstThree(List<String> ids) {
    return ids.subList(0, Math.min(3, ids.size()));
  }

  record Settings(boolean enabled, Map<String, List<String>> subscribe) {}
}
