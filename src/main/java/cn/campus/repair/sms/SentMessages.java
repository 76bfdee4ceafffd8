package cn.campus.repair.sms;

import cn.campus.repair.common.DatabaseFailures;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that the provider accepted a message. Giving up would leave the message in doubt, so the
 * record is retried while the database is away; for half the claim's time only (a job's lock, a
 * dispatcher's lease: the same setting), since after that another node may take the message over.
 * The record commits at once, outside any transaction the caller is in (a job's commits only when
 * the job ends, and a retry of the job must find the message SENT).
 */
@Component
class SentMessages {

  private static final Logger log = LoggerFactory.getLogger(SentMessages.class);
  private static final Duration PAUSE = Duration.ofSeconds(1);

  private final SmsQueue messages;
  private final Duration patience;
  private final TransactionTemplate outsideTransactions;

  SentMessages(
      SmsQueue messages,
      PlatformTransactionManager transactions,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis}") long lockTimeMillis) {
    this.messages = messages;
    this.patience = Duration.ofMillis(lockTimeMillis / 2);
    this.outsideTransactions = new TransactionTemplate(transactions);
    this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
  }

  void record(String id) {
    Instant giveUp = Instant.now().plus(patience);
    while (true) {
      try {
        outsideTransactions.executeWithoutResult(status -> messages.markSent(id));
        return;
      } catch (RuntimeException failure) {
        if (!DatabaseFailures.isUnavailable(failure) || Instant.now().isAfter(giveUp)) {
          throw failure;
        }
        log.warn("SMS {} was sent but the database is away; recording it again in {}", id, PAUSE);
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while recording a sent SMS", e);
    }
  }
}
