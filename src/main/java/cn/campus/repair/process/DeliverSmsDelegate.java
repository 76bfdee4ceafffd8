package cn.campus.repair.process;

import cn.campus.repair.sms.SmsSender;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code sms-delivery}'s job: sends one queued message. Its outcome is committed in a transaction of
 * its own, right after the provider answers, so that a retry of the job (after a crash or a failed
 * commit) finds the message SENT and does not send it twice. A failure is rethrown so the engine
 * retries on the model's schedule and finally raises an incident in Cockpit.
 */
@Component("deliverSmsDelegate")
class DeliverSmsDelegate implements JavaDelegate {

  private final SmsMessages messages;
  private final SmsSender sender;
  private final TransactionTemplate ownTransaction;

  DeliverSmsDelegate(SmsMessages messages, SmsSender sender, PlatformTransactionManager transactions) {
    this.messages = messages;
    this.sender = sender;
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
    ownTransaction.executeWithoutResult(status -> messages.markSent(id));
  }
}
