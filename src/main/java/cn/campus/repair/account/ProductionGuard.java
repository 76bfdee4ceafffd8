package cn.campus.repair.account;

import cn.campus.repair.common.PhoneNumbers;

import cn.campus.repair.sms.SmsProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In production, refuse to start without REPAIR_ADMIN_PASSWORD (a generated password would be
 * printed into production logs and kept on one node's disk only), with the old demo password
 * (configured, or still set on the account), or with the local SMS outbox, which would leave people
 * without their login codes.
 */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

  static final String DEMO_PASSWORD = "admin123";

  private final Users users;
  private final PasswordEncoder passwordEncoder;
  private final SmsProperties sms;
  private final String adminPhone;
  private final String adminPassword;

  ProductionGuard(
      Users users,
      PasswordEncoder passwordEncoder,
      SmsProperties sms,
      @Value("${repair.bootstrap-admin.phone}") String adminPhone,
      @Value("${repair.bootstrap-admin.password:}") String adminPassword) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.sms = sms;
    this.adminPhone = adminPhone;
    this.adminPassword = adminPassword;
  }

  @Override
  public void afterPropertiesSet() {
    if (sms.usesOutbox()) {
      throw new IllegalStateException(
          "The prod profile needs a real SMS provider: set repair.sms.provider=tencent and TENCENT_SMS_* variables.");
    }
    sms.templates().forEach((name, template) -> {
      if (template.tencentId() == null || template.tencentId().isBlank()) {
        throw new IllegalStateException("SMS template " + name + " has no Tencent template id: set repair.sms.templates."
            + name + ".tencent-id");
      }
    });
    if (adminPassword.isBlank() || DEMO_PASSWORD.equals(adminPassword)) {
      throw new IllegalStateException(
          "The prod profile needs the admin password from the environment, and not the demo one: set REPAIR_ADMIN_PASSWORD to a strong password.");
    }
    users.findByPhone(adminPhone)
        .filter(admin -> admin.hasPassword() && passwordEncoder.matches(DEMO_PASSWORD, admin.passwordHash()))
        .ifPresent(admin -> {
          throw new IllegalStateException(
              "Admin " + PhoneNumbers.mask(adminPhone) + " still has the demo password: change it before running with prod.");
        });
  }
}
