package cn.campus.repair.benchmark.bareengine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Threads that each walk one lifecycle after another until a phase's time is up. */
@Component
class Clients {

  private static final Logger log = LoggerFactory.getLogger(Clients.class);

  private final Lifecycle lifecycle;

  Clients(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  /**
   * Counts the lifecycles started before the deadline (each finishes, even after it) over the phase's
   * length: Gatling counts our API's phases the same way, so both sides' figures mean the same.
   */
  PhaseResult drive(int threads, Duration duration) throws InterruptedException, ExecutionException {
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long startedAt = System.currentTimeMillis();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        clients.add(pool.submit(() -> {
          while (System.nanoTime() < deadline) {
            try {
              lifecycle.walk();
              done.incrementAndGet();
            } catch (RuntimeException e) {
              if (failed.getAndIncrement() == 0) {
                log.warn("A lifecycle failed (later failures are only counted)", e);
              }
            }
          }
        }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdown();
    }
    return new PhaseResult(threads, duration.toMillis() / 1000.0, done.get(), failed.get(), startedAt,
        System.currentTimeMillis());
  }
}
