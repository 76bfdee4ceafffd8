package cn.campus.repair.account;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code repair.bootstrap-admin.*}: the first admin's phone and name; its password
 * ({@code REPAIR_ADMIN_PASSWORD}; empty: a random one is generated and kept in {@code passwordFile});
 * and {@code resetPassword}, which applies that password to an admin who exists already.
 */
@ConfigurationProperties("repair.bootstrap-admin")
record BootstrapAdminProperties(String phone, String name, String password, Path passwordFile, boolean resetPassword) {

  BootstrapAdminProperties {
    password = password == null ? "" : password;
  }

  boolean generatesPassword() {
    return password.isEmpty();
  }
}
