package cn.campus.repair.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Our migrations with the SQL Server column types (NVARCHAR, DATETIME2), run on H2 in its SQL
 * Server mode: the closest check this machine can make without a SQL Server.
 */
class MigrationsTest {

  @Test
  void migrationsRunWithSqlServerTypesAndKeepChineseText() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:mssql-check;MODE=MSSQLServer;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure()
        .dataSource(dataSource)
        .placeholders(Map.of("text", "NVARCHAR", "timestamp", "DATETIME2"))
        .load()
        .migrate();

    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("""
            INSERT INTO app_user (id, phone, name, role, created_at, updated_at)
            VALUES ('1', '13800000001', '王师傅', 'WORKER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .update();
    assertThat(jdbc.sql("SELECT name FROM app_user WHERE id = '1'").query(String.class).single()).isEqualTo("王师傅");
    assertThat(jdbc.sql("SELECT NEXT VALUE FOR repair_request_seq").query(Long.class).single()).isEqualTo(100001L);
  }
}
