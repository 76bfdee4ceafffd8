package cn.campus.repair.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginCodeProperties.class, PasswordAttemptLimits.class, BootstrapAdminProperties.class})
class AccountConfiguration {

  /** Stores {id}hash, so the algorithm can be upgraded later without invalidating passwords. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Phone + password for HTTP Basic on the engine REST API (Camunda Modeler's deploy); a phone
   * locked by wrong passwords is refused before its password is even checked, and so is a
   * deactivated account.
   */
  @Bean
  UserDetailsService userDetailsService(Users users, PasswordAttempts passwordAttempts) {
    return phone -> users.findByPhone(phone)
        .filter(User::hasPassword)
        .map(user -> org.springframework.security.core.userdetails.User.withUsername(user.phone())
            .password(user.passwordHash())
            .authorities(user.role().authority())
            .accountLocked(passwordAttempts.lockedFor(user.phone()).isPresent())
            .disabled(!user.active())
            .build())
        .orElseThrow(() -> new UsernameNotFoundException(Accounts.BAD_CREDENTIALS));
  }
}
