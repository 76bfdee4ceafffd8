package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class BcryptSha256PasswordEncoderTest {

  private final PasswordEncoder encoder = new AccountConfiguration().passwordEncoder();

  @Test
  void everyCharacterOfALongPasswordCounts() {
    String long64 = "密".repeat(63) + "码";
    String hash = encoder.encode(long64);
    assertThat(hash).startsWith("{bcrypt-sha256}$2b$10$");
    assertThat(encoder.matches(long64, hash)).isTrue();
    assertThat(encoder.matches("密".repeat(64), hash)).isFalse();
    assertThat(encoder.matches(long64.substring(0, 24), hash)).isFalse();
  }

  @Test
  void eachHashHasItsOwnSalt() {
    assertThat(encoder.encode("same-password")).isNotEqualTo(encoder.encode("same-password"));
  }

  @Test
  void plainBcryptHashesStillVerifyAndAskToBeReplaced() {
    String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("old-password");
    assertThat(encoder.matches("old-password", legacy)).isTrue();
    assertThat(encoder.matches("密".repeat(30), legacy)).isFalse();
    assertThat(encoder.upgradeEncoding(legacy)).isTrue();
    assertThat(encoder.upgradeEncoding(encoder.encode("old-password"))).isFalse();
  }

  @Test
  void aDamagedHashMatchesNothing() {
    assertThat(encoder.matches("anything", "{bcrypt-sha256}not-a-hash")).isFalse();
    assertThat(encoder.matches("anything", "{bcrypt-sha256}")).isFalse();
  }
}
