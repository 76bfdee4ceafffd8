package cn.campus.repair.sms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The ways a queued message can go: SMS always, and each {@link MessageChannel} a feature provides
 * (none unless WeChat is configured). Used by the dispatcher and by sms-delivery jobs alike.
 */
@Component
class Channels {

  private final SmsSender sms;
  private final Map<String, MessageChannel> others;

  Channels(SmsSender sms, List<MessageChannel> channels) {
    this.sms = sms;
    this.others = channels.stream().collect(Collectors.toUnmodifiableMap(MessageChannel::name, Function.identity()));
  }

  /** The first channel that takes the message instead of SMS, with the address it gave. */
  Optional<Map.Entry<String, String>> route(String requestId, SmsMessage message) {
    for (MessageChannel channel : others.values()) {
      Optional<String> address = channel.route(requestId, message);
      if (address.isPresent()) {
        return Optional.of(Map.entry(channel.name(), address.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Sends on the message's channel. A channel that is no longer configured (WeChat switched off
   * while its messages waited) refuses, so they go by SMS.
   */
  void send(SmsQueue.Queued queued) {
    if (queued.bySms()) {
      sms.send(queued.message());
      return;
    }
    MessageChannel channel = others.get(queued.channel());
    if (channel == null) {
      throw new ChannelRefusedException("NO_CHANNEL", queued.channel() + " is not configured on this node");
    }
    channel.send(queued.address(), queued.requestId(), queued.message());
  }
}
