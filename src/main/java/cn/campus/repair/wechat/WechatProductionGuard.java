package cn.campus.repair.wechat;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production, WeChat is either off (no app id, no secret) or fully on: one without the other is
 * a deployment mistake that would quietly leave everyone on SMS codes and plain QR codes; and a
 * subscribe message with a template id but no fields would be refused by WeChat every time.
 */
@Component
@Profile("prod")
class WechatProductionGuard implements InitializingBean {

  private final WechatProperties properties;

  WechatProductionGuard(WechatProperties properties) {
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() {
    if (properties.halfConfigured()) {
      throw new IllegalStateException("WeChat is half configured: set both WECHAT_APP_ID and WECHAT_APP_SECRET, "
          + "or neither (SMS login and plain QR codes).");
    }
    if (properties.configured()) {
      properties.messages().forEach((name, message) -> {
        if (!WechatProperties.blank(message.templateId()) && message.fields().isEmpty()) {
          throw new IllegalStateException("WeChat subscribe message " + name + " has a template id but no fields: "
              + "set repair.wechat.messages." + name + ".fields");
        }
      });
    }
  }
}
