package cn.campus.repair.account;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginCodeProperties.class, PasswordAttemptLimits.class, BootstrapAdminProperties.class})
class AccountConfiguration {

  /**
   * Stores {id}hash, so the algorithm can change without invalidating passwords. New hashes are
   * {@link BcryptSha256PasswordEncoder}'s, which take any password; the plain {@code {bcrypt}}
   * hashes made before still verify, and are replaced at the next password login.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(BcryptSha256PasswordEncoder.ID, Map.of(
        BcryptSha256PasswordEncoder.ID, new BcryptSha256PasswordEncoder(),
        "bcrypt", new BCryptPasswordEncoder()));
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
