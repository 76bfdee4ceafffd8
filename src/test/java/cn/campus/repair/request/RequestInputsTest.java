package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inputs at the edges of the contract: the longest texts it allows. */
class RequestInputsTest extends IntegrationTest {

  @Test
  void aRatingCommentOfTheFullFiveHundredCharactersIsKept() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String id = requestAt("AWAITING_RATING", student, worker);
    String comment = "师傅很负责，".repeat(83) + "好评";
    assertThat(comment).hasSize(500);

    ApiResponse rated = expect(200, api.post("/api/requests/" + id + "/rate", student.token(),
        Map.of("result", 5, "efficiency", 4, "comment", comment)));
    assertThat(rated.body().path("rating").path("comment").asText()).isEqualTo(comment);
    JsonNode last = rated.body().path("history").path(rated.body().path("history").size() - 1);
    assertThat(last.path("action").asText()).isEqualTo("RATED");
    assertThat(last.path("note").asText()).endsWith(comment);
  }
}
