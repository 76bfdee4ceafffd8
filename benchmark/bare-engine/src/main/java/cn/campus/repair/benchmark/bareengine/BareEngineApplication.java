package cn.campus.repair.benchmark.bareengine;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark's baseline: the project's repair lifecycle on a bare Camunda engine, built with
 * Camunda's Spring Boot starter and its defaults, without a web server. It deploys the models from
 * {@code processes/} with every delegate doing nothing ({@link NoOpDelegates}), drives lifecycles
 * from a number of threads for a given time ({@link LoadRun}), prints one result line per phase and
 * exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BareEngineApplication {

  public static void main(String[] args) {
    ConfigurableApplicationContext context = SpringApplication.run(BareEngineApplication.class, args);
    int status = 1;
    try {
      // Only now, once the application is ready, as any deployed application is when it serves: the
      // starter starts the job executor on ApplicationReadyEvent, after the application runners.
      context.getBean(LoadRun.class).run();
      status = 0;
    } catch (Exception e) {
      LoggerFactory.getLogger(BareEngineApplication.class).error("The run failed", e);
    } finally {
      SpringApplication.exit(context);
    }
    System.exit(status);
  }
}
