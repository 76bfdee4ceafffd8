package cn.campus.repair.process;

import cn.campus.repair.sms.SmsDeliveryException;
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
 * away, since giving up would leave the message in doubt; for half the job's lock time only, as the
 * job must end before its lock expires or another node would run it too. A node dying while it
 * sends leaves the message in doubt as well: Tencent's {@code SendSms} has no idempotency key, so
 * nobody can ask it whether that call arrived. Such a message is never sent again by itself; it
 * becomes an incident for an operator.
 */
@Component("deliverSmsDelegate")
class DeliverSmsDelegate implements JavaDelegate {

  private static final String UNCERTAIN = "UncertainDelivery";
  private static final Logger log = LoggerFactory.getLogger(DeliverSmsDelegate.class);
  private static final Duration PAUSE = Duration.ofSeconds(1);

  private final SmsMessages messages;
  private final SmsSender sender;
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
    boolean resendInDoubt = Boolean.TRUE.equals(execution.getVariable(RepairProcess.VAR_SMS_RESEND));
    var message = ownTransaction.execute(status -> messages.claim(id, resendInDoubt));
    if (message == null || message.isEmpty()) {
      leaveAlone(id);
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

  /**
   * A message not to send: delivered already (the job is being rerun), or in doubt. A message found
   * SENDING was handed to the provider by a node that stopped before recording the answer; it may
   * have arrived, and sending it again could make it arrive twice. It fails as UNCERTAIN, with no
   * automatic retry (see {@link SmsDeliverySchedule}), so an operator decides in Cockpit.
   */
  private void leaveAlone(String id) {
    String status = ownTransaction.execute(s -> messages.status(id).orElse(null));
    if (status == null || "SENT".equals(status)) {
      return;
    }
    ownTransaction.executeWithoutResult(s -> messages.markUncertain(id));
    throw new SmsDeliveryException(UNCERTAIN, "发送途中节点中断，无法确认短信是否已送达。请在腾讯云短信控制台核实："
        + "未送达则给本实例加布尔变量 " + RepairProcess.VAR_SMS_RESEND + " = true 后重试；已送达则取消本实例。");
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
