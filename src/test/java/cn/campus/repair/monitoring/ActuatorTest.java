package cn.campus.repair.monitoring;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Operators' view of the service: health for anyone (UP or DOWN, no details), its parts and the
 * Prometheus metrics only for admins, by HTTP Basic (what a scraper sends) or a bearer token.
 */
class ActuatorTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String phone, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((phone + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void healthIsPublicButOnlyAdminsSeeItsParts() throws Exception {
    HttpResponse<String> anonymous = get("/actuator/health", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    JsonNode health = JSON.readTree(anonymous.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.has("components")).isFalse();

    JsonNode detailed = JSON.readTree(get("/actuator/health", basic(ADMIN_PHONE, ADMIN_PASSWORD)).body());
    assertThat(detailed.path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(detailed.path("components").path("jobExecutor").path("status").asText()).isEqualTo("UP");
    assertThat(detailed.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void prometheusCarriesTheServiceFiguresForAdmins() throws Exception {
    Person student = newStudent();
    submitted(student);
    // A status first seen by a scrape is counted from the next one (figures are read at most every 15 s).
    Awaitility.await().atMost(Duration.ofSeconds(40)).untilAsserted(() ->
        assertThat(get("/actuator/prometheus", basic(ADMIN_PHONE, ADMIN_PASSWORD)).body())
            .contains("repair_requests{application=\"campus-repair\",status=\"PENDING_REVIEW\"}"));
    HttpResponse<String> scrape = get("/actuator/prometheus", basic(ADMIN_PHONE, ADMIN_PASSWORD));
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("repair_sms_messages{application=\"campus-repair\",status=\"PENDING\"}")
        .contains("repair_sms_messages{application=\"campus-repair\",status=\"FAILED\"}")
        .contains("repair_incidents_open{")
        .contains("repair_jobs_due{")
        .contains("http_server_requests_seconds_bucket{")
        .contains("hikaricp_connections_active{");
    HttpResponse<String> byToken = get("/actuator/metrics/repair.incidents.open", "Bearer " + adminToken());
    assertThat(byToken.statusCode()).isEqualTo(200);
  }

  @Test
  void metricsAreRefusedToEveryoneElse() throws Exception {
    Person worker = newWorker();
    assertRefused(401, get("/actuator/prometheus", null));
    assertRefused(403, get("/actuator/prometheus", "Bearer " + worker.token()));
    assertRefused(403, get("/actuator/metrics", "Bearer " + newStudent().token()));
    assertRefused(401, get("/actuator/prometheus", basic(ADMIN_PHONE, "wrong-password")));
    assertRefused(401, get("/actuator/info", "Bearer not-a-token"));
    assertThat(get("/actuator/prometheus", null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
  }

  private static void assertRefused(int status, HttpResponse<String> response) throws Exception {
    assertProblem(status, new cn.campus.repair.support.ApiResponse(response.statusCode(),
        headers(response), JSON.readTree(response.body())));
  }

  private static org.springframework.http.HttpHeaders headers(HttpResponse<String> response) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    response.headers().map().forEach(headers::addAll);
    return headers;
  }
}
