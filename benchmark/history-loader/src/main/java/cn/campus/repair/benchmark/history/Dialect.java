package cn.campus.repair.benchmark.history;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The SQL that differs between the two databases the benchmark runs on. */
enum Dialect {
  H2 {
    @Override
    String range(long from, long to) {
      return "SYSTEM_RANGE(" + from + ", " + to + ")";
    }

    @Override
    String secondsBefore(String timestamp, String seconds) {
      return "DATEADD(SECOND, -(" + seconds + "), CAST(" + timestamp + " AS TIMESTAMP))";
    }

    @Override
    String nextValue(String sequence) {
      return "SELECT NEXT VALUE FOR " + sequence;
    }

    @Override
    String afterBulkLoad() {
      return "ANALYZE";
    }
  },
  POSTGRES {
    @Override
    String range(long from, long to) {
      return "generate_series(" + from + ", " + to + ") AS g(x)";
    }

    @Override
    String secondsBefore(String timestamp, String seconds) {
      return "CAST(" + timestamp + " AS TIMESTAMP) - (" + seconds + ") * INTERVAL '1 second'";
    }

    @Override
    String nextValue(String sequence) {
      return "SELECT nextval('" + sequence + "')";
    }

    /**
     * Also the vacuum autovacuum would have run on a database that grew over years: it sets the
     * visibility map that index-only scans rely on (and not every server runs autovacuum).
     */
    @Override
    String afterBulkLoad() {
      return "VACUUM ANALYZE";
    }
  };

  static Dialect of(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    return switch (product) {
      case "H2" -> H2;
      case "PostgreSQL" -> POSTGRES;
      default -> throw new IllegalStateException("The history loader knows H2 and PostgreSQL, not " + product);
    };
  }

  /** Rows numbered {@code x} from {@code from} to {@code to}, to select from. */
  abstract String range(long from, long to);

  abstract String secondsBefore(String timestamp, String seconds);

  abstract String nextValue(String sequence);

  /**
   * What follows any bulk load: fresh statistics, without which the planner takes a million rows for
   * a few.
   */
  abstract String afterBulkLoad();

  String zeroPadded(String number, int width) {
    return "LPAD(CAST(" + number + " AS VARCHAR(20)), " + width + ", '0')";
  }
}
