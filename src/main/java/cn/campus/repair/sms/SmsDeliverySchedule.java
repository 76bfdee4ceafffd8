package cn.campus.repair.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ${smsDelivery.retryCycle(smsMessageId)}} in {@code sms-delivery.bpmn}: when a failed send
 * is tried again. The intervals come from {@code repair.sms.retry-cycle}, so operations (and tests)
 * set them without editing the model; a message left in doubt gets no automatic retry at all, so
 * its incident appears at once.
 */
@Component("smsDelivery")
public class SmsDeliverySchedule {

  private static final String NO_RETRY = "R1/PT1S";

  private final String retryCycle;
  private final SmsQueue messages;

  SmsDeliverySchedule(@Value("${repair.sms.retry-cycle}") String retryCycle, SmsQueue messages) {
    this.retryCycle = retryCycle;
    this.messages = messages;
  }

  public String retryCycle(String messageId) {
    boolean inDoubt = messages.status(messageId).filter("UNCERTAIN"::equals).isPresent();
    return inDoubt ? NO_RETRY : retryCycle;
  }
}
