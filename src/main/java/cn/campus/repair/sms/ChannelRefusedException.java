package cn.campus.repair.sms;

/**
 * A {@link MessageChannel} cannot reach the person (they withdrew their agreement, or unbound): the
 * message goes by SMS instead. {@code code} is the channel's own reason.
 */
public class ChannelRefusedException extends RuntimeException {

  public ChannelRefusedException(String code, String message) {
    super(code + ": " + message);
  }
}
