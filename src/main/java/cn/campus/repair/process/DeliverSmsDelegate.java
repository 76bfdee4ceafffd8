package cn.campus.repair.process;

import cn.campus.repair.sms.SmsSender;
import cn.campus.repair.web.DatabaseFailures;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code sms-delivery}'s job: sends one queued message. Its outcome is committed in a transaction of
 * its own, right after the provider answers, so that a retry of the job (after a crash or a failed
 * commit) finds the message SENT and does not send it twice. A failure is rethrown so the engine
 * retries on the model's schedule and finally raises an incident in Cockpit.
 *
 * <p>Once the provider has accepted a message, recording that is retried while the database is
 * away (for up to half the job's lock time, before another node could take the job over): giving up
 * would leave the message unmarked and its job would send it again. The one window left is a node
 * dying between the provider's answer and that commit; the job's next run then sends again, since
 * Tencent's {@code SendSms} has no idempotency key to ask it whether the first call arrived.
 */
@Component("deliverSmsDelegate")
class DeliverSmsDelegate implements JavaDelegate {

  private final SmsMessages messages;
  private final SmsSender sender;
  private static final Logger log = LoggerFactory.getLogger(DeliverSmsDelegate.class);
  private static final Duration PAUSE = Duration.ofSeconds(1);

  private final TransactionTemplate ownTransaction;
  private final Duration patience;

  DeliverSmsDelegate(
      SmsMessages messages,
      SmsSender sender,
      PlatformTransactionManager transactions,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis}") long lockTimeMillis) {
    this.messages = messages;
    this.sender = sender;
    this.patience = Duration.ofMillis(lockTimeMillis / 2);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(RepairProcess.VAR_SMS_MESSAGE_ID);
    var message = ownTransaction.execute(status -> messages.claim(id));
    if (message == null || message.isEmpty()) {
      return;
    }
    try {
      sender.send(message.get());
    } catch (RuntimeException failure) {
      ownTransaction.executeWithoutResult(status -> messages.markFailed(id, failure.getMessage()));
      throw failure;
    }
    recordSent(id);
  }

  private void recordSent(String id) {
    Instant giveUp = Instant.now().plus(patience);
    while (true) {
      try {
        ownTransaction.executeWithoutResult(status -> messages.markSent(id));
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
