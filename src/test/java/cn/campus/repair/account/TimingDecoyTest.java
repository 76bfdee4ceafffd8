package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class TimingDecoyTest {

  private final PasswordEncoder encoder = new AccountConfiguration().passwordEncoder();

  @Test
  void decoyIsHashedLikeARealPasswordSoCheckingItTakesAsLong() {
    String fresh = encoder.encode("a real password");
    // {id}$version$strength$: same algorithm and cost as the hashes the encoder makes today
    String settings = fresh.substring(0, fresh.lastIndexOf('$') + 1);
    assertThat(Accounts.TIMING_DECOY_HASH).startsWith(settings);
    assertThat(encoder.upgradeEncoding(Accounts.TIMING_DECOY_HASH)).isFalse();
    assertThat(encoder.matches("timing-decoy", Accounts.TIMING_DECOY_HASH)).isFalse();
  }
}
