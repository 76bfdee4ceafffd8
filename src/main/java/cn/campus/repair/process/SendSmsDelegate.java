package cn.campus.repair.process;

import cn.campus.repair.request.RequestNotifications;
import cn.campus.repair.sms.SmsMessage;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A "send SMS" step of the model ({@code ${sendSmsDelegate}} with input parameters {@code
 * smsTemplate} and {@code smsRecipient}). It only queues, in the action's transaction, and
 * {@link SmsDispatcher} sends once that commits: the person's action never waits for or fails with
 * the provider, and a message exists exactly when the step that asked for it happened.
 */
@Component("sendSmsDelegate")
class SendSmsDelegate implements JavaDelegate {

  static final String INPUT_TEMPLATE = "smsTemplate";
  static final String INPUT_RECIPIENT = "smsRecipient";

  private final RequestNotifications notifications;
  private final SmsMessages messages;
  private final SmsDispatcher dispatcher;

  SendSmsDelegate(RequestNotifications notifications, SmsMessages messages, SmsDispatcher dispatcher) {
    this.notifications = notifications;
    this.messages = messages;
    this.dispatcher = dispatcher;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = required(execution, INPUT_TEMPLATE);
    String recipient = required(execution, INPUT_RECIPIENT);
    String requestId = execution.getProcessBusinessKey();
    List<SmsMessage> outgoing = notifications.compose(requestId, template, recipient);
    for (SmsMessage message : outgoing) {
      String eventKey = execution.getActivityInstanceId() + ":" + message.phone();
      messages.queue(eventKey, requestId, message);
    }
    if (!outgoing.isEmpty()) {
      wakeDispatcherAfterCommit();
    }
  }

  private void wakeDispatcherAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      dispatcher.wake();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        dispatcher.wake();
      }
    });
  }

  private static String required(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(
          "Step " + execution.getCurrentActivityId() + " needs the input parameter " + name);
    }
    return text.strip();
  }
}
