package cn.campus.repair.process;

import cn.campus.repair.request.RequestNotifications;
import cn.campus.repair.sms.SmsMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A "send SMS" step of the model ({@code ${sendSmsDelegate}} with input parameters {@code
 * smsTemplate} and {@code smsRecipient}). It only queues: each message becomes its own small
 * {@code sms-delivery} instance whose job sends it later. The person's action therefore never waits
 * for or fails with the provider, and the delivery job never touches (or collides with) the
 * request's own process instance.
 */
@Component("sendSmsDelegate")
class SendSmsDelegate implements JavaDelegate {

  static final String INPUT_TEMPLATE = "smsTemplate";
  static final String INPUT_RECIPIENT = "smsRecipient";

  private final RequestNotifications notifications;
  private final SmsMessages messages;
  private final RuntimeService runtimeService;

  SendSmsDelegate(RequestNotifications notifications, SmsMessages messages, RuntimeService runtimeService) {
    this.notifications = notifications;
    this.messages = messages;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = required(execution, INPUT_TEMPLATE);
    String recipient = required(execution, INPUT_RECIPIENT);
    String requestId = execution.getProcessBusinessKey();
    List<SmsMessage> outgoing = notifications.compose(requestId, template, recipient);
    for (SmsMessage message : outgoing) {
      String eventKey = execution.getActivityInstanceId() + ":" + message.phone();
      String messageId = messages.queue(eventKey, message);
      runtimeService.startProcessInstanceByKey(
          RepairProcess.SMS_PROCESS_KEY,
          requestId,
          Map.of(RepairProcess.VAR_SMS_MESSAGE_ID, messageId, "smsTemplate", template));
    }
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
