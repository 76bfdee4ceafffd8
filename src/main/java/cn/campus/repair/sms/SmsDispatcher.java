package cn.campus.repair.sms;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the process's text messages from every node, straight from {@code sms_message}: a node
 * claims a waiting message (one conditional update, so only one node gets it), sends it and records
 * it SENT. That is three statements per message where a process instance with an asynchronous job
 * was some sixty, and the common case needs nothing more.
 *
 * <p>A message in trouble becomes an {@code sms-delivery} instance, so operators see it in Cockpit
 * as before: one the provider refused, in the same transaction that marks it FAILED (its job then
 * retries on the model's schedule, and an incident follows the last try); and one whose node stopped
 * while sending it, once the claim is older than the lease (the job lock time), as UNCERTAIN, which
 * is never sent again without an operator (Tencent's SendSms has no idempotency key).
 *
 * <p>A message on another channel (a WeChat subscribe message) goes the same way; one the channel
 * refuses waits again as its SMS.
 *
 * <p>It wakes when a transaction that queued messages commits, and polls for the rest (messages
 * queued on other nodes, abandoned claims).
 */
@Component
class SmsDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SmsDispatcher.class);
  private static final int BATCH_PER_SENDER = 8;

  private final SmsQueue messages;
  private final SentMessages sent;
  private final Channels sender;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final int senders;
  private final Duration pollInterval;
  private final Duration lease;
  private final String node = ManagementFactory.getRuntimeMXBean().getName();
  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private Thread loop;
  private ExecutorService sending;
  private Instant nextAbandonedCheck = Instant.MIN;

  SmsDispatcher(
      SmsQueue messages,
      SentMessages sent,
      Channels sender,
      RuntimeService runtimeService,
      PlatformTransactionManager transactions,
      @Value("${repair.sms.senders}") int senders,
      @Value("${repair.sms.poll-interval}") Duration pollInterval,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis}") long lockTimeMillis) {
    this.messages = messages;
    this.sent = sent;
    this.sender = sender;
    this.runtimeService = runtimeService;
    this.transaction = new TransactionTemplate(transactions);
    this.senders = senders;
    this.pollInterval = pollInterval;
    this.lease = Duration.ofMillis(lockTimeMillis);
  }

  /** Messages were queued and committed: look now rather than at the next poll. */
  void wake() {
    wakeUp.release();
  }

  @Override
  public void start() {
    running = true;
    sending = Executors.newFixedThreadPool(senders, new CustomizableThreadFactory("sms-sender-"));
    loop = new Thread(this::dispatch, "sms-dispatcher");
    loop.setDaemon(true);
    loop.start();
  }

  /** Lets the messages in hand be sent and recorded, then stops. */
  @Override
  public void stop() {
    running = false;
    wake();
    try {
      loop.join(lease.toMillis() / 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sending.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void dispatch() {
    int batchSize = senders * BATCH_PER_SENDER;
    while (running) {
      try {
        takeOverAbandonedClaims();
        List<SmsQueue.Queued> batch = messages.waiting(batchSize);
        sendAll(batch);
        if (batch.size() < batchSize) {
          wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
          wakeUp.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException failure) {
        log.warn("SMS dispatch paused for {}: {}", pollInterval, failure.toString());
        pause();
      }
    }
  }

  private void sendAll(List<SmsQueue.Queued> batch) throws InterruptedException {
    List<Future<?>> inFlight = batch.stream()
        .<Future<?>>map(queued -> sending.submit(() -> deliver(queued)))
        .toList();
    for (Future<?> delivery : inFlight) {
      try {
        delivery.get();
      } catch (ExecutionException failure) {
        log.warn("SMS delivery failed and is left to the abandoned-claim check", failure.getCause());
      }
    }
  }

  private void deliver(SmsQueue.Queued queued) {
    if (!messages.claimWaiting(queued.id(), node)) {
      return;
    }
    try {
      sender.send(queued);
    } catch (ChannelRefusedException refused) {
      if (messages.fallBackToSms(queued.id(), node, refused.getMessage())) {
        wake();
      }
      return;
    } catch (RuntimeException failed) {
      handOver(queued, failed);
      return;
    }
    sent.record(queued.id());
  }

  private void handOver(SmsQueue.Queued queued, RuntimeException refused) {
    transaction.executeWithoutResult(status -> {
      if (messages.markClaimFailed(queued.id(), node, refused.getMessage())) {
        startDelivery(queued);
      }
    });
  }

  private void takeOverAbandonedClaims() {
    Instant now = Instant.now();
    if (now.isBefore(nextAbandonedCheck)) {
      return;
    }
    nextAbandonedCheck = now.plus(pollInterval);
    Instant cutoff = now.minus(lease);
    for (SmsQueue.Queued abandoned : messages.abandonedClaims(cutoff)) {
      transaction.executeWithoutResult(status -> {
        if (messages.markAbandoned(abandoned.id(), cutoff)) {
          log.warn("SMS {} was being sent by a node that stopped; it may have arrived: an incident for an operator",
              abandoned.id());
          startDelivery(abandoned);
        }
      });
    }
  }

  private void startDelivery(SmsQueue.Queued queued) {
    runtimeService.startProcessInstanceByKey(SmsDeliveryProcess.KEY, queued.requestId(), Map.of(
        SmsDeliveryProcess.VAR_MESSAGE_ID, queued.id(),
        SmsDeliveryProcess.VAR_TEMPLATE, queued.message().template()));
  }

  private void pause() {
    try {
      Thread.sleep(pollInterval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
