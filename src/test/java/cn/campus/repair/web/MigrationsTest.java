package cn.campus.repair.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Our migrations with the SQL Server column types (NVARCHAR, DATETIME2), run on H2 in its SQL
 * Server mode: the closest check this machine can make without a SQL Server. And what a migration
 * makes of the data already there.
 */
class MigrationsTest {

  @Test
  void migrationsRunWithSqlServerTypesAndKeepChineseText() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:mssql-check;MODE=MSSQLServer;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure()
        .dataSource(dataSource)
        .placeholders(Map.of("text", "NVARCHAR", "timestamp", "DATETIME2", "retype", ""))
        .load()
        .migrate();

    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("""
            INSERT INTO app_user (id, phone, name, role, created_at, updated_at)
            VALUES ('1', '13800000001', '王师傅', 'WORKER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .update();
    assertThat(jdbc.sql("SELECT name FROM app_user WHERE id = '1'").query(String.class).single()).isEqualTo("王师傅");
    assertThat(jdbc.sql("SELECT NEXT VALUE FOR repair_request_seq").query(Long.class).single()).isEqualTo(100001L);
    String ratingNote = "维修结果 5 星，效率 5 星：" + "好".repeat(500);
    jdbc.sql("""
            INSERT INTO request_history (id, request_id, at, action, note)
            VALUES ('h1', '1', CURRENT_TIMESTAMP, 'RATED', :note)""")
        .param("note", ratingNote)
        .update();
    assertThat(jdbc.sql("SELECT note FROM request_history WHERE id = 'h1'").query(String.class).single()).isEqualTo(ratingNote);
  }

  @Test
  void workerRatingTotalsStartFromTheRequestsRatedBefore() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:rating-backfill;DB_CLOSE_DELAY=-1", "sa", "");
    Map<String, String> placeholders = Map.of("text", "VARCHAR", "timestamp", "TIMESTAMP", "retype", "SET DATA TYPE");
    Flyway.configure().dataSource(dataSource).placeholders(placeholders).target("4").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    insertRequest(jdbc, "1", "W1", 5);
    insertRequest(jdbc, "2", "W1", 2);
    insertRequest(jdbc, "3", "W1", null);
    insertRequest(jdbc, "4", "W2", 4);
    insertRequest(jdbc, "5", null, null);

    Flyway.configure().dataSource(dataSource).placeholders(placeholders).load().migrate();

    assertThat(jdbc.sql("SELECT worker_id, rating_count, rating_sum FROM worker_rating ORDER BY worker_id")
        .query((rs, i) -> rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3)).list())
        .containsExactly("W1:2:7", "W2:1:4");
  }

  @Test
  void requestsFiledBeforeSearchBecomeFindableWithTheTermsOfANewOne() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:search-backfill;DB_CLOSE_DELAY=-1", "sa", "");
    Map<String, String> placeholders = Map.of("text", "VARCHAR", "timestamp", "TIMESTAMP", "retype", "SET DATA TYPE");
    Flyway.configure().dataSource(dataSource).placeholders(placeholders).target("22").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("""
            INSERT INTO app_user (id, phone, name, role, created_at, updated_at)
            VALUES ('U1', '13700000001', '李同学', 'USER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .update();
    for (int i = 1; i <= 1001; i++) {
      insertRequest(jdbc, Integer.toString(i), null, null);
    }

    Flyway.configure().dataSource(dataSource).placeholders(placeholders).load().migrate();

    assertThat(jdbc.sql("SELECT term FROM request_search_term WHERE request_id = '1001' ORDER BY term")
        .query(String.class).list())
        .containsExactlyInAnyOrder("1001", "13800000001", "13700000001", "李同", "同学", "坏了");
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT request_id) FROM request_search_term").query(Long.class).single())
        .isEqualTo(1001L);
  }

  @Test
  void everyWorkerARequestWasGivenToFindsItByItsTermsAmongTheirOwn() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:worker-search-backfill;DB_CLOSE_DELAY=-1", "sa", "");
    Map<String, String> placeholders = Map.of("text", "VARCHAR", "timestamp", "TIMESTAMP", "retype", "SET DATA TYPE");
    Flyway.configure().dataSource(dataSource).placeholders(placeholders).target("90").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    insertRequest(jdbc, "1", "W2", null);
    insertRequest(jdbc, "2", null, null);
    for (String term : new String[] {"坏了", "1380"}) {
      jdbc.sql("INSERT INTO request_search_term (request_id, term, created_at) SELECT id, :term, created_at FROM repair_request")
          .param("term", term)
          .update();
    }
    for (String worker : new String[] {"W1", "W2"}) {
      jdbc.sql("""
              INSERT INTO request_worker (worker_id, request_id, created_at, request_created_at)
              SELECT :worker, id, CURRENT_TIMESTAMP, created_at FROM repair_request WHERE id = '1'""")
          .param("worker", worker)
          .update();
    }

    Flyway.configure().dataSource(dataSource).placeholders(placeholders).load().migrate();

    assertThat(jdbc.sql("""
            SELECT s.worker_id || ':' || s.term || ':' || s.request_id FROM worker_search_term s
            JOIN repair_request r ON r.id = s.request_id AND r.created_at = s.request_created_at""")
        .query(String.class).list())
        .containsExactlyInAnyOrder("W1:坏了:1", "W1:1380:1", "W2:坏了:1", "W2:1380:1");
  }

  private static void insertRequest(JdbcClient jdbc, String id, String workerId, Integer rating) {
    jdbc.sql("""
            INSERT INTO repair_request (id, number, status, category_code, description, contact_phone,
              requester_id, worker_id, rating_result, lock_version, created_at, updated_at)
            VALUES (:id, :id, 'CLOSED', 'OTHER', '坏了', '13800000001', 'U1', :workerId, :rating, 0,
              CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .param("id", id)
        .param("workerId", workerId)
        .param("rating", rating)
        .update();
  }
}
