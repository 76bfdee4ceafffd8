package cn.campus.repair.common;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.SqlServerSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Short numeric ids from database sequences: unique across every node of a cluster, and short enough
 * to read out on the phone or put in an SMS ("工号 1003").
 */
@Component
public class Sequences {

  private final DataFieldMaxValueIncrementer users;
  private final DataFieldMaxValueIncrementer requests;

  Sequences(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    DatabaseDriver driver = DatabaseDriver.fromProductName(product);
    this.users = incrementer(driver, dataSource, "app_user_seq");
    this.requests = incrementer(driver, dataSource, "repair_request_seq");
  }

  public String nextUserId() {
    return users.nextStringValue();
  }

  public long nextRequestSequence() {
    return requests.nextLongValue();
  }

  private static DataFieldMaxValueIncrementer incrementer(
      DatabaseDriver driver, DataSource dataSource, String sequence) {
    return switch (driver) {
      case POSTGRESQL -> new PostgresSequenceMaxValueIncrementer(dataSource, sequence);
      case SQLSERVER -> new SqlServerSequenceMaxValueIncrementer(dataSource, sequence);
      default -> new H2SequenceMaxValueIncrementer(dataSource, sequence);
    };
  }
}
