package cn.campus.repair.sms;

/** Sends through Tencent Cloud SMS ({@code SendSms}); written in the next step. */
public class TencentSmsSender implements SmsSender {

  private final SmsProperties properties;

  TencentSmsSender(SmsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void send(SmsMessage message) {
    throw new SmsDeliveryException("NotImplemented", "Tencent sender is not written yet " + properties.signName());
  }
}
