package cn.campus.repair.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

  @Bean
  @ConditionalOnProperty(name = "repair.sms.provider", havingValue = "outbox", matchIfMissing = true)
  SmsOutbox smsOutbox(JdbcClient jdbc, SmsProperties properties) {
    return new SmsOutbox(jdbc, properties);
  }

  @Bean
  @ConditionalOnProperty(name = "repair.sms.provider", havingValue = "tencent")
  TencentSmsSender tencentSmsSender(SmsProperties properties) {
    return new TencentSmsSender(properties);
  }
}
