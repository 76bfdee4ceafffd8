package cn.campus.repair.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the notices whose time is up, on every node at {@code repair.outages.expiry-interval}. Each
 * notice ends in a transaction of its own through the same conditional update as an admin's close,
 * so with several nodes on one database exactly one of them ends it and texts its followers.
 */
@Component
class NoticeExpiry implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NoticeExpiry.class);

  private final NoticeRows rows;
  private final OutageNotices notices;
  private final TransactionTemplate transaction;
  private final Duration interval;
  private ScheduledExecutorService timer;

  NoticeExpiry(NoticeRows rows, OutageNotices notices, PlatformTransactionManager transactions,
      @Value("${repair.outages.expiry-interval:PT30S}") Duration interval) {
    this.rows = rows;
    this.notices = notices;
    this.transaction = new TransactionTemplate(transactions);
    this.interval = interval;
  }

  /** Ends every notice past its end that nobody has ended; how many this call ended. */
  int endExpired() {
    int ended = 0;
    for (String id : rows.expired(Instant.now())) {
      Boolean mine = transaction.execute(status -> notices.end(id, Notice.EXPIRED));
      if (Boolean.TRUE.equals(mine)) {
        ended++;
      }
    }
    return ended;
  }

  @Override
  public void start() {
    timer = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("outage-expiry-"));
    timer.scheduleWithFixedDelay(() -> {
      try {
        endExpired();
      } catch (RuntimeException failure) {
        log.warn("Ending expired outage notices failed; the next run tries again: {}", failure.toString());
      }
    }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    timer.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return timer != null && !timer.isShutdown();
  }
}
