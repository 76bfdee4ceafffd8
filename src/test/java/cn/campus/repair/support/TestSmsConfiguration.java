package cn.campus.repair.support;

import cn.campus.repair.sms.SmsOutbox;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSmsConfiguration {

  @Bean
  @Primary
  SwitchableSmsSender switchableSmsSender(SmsOutbox outbox) {
    return new SwitchableSmsSender(outbox);
  }
}
