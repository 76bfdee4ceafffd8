package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

class ConcurrentChangeRetryTest {

  private final ConcurrentChangeRetry retry = new ConcurrentChangeRetry();

  @Test
  void actionThatLostARaceRunsAgainAndAnswers() {
    AtomicInteger attempts = new AtomicInteger();
    String answer = retry.run(() -> {
      if (attempts.incrementAndGet() < 3) {
        throw new OptimisticLockingException("the rating timer closed it meanwhile");
      }
      return "answered";
    });
    assertThat(answer).isEqualTo("answered");
    assertThat(attempts).hasValue(3);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> retry.run(() -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("refused");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void givesUpAfterItsAttempts() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(() -> retry.run(() -> {
      attempts.incrementAndGet();
      throw new OptimisticLockingException("always changed");
    })).isInstanceOf(OptimisticLockingException.class);
    assertThat(attempts).hasValue(ConcurrentChangeRetry.ATTEMPTS);
  }
}
