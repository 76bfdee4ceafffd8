package cn.campus.repair.sms;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the rest of the service sends a text message about a request: it is queued in the caller's
 * transaction and sent by {@link SmsDispatcher} once that commits, so a person's action never waits
 * for or fails with the provider, and a message exists exactly when the change that asked for it
 * happened.
 */
@Component
public class OutgoingSms {

  private final SmsQueue queue;
  private final SmsDispatcher dispatcher;
  private final Channels channels;

  OutgoingSms(SmsQueue queue, SmsDispatcher dispatcher, Channels channels) {
    this.queue = queue;
    this.dispatcher = dispatcher;
    this.channels = channels;
  }

  /**
   * Queues {@code message}; {@code eventKey} names the event that caused it (one message per event
   * and phone). It goes on another channel than SMS when one takes it (a WeChat subscribe message
   * the person agreed to), by SMS otherwise.
   */
  public void send(String eventKey, String requestId, SmsMessage message) {
    channels.route(requestId, message).ifPresentOrElse(
        route -> queue.queue(eventKey, requestId, message, route.getKey(), route.getValue()),
        () -> queue.queue(eventKey, requestId, message));
    wakeDispatcherAfterCommit();
  }

  /** Queues {@code message} as a text message, whatever other channel might take it. */
  public void sendBySms(String eventKey, String requestId, SmsMessage message) {
    queue.queue(eventKey, requestId, message);
    wakeDispatcherAfterCommit();
  }

  private void wakeDispatcherAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      dispatcher.wake();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        dispatcher.wake();
      }
    });
  }
}
