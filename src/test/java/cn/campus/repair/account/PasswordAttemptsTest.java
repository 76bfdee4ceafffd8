package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Wrong passwords for one phone arriving at once, as from a scripted guesser on several nodes. */
class PasswordAttemptsTest extends IntegrationTest {

  @Autowired
  private PasswordAttempts attempts;

  @Autowired
  private PasswordAttemptLimits limits;

  @Test
  void simultaneousFirstFailuresAllCountAndLockThePhone() throws Exception {
    for (int round = 0; round < 5; round++) {
      String phone = newPhone();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService guessers = Executors.newFixedThreadPool(limits.maxFailures());
      try {
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < limits.maxFailures(); i++) {
          guesses.add(guessers.submit(() -> {
            start.await();
            attempts.failed(phone);
            return null;
          }));
        }
        start.countDown();
        for (Future<?> guess : guesses) {
          guess.get();
        }
      } finally {
        guessers.shutdown();
      }
      assertThat(attempts.lockedFor(phone)).as("phone %s after %d simultaneous failures", phone, limits.maxFailures())
          .isPresent();
    }
  }
}
