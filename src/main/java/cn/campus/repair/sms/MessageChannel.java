package cn.campus.repair.sms;

import java.util.Optional;

/**
 * Another way than SMS to deliver a message of the queue, provided by the feature that talks to it
 * (WeChat subscribe messages). The queue stays one: a message goes through the same claim, retries,
 * incidents and exactly-once bookkeeping whichever channel carries it.
 */
public interface MessageChannel {

  /** The channel's name as the queue stores it (for example {@code WECHAT}); never {@code SMS}. */
  String name();

  /**
   * Where the message's person is reached on this channel instead of by SMS, if they may be now:
   * the address (an openid) or empty for SMS. Runs in the transaction that queues the message, so an
   * allowance it uses up is used exactly when the message is queued.
   */
  Optional<String> route(String requestId, SmsMessage message);

  /**
   * Sends now. Throws {@link SmsDeliveryException} for a failure worth retrying, and {@link
   * ChannelRefusedException} when the person cannot be reached on this channel: the queue then
   * sends the same message by SMS.
   */
  void send(String address, String requestId, SmsMessage message);
}
