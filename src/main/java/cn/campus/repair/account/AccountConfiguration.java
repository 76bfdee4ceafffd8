package cn.campus.repair.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginCodeProperties.class)
class AccountConfiguration {

  /** Stores {id}hash, so the algorithm can be upgraded later without invalidating passwords. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /** Phone + password for HTTP Basic on the engine REST API (Camunda Modeler's deploy). */
  @Bean
  UserDetailsService userDetailsService(Users users) {
    return phone -> users.findByPhone(phone)
        .filter(User::hasPassword)
        .map(user -> org.springframework.security.core.userdetails.User.withUsername(user.phone())
            .password(user.passwordHash())
            .authorities(user.role().authority())
            .build())
        .orElseThrow(() -> new UsernameNotFoundException(Accounts.BAD_CREDENTIALS));
  }
}
