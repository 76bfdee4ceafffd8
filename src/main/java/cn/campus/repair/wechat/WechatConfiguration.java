package cn.campus.repair.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * WxJava's mini program client, made only when the app id and secret are set ({@link
 * WechatConfigured}); without it, login is by SMS code and labels carry plain QR codes, as the
 * start-up log says once.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatProperties.class)
class WechatConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WechatConfiguration.class);

  @Bean
  WechatMode wechatMode(WechatProperties properties) {
    if (properties.configured()) {
      log.info("WeChat mini program {}: silent login, phone number button, subscribe messages and mini program "
          + "codes on labels (API at {}).", properties.appId(),
          WechatProperties.blank(properties.apiHost()) ? "api.weixin.qq.com" : properties.apiHost());
    } else if (properties.halfConfigured()) {
      log.warn("WeChat is off: only one of WECHAT_APP_ID and WECHAT_APP_SECRET is set (the prod profile refuses "
          + "to start like this). 微信未启用：登录用短信验证码，标签印普通二维码。");
    } else {
      log.info("WeChat is off (no WECHAT_APP_ID / WECHAT_APP_SECRET): 微信未启用，登录用短信验证码，通知只发短信，"
          + "标签印普通二维码。");
    }
    return new WechatMode(properties.configured());
  }

  @Bean
  @Conditional(WechatConfigured.class)
  WxMaService wxMaService(WechatProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions) {
    SharedAccessToken config = new SharedAccessToken(jdbc, transactions, properties.appId());
    config.setSecret(properties.secret());
    if (!WechatProperties.blank(properties.apiHost())) {
      config.setApiHostUrl(properties.apiHost().replaceAll("/+$", ""));
    }
    WxMaServiceImpl service = new WxMaServiceImpl();
    service.setWxMaConfig(config);
    // WeChat's "system busy" (-1) is retried here briefly; a message still refused goes back to the
    // queue, whose sms-delivery instance retries on the model's schedule.
    service.setMaxRetryTimes(properties.busyRetries());
    service.setRetrySleepMillis((int) properties.busyRetryPause().toMillis());
    return service;
  }

  /** Whether WeChat is on, for the parts that answer either way. */
  record WechatMode(boolean enabled) {}
}
