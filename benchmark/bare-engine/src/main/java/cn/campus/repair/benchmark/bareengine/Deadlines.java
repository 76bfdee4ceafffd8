package cn.campus.repair.benchmark.bareengine;

import java.time.Duration;

/**
 * The arithmetic the model's reminder timers call as {@code ${deadlines.times(deadline, factor)}}:
 * an ISO-8601 duration scaled, in whole seconds. Spelled here again, as the service's
 * {@code process/Deadlines} does it, so that the benchmark does not depend on the product.
 */
public class Deadlines {

  public String times(String duration, double factor) {
    long seconds = Math.max(1, Math.round(Duration.parse(duration).toSeconds() * factor));
    return Duration.ofSeconds(seconds).toString();
  }
}
