package cn.campus.repair.request;

import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a person's action again, in a fresh transaction, when the engine finds that the process
 * instance changed under it. Our own actions never collide (each locks the request's row first),
 * but the engine's jobs and Tasklist do not take that lock: the rating timer may close a request
 * while its requester rates it. The new attempt sees the other change and answers for the state
 * the request is now in, so an OptimisticLockingException never reaches a person.
 */
@Component
class ConcurrentChangeRetry {

  static final int ATTEMPTS = 4;

  private final RetryTemplate retry = RetryTemplate.builder()
      .maxAttempts(ATTEMPTS)
      .uniformRandomBackoff(10, 100)
      .retryOn(OptimisticLockingException.class)
      .build();

  <T> T run(Supplier<T> action) {
    return retry.execute(context -> action.get());
  }
}
