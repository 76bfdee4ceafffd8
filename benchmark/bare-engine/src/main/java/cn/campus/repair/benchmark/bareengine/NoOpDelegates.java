package cn.campus.repair.benchmark.bareengine;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the models name in {@code camunda:delegateExpression}, each doing nothing: what they do
 * in the service (queueing and sending SMS) is the service's own work, not the engine's. A delegate
 * added to a model needs its bean here too, or every lifecycle that reaches it fails (the run counts
 * the failures and logs the first). The beans the models' expressions compute with ({@link
 * Deadlines}) are real: the engine's timers need their answers.
 */
@Configuration(proxyBeanMethods = false)
class NoOpDelegates {

  /** {@code repair-request.bpmn}: every "发送短信" step. */
  @Bean
  JavaDelegate sendSmsDelegate() {
    return execution -> { };
  }

  /**
   * {@code sms-delivery.bpmn}, which the lifecycle never starts (the service starts it only for a
   * message the provider refused) but which is deployed with the rest, as the service deploys it.
   */
  @Bean
  JavaDelegate deliverSmsDelegate() {
    return execution -> { };
  }

  /** {@code repair-request.bpmn}: the reminder timers, {@code ${deadlines.times(reviewDeadline, 0.75)}}. */
  @Bean
  Deadlines deadlines() {
    return new Deadlines();
  }
}
