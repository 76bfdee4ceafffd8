package cn.campus.repair.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator watches besides the JVM and HTTP: requests per status, text messages per state
 * of their delivery (queued, sending, sent, failed, in doubt), open Camunda incidents and the jobs
 * due but not yet run. Counting them costs a few grouped counts on indexed columns; they are read
 * at most once per {@link #MAX_AGE} however often and from however many scrapers, and a database
 * that does not answer leaves the last figures (the health endpoint reports the database itself).
 */
@Component
class ServiceMetrics implements MeterBinder {

  static final Duration MAX_AGE = Duration.ofSeconds(15);
  private static final List<String> SMS_STATES = List.of("PENDING", "SENDING", "SENT", "FAILED", "UNCERTAIN");
  private static final Logger log = LoggerFactory.getLogger(ServiceMetrics.class);

  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final Clock clock;
  private final Set<String> registeredStatuses = new HashSet<>();
  private MeterRegistry registry;
  private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of(), Map.of(), Double.NaN, Double.NaN);

  ServiceMetrics(JdbcClient jdbc, @Lazy RuntimeService runtime, @Lazy ManagementService management) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.management = management;
    this.clock = Clock.systemUTC();
  }

  private record Snapshot(Instant at, Map<String, Long> requests, Map<String, Long> sms, double incidents,
      double jobs) {}

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    for (String state : SMS_STATES) {
      Gauge.builder("repair.sms.messages", this, metrics -> metrics.current().sms.getOrDefault(state, 0L))
          .tag("status", state).description("Text messages by state of delivery (PENDING = queued)")
          .register(registry);
    }
    Gauge.builder("repair.incidents.open", this, metrics -> metrics.current().incidents)
        .description("Open Camunda incidents (a message or job that ran out of retries)").register(registry);
    Gauge.builder("repair.jobs.due", this, metrics -> metrics.current().jobs)
        .description("Camunda jobs due now and not yet run (timers, retries)").register(registry);
  }

  /** Gauges for the statuses of requests the tables hold, once the database can be read. */
  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    current();
  }

  private Snapshot current() {
    Snapshot now = snapshot;
    if (now.at.plus(MAX_AGE).isAfter(clock.instant())) {
      return now;
    }
    synchronized (this) {
      if (snapshot != now) {
        return snapshot;
      }
      try {
        snapshot = read();
        registerStatuses(snapshot.requests.keySet());
      } catch (RuntimeException e) {
        log.debug("Service metrics not refreshed: {}", e.toString());
        snapshot = new Snapshot(clock.instant(), now.requests, now.sms, now.incidents, now.jobs);
      }
      return snapshot;
    }
  }

  private Snapshot read() {
    Map<String, Long> requests = new HashMap<>();
    jdbc.sql("SELECT status, COUNT(*) AS n FROM repair_request GROUP BY status")
        .query(rs -> {
          requests.put(rs.getString("status"), rs.getLong("n"));
        });
    Map<String, Long> sms = new HashMap<>();
    jdbc.sql("SELECT status, COUNT(*) AS n FROM sms_message GROUP BY status")
        .query(rs -> {
          sms.put(rs.getString("status"), rs.getLong("n"));
        });
    return new Snapshot(clock.instant(), requests, sms, runtime.createIncidentQuery().count(),
        management.createJobQuery().executable().count());
  }

  private void registerStatuses(Set<String> statuses) {
    if (registry == null) {
      return;
    }
    for (String status : statuses) {
      if (registeredStatuses.add(status)) {
        Gauge.builder("repair.requests", this, metrics -> metrics.current().requests.getOrDefault(status, 0L))
            .tag("status", status).description("Repair requests by status").register(registry);
      }
    }
  }
}
