package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.campus.repair.sms.SmsProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProductionGuardTest {

  private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final Users users = mock(Users.class);
  private final SmsProperties tencent = new SmsProperties("tencent", "后勤报修",
      Map.of("LOGIN_CODE", new SmsProperties.Template("123456", "验证码{1}")), null);

  @Test
  void refusesTheDemoPassword() {
    assertThatThrownBy(() -> guard(tencent, "admin123").afterPropertiesSet()).hasMessageContaining("REPAIR_ADMIN_PASSWORD");
    assertThatThrownBy(() -> guard(tencent, "").afterPropertiesSet()).hasMessageContaining("REPAIR_ADMIN_PASSWORD");
  }

  @Test
  void refusesTheLocalOutbox() {
    SmsProperties outbox = new SmsProperties("outbox", "后勤报修", Map.of(), null);
    assertThatThrownBy(() -> guard(outbox, "a-strong-one").afterPropertiesSet()).hasMessageContaining("SMS provider");
  }

  @Test
  void refusesAnAdminWhoStillHasTheDemoPassword() {
    when(users.findByPhone("13800000000")).thenReturn(Optional.of(
        new User("1", "13800000000", "管理员", Role.ADMIN, null, null, List.of(), encoder.encode("admin123"))));
    assertThatThrownBy(() -> guard(tencent, "a-strong-one").afterPropertiesSet()).hasMessageContaining("demo password");
  }

  @Test
  void startsWithARealProviderAndAStrongPassword() {
    when(users.findByPhone("13800000000")).thenReturn(Optional.of(
        new User("1", "13800000000", "管理员", Role.ADMIN, null, null, List.of(), encoder.encode("a-strong-one"))));
    assertThatCode(() -> guard(tencent, "a-strong-one").afterPropertiesSet()).doesNotThrowAnyException();
  }

  private ProductionGuard guard(SmsProperties sms, String password) {
    return new ProductionGuard(users, encoder, sms, "13800000000", password);
  }
}
