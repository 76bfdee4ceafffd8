package cn.campus.repair.benchmark.history;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fills a database the service has already migrated with years of finished requests, their students
 * and workers, and bearer tokens for some of them, then exits. The database comes from
 * {@code spring.datasource.*}, the sizes from {@code history.*} ({@link HistorySettings}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HistoryLoaderApplication {

  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(HistoryLoaderApplication.class, args)));
  }
}
