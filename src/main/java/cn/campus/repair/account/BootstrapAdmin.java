package cn.campus.repair.account;

import cn.campus.repair.common.PhoneNumbers;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure the first admin exists, so a new installation can be logged into at all. Only creates;
 * it never resets a password someone has since changed.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final Users users;
  private final PasswordEncoder passwordEncoder;
  private final String phone;
  private final String password;
  private final String name;

  BootstrapAdmin(
      Users users,
      PasswordEncoder passwordEncoder,
      @Value("${repair.bootstrap-admin.phone}") String phone,
      @Value("${repair.bootstrap-admin.password}") String password,
      @Value("${repair.bootstrap-admin.name}") String name) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.phone = phone;
    this.password = password;
    this.name = name;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.findByPhone(phone).isPresent()) {
      log.info("Admin account {} is ready.", PhoneNumbers.mask(phone));
      return;
    }
    try {
      User admin = users.create(phone, name, Role.ADMIN, List.of());
      users.updatePasswordHash(admin.id(), passwordEncoder.encode(password));
      log.warn("Created the first admin: phone {} password {} (change it after logging in).", phone, password);
    } catch (DuplicateKeyException anotherNodeCreatedIt) {
      log.info("Admin account {} was created by another node.", PhoneNumbers.mask(phone));
    }
  }
}
