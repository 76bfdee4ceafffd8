package cn.campus.repair.sms;

/** Sends one text message now; throws {@link SmsDeliveryException} when it was not accepted. */
public interface SmsSender {

  void send(SmsMessage message);
}
