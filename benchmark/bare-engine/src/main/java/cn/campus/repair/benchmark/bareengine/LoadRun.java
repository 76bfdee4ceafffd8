package cn.campus.repair.benchmark.bareengine;

import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The run: an unmeasured warm-up, so that the measured phases find the JIT's work done as our API's
 * do (Gatling warms it up the same way), then one measured phase per thread count, each printed as a
 * result line on standard output.
 */
@Component
class LoadRun {

  private static final Logger log = LoggerFactory.getLogger(LoadRun.class);

  private final Clients clients;
  private final LoadSettings settings;

  LoadRun(Clients clients, LoadSettings settings) {
    this.clients = clients;
    this.settings = settings;
  }

  void run() throws InterruptedException, ExecutionException {
    if (!settings.warmUp().isZero()) {
      PhaseResult warmUp = clients.drive(settings.warmUpThreads(), settings.warmUp());
      log.info("Warm-up (not measured): {}", warmUp.line());
    }
    for (int threads : settings.threads()) {
      System.out.println(clients.drive(threads, settings.duration()).line());
    }
  }
}
