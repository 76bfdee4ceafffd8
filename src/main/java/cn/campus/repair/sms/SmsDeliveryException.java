package cn.campus.repair.sms;

/** The provider did not accept a message; {@code code} is the provider's own reason. */
public class SmsDeliveryException extends RuntimeException {

  private final String code;

  public SmsDeliveryException(String code, String message) {
    super(code + ": " + message);
    this.code = code;
  }

  public SmsDeliveryException(String code, String message, Throwable cause) {
    super(code + ": " + message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
