package cn.campus.repair.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one SMS sender of {@code repair.sms.provider}, named in the start-up log. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

  @Bean
  @ConditionalOnProperty(name = "repair.sms.provider", havingValue = "outbox", matchIfMissing = true)
  SmsOutbox smsOutbox(JdbcClient jdbc, SmsProperties properties) {
    log.info("SMS mode: local outbox. 短信不会真正发出 / no text message is sent: messages are kept in the local "
        + "outbox, readable by admins at GET /api/dev/sms?phone=... (repair.sms.provider=tencent sends them).");
    return new SmsOutbox(jdbc, properties);
  }

  @Bean
  @ConditionalOnProperty(name = "repair.sms.provider", havingValue = "tencent")
  TencentSmsSender tencentSmsSender(SmsProperties properties) {
    SmsProperties.Tencent tencent = properties.tencent();
    log.info("SMS mode: Tencent Cloud SMS, SdkAppId {}, region {}, endpoint {}, sign name {}.",
        tencent.sdkAppId(), tencent.region(), tencent.endpoint(), properties.signName());
    return new TencentSmsSender(properties);
  }
}
