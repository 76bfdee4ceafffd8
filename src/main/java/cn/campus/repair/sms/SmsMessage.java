package cn.campus.repair.sms;

import java.util.List;

/**
 * One message: the 11-digit mainland phone, the template's name from configuration (for example
 * {@code LOGIN_CODE}) and the values of its placeholders {1}, {2}, ... in order.
 */
public record SmsMessage(String phone, String template, List<String> params) {

  public SmsMessage {
    params = List.copyOf(params);
  }
}
