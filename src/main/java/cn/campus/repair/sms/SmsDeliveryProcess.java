package cn.campus.repair.sms;

/** What the code relies on in {@code processes/sms-delivery.bpmn}: a message in trouble, retried. */
public final class SmsDeliveryProcess {

  public static final String KEY = "sms-delivery";
  public static final String VAR_MESSAGE_ID = "smsMessageId";
  public static final String VAR_TEMPLATE = "smsTemplate";
  /** Set by an operator on an instance whose message was left in doubt: send it again. */
  public static final String VAR_RESEND = "smsResend";

  private SmsDeliveryProcess() {}
}
