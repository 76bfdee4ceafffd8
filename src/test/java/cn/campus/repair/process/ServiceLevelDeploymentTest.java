package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service-level table's worked examples of docs/process.md, deployed as Camunda Modeler does:
 * a manager shortens the deadlines for water leaks, and the next leak's reminder, escalation and
 * overdue flag follow the new table while the leak reported before keeps its deadlines; a table
 * with a malformed deadline is refused naming its row, and nothing changes.
 */
class ServiceLevelDeploymentTest extends IntegrationTest {

  private static final String SUPERVISOR_PHONE = "13600000002";

  private EngineRestClient modeler;

  @BeforeEach
  void connectModeler() {
    modeler = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
  }

  @Test
  void aManagerShortensTheLeakDeadlinesAndTheNextLeakIsRemindedEscalatedAndOverdueByThem() throws IOException {
    Person student = newStudent();
    String before = submitted(student);
    String shipped = shippedTable();
    int version = tableVersion();
    try {
      expect(200, modeler.deploy("紧急漏水：10秒内审核", "service-level.dmn", bytes(shipped
          .replaceFirst("<text>\"PT30M\"</text>", "<text>\"PT10S\"</text>"))));
      assertThat(tableVersion()).isEqualTo(version + 1);

      String leak = submitted(student);
      String number = api.get("/api/requests/" + leak, adminToken()).text("number");
      JsonNode fresh = api.get("/api/requests/" + leak, student.token()).body();
      assertThat(fresh.path("serviceLevel").path("review").asText()).isEqualTo("PT10S");
      assertThat(Duration.between(instant(fresh.path("currentStep").path("since")),
          instant(fresh.path("currentStep").path("dueAt")))).isCloseTo(Duration.ofSeconds(10), Duration.ofSeconds(1));
      assertThat(api.get("/api/requests/" + before, student.token()).body().path("serviceLevel").path("review").asText())
          .as("a request reported before keeps its deadlines").isEqualTo("PT30M");

      awaitSmsAbout(ADMIN_PHONE, "DEADLINE_REMINDER", number);
      awaitSmsAbout(SUPERVISOR_PHONE, "DEADLINE_ESCALATED", number);
      JsonNode overdue = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
          .until(() -> api.get("/api/requests/" + leak, adminToken()).body(),
              request -> request.path("currentStep").path("overdue").asBoolean());
      assertThat(overdue.path("status").asText()).as("the request still waits for review").isEqualTo("PENDING_REVIEW");
      assertThat(api.get("/api/requests/" + before, adminToken()).body().path("currentStep").path("overdue").asBoolean())
          .isFalse();
    } finally {
      expect(200, modeler.deploy("服务时限表：回到上线版本", "service-level.dmn", bytes(shipped)));
    }
    assertThat(api.get("/api/requests/" + submitted(student), student.token()).body()
        .path("serviceLevel").path("review").asText()).isEqualTo("PT30M");
  }

  @Test
  void aTableWithAMalformedDeadlineIsRefusedNamingTheRowAndNothingChanges() throws IOException {
    int version = tableVersion();

    ApiResponse refused = modeler.deploy("维修时限写成中文", "service-level.dmn", bytes(shippedTable()
        .replaceFirst("<text>\"PT4H\"</text>", "<text>\"4小时\"</text>")));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains("服务时限表 service-level 不符合流程契约")
        .contains("第1行（DecisionRule_UrgentWaterElectric） repairDeadline 应为带引号的 ISO-8601 时长");
    assertThat(tableVersion()).isEqualTo(version);
    assertThat(api.get("/api/requests/" + submitted(newStudent()), adminToken()).body()
        .path("serviceLevel").path("repair").asText()).isEqualTo("PT4H");
  }

  private int tableVersion() {
    return expect(200, modeler.get("/decision-definition/key/" + RepairProcess.DECISION_SERVICE_LEVEL))
        .body().path("version").asInt();
  }

  private static String shippedTable() throws IOException {
    return Files.readString(Path.of("processes/service-level.dmn"), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Instant instant(JsonNode time) {
    return Instant.parse(time.asText());
  }
}
