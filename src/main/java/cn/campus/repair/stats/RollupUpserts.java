package cn.campus.repair.stats;

import cn.campus.repair.common.RacingInserts;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Sums facts into a rollup table's rows, as each database does that atomically. */
final class RollupUpserts {

  private final NamedParameterJdbcTemplate jdbc;
  private final StatsTables tables;
  private final RacingInserts racingInserts;

  RollupUpserts(NamedParameterJdbcTemplate jdbc, StatsTables tables, RacingInserts racingInserts) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.racingInserts = racingInserts;
  }

  /**
   * Adds the facts' sums to the table, row by key. PostgreSQL's ON CONFLICT makes the increment
   * atomic against another transaction inserting the same key; H2 (one node only) merges, and a
   * racing first insert there is retried as the update it then is. Keys are locked in key order, so
   * two commits touching the same days cannot deadlock. SQL Server merges under HOLDLOCK: without
   * it MERGE looks for the key and inserts it as two steps, and two nodes inserting the same new
   * key at once would fail on the duplicate. Its derived tables take no ORDER BY (so the key order
   * is SQL Server's own there), and its MERGE ends with a semicolon. The SQL Server path is not run
   * by our tests: we have no SQL Server.
   */
  void add(String table, List<String> keys, List<String> values, String facts, MapSqlParameterSource params) {
    String keyList = String.join(", ", keys);
    String sums = String.join(", ", values.stream().map(v -> "SUM(f." + v + ") AS " + v).toList());
    String grouped = "SELECT " + keyList + ", " + sums + " FROM (" + facts + ") f GROUP BY " + keyList
        + (tables.sqlServer() ? "" : " ORDER BY " + keyList);
    if (tables.postgres()) {
      jdbc.update("INSERT INTO " + table + " (" + keyList + ", " + String.join(", ", values) + ") " + grouped
          + " ON CONFLICT (" + keyList + ") DO UPDATE SET "
          + String.join(", ", values.stream().map(v -> v + " = " + table + "." + v + " + EXCLUDED." + v).toList()),
          params);
      return;
    }
    String merge = "MERGE INTO " + table + (tables.sqlServer() ? " WITH (HOLDLOCK)" : "") + " t USING (" + grouped
        + ") s ON (" + String.join(" AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList()) + ")"
        + " WHEN MATCHED THEN UPDATE SET "
        + String.join(", ", values.stream().map(v -> v + " = t." + v + " + s." + v).toList())
        + " WHEN NOT MATCHED THEN INSERT (" + keyList + ", " + String.join(", ", values) + ") VALUES ("
        + String.join(", ", keys.stream().map(k -> "s." + k).toList()) + ", "
        + String.join(", ", values.stream().map(v -> "s." + v).toList()) + ")" + (tables.sqlServer() ? ";" : "");
    for (int attempt = 1; !racingInserts.insert(() -> jdbc.update(merge, params)); attempt++) {
      if (attempt == 3) {
        throw new IllegalStateException("The office's numbers could not be counted into " + table);
      }
    }
  }
}
