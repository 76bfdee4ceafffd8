package cn.campus.repair.account;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.RawHttp;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The per-address limit on login codes counts the address the connection comes from. A client
 * cannot choose another by sending X-Forwarded-For: only proxies the configuration names are
 * believed (none by default).
 */
class ClientAddressTest extends IntegrationTest {

  @Autowired
  private LoginCodeProperties limits;

  @Test
  void aForgedForwardedForDoesNotChangeTheAddressTheLimitCounts() {
    RawHttp client = new RawHttp(port).from(randomAddress());
    for (int i = 0; i < limits.perAddressPerHour(); i++) {
      expect(202, sendCode(client));
    }
    ApiResponse limited = assertProblem(429, sendCode(client));
    assertThat(limited.headers().getFirst("Retry-After")).isNotBlank();
  }

  private static ApiResponse sendCode(RawHttp client) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    String forged = "203.0.113." + r.nextInt(1, 255) + ", 198.51.100." + r.nextInt(1, 255);
    return client.json("POST", "/api/auth/sms-code", null, Map.of("phone", newPhone()), Map.of("X-Forwarded-For", forged));
  }
}
