package cn.campus.repair.notification;

import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.sms.OutgoingSms;
import cn.campus.repair.sms.SmsMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A "send SMS" step of the model ({@code ${sendSmsDelegate}} with input parameters {@code
 * smsTemplate} and {@code smsRecipient}): composes what the step says about the request and to whom,
 * and queues it in the action's transaction. With {@code smsChannel} = {@code sms} it is a text
 * message whatever the person agreed to; without it, or with {@code auto}, a WeChat subscribe
 * message goes instead where the person allowed one.
 */
@Component("sendSmsDelegate")
class SendSmsDelegate implements JavaDelegate {

  static final String INPUT_TEMPLATE = "smsTemplate";
  static final String INPUT_RECIPIENT = "smsRecipient";

  private final RequestNotifications notifications;
  private final OutgoingSms sms;

  SendSmsDelegate(RequestNotifications notifications, OutgoingSms sms) {
    this.notifications = notifications;
    this.sms = sms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = required(execution, INPUT_TEMPLATE);
    String recipient = required(execution, INPUT_RECIPIENT);
    boolean smsOnly = smsOnly(execution);
    String requestId = execution.getProcessBusinessKey();
    for (SmsMessage message : notifications.compose(requestId, template, recipient)) {
      String eventKey = execution.getActivityInstanceId() + ":" + message.phone();
      if (smsOnly) {
        sms.sendBySms(eventKey, requestId, message);
      } else {
        sms.send(eventKey, requestId, message);
      }
    }
  }

  private static boolean smsOnly(DelegateExecution execution) {
    // The contract guard lets only auto and sms through: a model that says anything else is not deployed.
    return "sms".equals(execution.getVariableLocal(RepairProcess.INPUT_SMS_CHANNEL));
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
