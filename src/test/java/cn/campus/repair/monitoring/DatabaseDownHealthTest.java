package cn.campus.repair.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.TestSmsConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The health a load balancer reads follows the database: UP while it answers, DOWN (503) once it
 * is gone. A service of its own on a database of its own, since the test takes the database away;
 * the build runs it in a JVM of its own (pom.xml), away from the suite's shared engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSmsConfiguration.class)
@DirtiesContext
class DatabaseDownHealthTest {

  private static final String NAME = "health-" + UUID.randomUUID();
  /** Holds the in-memory database open until the test shuts it down. */
  private static Connection keeper;

  @LocalServerPort
  private int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    keeper = DriverManager.getConnection("jdbc:h2:mem:" + NAME + ";DB_CLOSE_DELAY=-1", "sa", "");
    // IFEXISTS: once shut down, the pool cannot make a new empty database in its place.
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + NAME + ";IFEXISTS=TRUE;LOCK_TIMEOUT=10000");
    registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    // Camunda keeps engines in a static registry by name: under the default name, closing this
    // context would unregister the engine the other tests' shared context serves its REST API with.
    registry.add("camunda.bpm.process-engine-name", () -> NAME);
  }

  @AfterAll
  static void close() throws SQLException {
    keeper.close();
  }

  @Test
  void healthIsDownOnceTheDatabaseIsGone() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    HttpResponse<String> up = http.send(health, HttpResponse.BodyHandlers.ofString());
    assertThat(up.statusCode()).isEqualTo(200);
    assertThat(up.body()).contains("\"UP\"");

    keeper.createStatement().execute("SHUTDOWN");

    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      HttpResponse<String> down = http.send(health, HttpResponse.BodyHandlers.ofString());
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"DOWN\"");
    });
  }
}
