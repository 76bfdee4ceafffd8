package cn.campus.repair.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The running service describes its API: every action of a request as a path of its own. */
class ApiDescriptionTest extends IntegrationTest {

  @Test
  void theOpenApiDescriptionListsEveryActionWithItsBody() {
    JsonNode paths = expect(200, api.get("/v3/api-docs", null)).body().path("paths");

    assertThat(paths.has("/api/requests")).isTrue();
    assertThat(paths.has("/api/requests/{id}/{action}")).as("the generic mapping is replaced").isFalse();
    for (String action : new String[] {"review", "assign", "accept", "refuse", "complete", "rate", "revisit", "cancel"}) {
      assertThat(paths.has("/api/requests/{id}/" + action)).as(action).isTrue();
    }
    JsonNode review = paths.path("/api/requests/{id}/review").path("post");
    assertThat(review.path("requestBody").path("content").path("application/json").path("schema")
        .path("properties").has("decision")).isTrue();
    assertThat(review.path("description").asText()).contains("an admin");
  }

  @Test
  void swaggerUiIsServed() {
    ApiResponse page = api.get("/swagger-ui/index.html", null);
    assertThat(page.status()).isEqualTo(200);
  }
}
