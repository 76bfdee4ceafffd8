package cn.campus.repair.places;

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
 * Ids of places from one sequence: short numbers, so a label's QR code stays coarse enough to scan
 * from across a room and a mini program code's scene (32 characters) holds one with room to spare.
 */
@Component
class PlaceIds {

  private final DataFieldMaxValueIncrementer sequence;

  PlaceIds(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence = switch (DatabaseDriver.fromProductName(product)) {
      case POSTGRESQL -> new PostgresSequenceMaxValueIncrementer(dataSource, "place_seq");
      case SQLSERVER -> new SqlServerSequenceMaxValueIncrementer(dataSource, "place_seq");
      default -> new H2SequenceMaxValueIncrementer(dataSource, "place_seq");
    };
  }

  String next() {
    return sequence.nextStringValue();
  }
}
