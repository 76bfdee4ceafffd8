package cn.campus.repair.process;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Arithmetic on the service level's ISO-8601 durations for the model's timer expressions, which
 * cannot compute by themselves: the reminder before a deadline is {@code
 * ${deadlines.times(reviewDeadline, 0.75)}}, three quarters of the way to it.
 */
@Component("deadlines")
public class Deadlines {

  /**
   * {@code duration} scaled by {@code factor}, as an ISO-8601 duration in whole seconds (what the
   * engine's timers read). The deployment guard has checked the table's durations; a factor that is
   * not positive is a model error, refused here so the step fails visibly as an incident.
   */
  public String times(String duration, double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("A deadline's factor must be positive, not " + factor);
    }
    long seconds = Math.max(1, Math.round(Duration.parse(duration).toSeconds() * factor));
    return Duration.ofSeconds(seconds).toString();
  }
}
