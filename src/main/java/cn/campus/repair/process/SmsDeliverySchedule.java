package cn.campus.repair.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ${smsDelivery.retryCycle}} in {@code sms-delivery.bpmn}: the retry intervals of a failed
 * send come from {@code repair.sms.retry-cycle}, so operations (and tests) set them without
 * editing the model.
 */
@Component("smsDelivery")
public class SmsDeliverySchedule {

  private final String retryCycle;

  SmsDeliverySchedule(@Value("${repair.sms.retry-cycle}") String retryCycle) {
    this.retryCycle = retryCycle;
  }

  public String getRetryCycle() {
    return retryCycle;
  }
}
