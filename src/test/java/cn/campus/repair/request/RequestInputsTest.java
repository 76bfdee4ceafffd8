package cn.campus.repair.request;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.RawHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inputs at the edges of the contract: the longest texts it allows, and header values outside it. */
class RequestInputsTest extends IntegrationTest {

  private static final Map<String, Object> SUBMISSION = Map.of(
      "categoryCode", "WATER_ELECTRIC", "description", "水管漏水", "location", Map.of("building", "7号楼"));

  @Autowired
  private JdbcClient jdbc;

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

  @Test
  void anIdempotencyKeyOutsidePrintableAsciiIs400NamingTheHeader() {
    Person student = newStudent();
    RawHttp raw = new RawHttp(port);
    for (String key : new String[] {"报修-1", "key\u007f1", "ké"}) {
      ApiResponse refused = assertProblem(400,
          raw.json("POST", "/api/requests", student.token(), SUBMISSION, Map.of("Idempotency-Key", key)));
      assertThat(refused.fieldInError()).as(key).isEqualTo("Idempotency-Key");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM repair_request WHERE requester_id = :id")
        .param("id", student.id()).query(Long.class).single()).isZero();
    expect(201, raw.json("POST", "/api/requests", student.token(), SUBMISSION, Map.of("Idempotency-Key", "a-plain-key-1")));
  }
}
