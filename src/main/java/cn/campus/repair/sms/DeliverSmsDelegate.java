package cn.campus.repair.sms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code sms-delivery}'s job: tries again a message the dispatcher could not send. Its outcome is
 * committed in a transaction of its own, right after the provider answers, so that a retry of the
 * job (after a crash or a failed commit) finds the message SENT and does not send it twice. A
 * failure is rethrown so the engine retries on the model's schedule and finally raises an incident
 * in Cockpit.
 *
 * <p>A node dying while it sends leaves the message in doubt: Tencent's {@code SendSms} has no
 * idempotency key, so nobody can ask it whether that call arrived. Such a message is never sent
 * again by itself; it becomes an incident for an operator.
 */
@Component("deliverSmsDelegate")
class DeliverSmsDelegate implements JavaDelegate {

  static final String UNCERTAIN = "UncertainDelivery";

  private final SmsQueue messages;
  private final SentMessages sent;
  private final Channels sender;
  private final TransactionTemplate ownTransaction;

  DeliverSmsDelegate(SmsQueue messages, SentMessages sent, Channels sender, PlatformTransactionManager transactions) {
    this.messages = messages;
    this.sent = sent;
    this.sender = sender;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(SmsDeliveryProcess.VAR_MESSAGE_ID);
    boolean resendInDoubt = Boolean.TRUE.equals(execution.getVariable(SmsDeliveryProcess.VAR_RESEND));
    var message = ownTransaction.execute(status -> messages.claim(id, resendInDoubt));
    if (message == null || message.isEmpty()) {
      leaveAlone(id);
      return;
    }
    try {
      sender.send(message.get());
    } catch (ChannelRefusedException refused) {
      // Sent as the SMS it falls back to, by this same job, which claims the row anew.
      ownTransaction.executeWithoutResult(status -> messages.jobFallsBackToSms(id, refused.getMessage()));
      execute(execution);
      return;
    } catch (RuntimeException failure) {
      ownTransaction.executeWithoutResult(status -> messages.markFailed(id, failure.getMessage()));
      throw failure;
    }
    sent.record(id);
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
        + "未送达则给本实例加布尔变量 " + SmsDeliveryProcess.VAR_RESEND + " = true 后重试；已送达则取消本实例。");
  }
}
