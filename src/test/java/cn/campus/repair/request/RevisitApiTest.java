package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Rework after a poor rating through the API: the admins' revisit, which closes the request or sends
 * it back to dispatch (the same worker or another), the second repair rated again; and every
 * refusal of {@code POST /api/requests/{id}/revisit}, each changing nothing.
 */
class RevisitApiTest extends IntegrationTest {

  @Test
  void aPoorRatingIsRevisitedAndTheRequestRepairedAgainByAnotherWorker() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    Person better = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String id = requestAt("AWAITING_RATING", student, worker);

    JsonNode rated = expect(200, api.post("/api/requests/" + id + "/rate", student.token(),
        Map.of("result", 2, "efficiency", 2, "comment", "还在滴水"))).body();
    assertThat(rated.path("status").asText()).isEqualTo("PENDING_REVISIT");
    assertThat(rated.path("currentStep").path("name").asText()).isEqualTo("回访");
    assertThat(allowed(id, admin)).containsExactly("revisit", "merge");
    assertThat(allowed(id, student.token())).isEmpty();

    JsonNode rework = expect(200, api.post("/api/requests/" + id + "/revisit", admin,
        Map.of("outcome", "REWORK", "note", "报修人说仍在滴水，需返修"))).body();
    assertThat(rework.path("status").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(allowed(id, admin)).containsExactly("assign", "merge");

    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", better.id())));
    expect(200, api.post("/api/requests/" + id + "/accept", better.token(), null));
    expect(200, api.post("/api/requests/" + id + "/complete", better.token(), Map.of("note", "换了整个龙头")));
    assertThat(allowed(id, student.token())).as("the second repair is rated too").containsExactly("rate");
    JsonNode closed = expect(200, api.post("/api/requests/" + id + "/rate", student.token(),
        Map.of("result", 5, "efficiency", 4))).body();

    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("rating").path("result").asInt()).isEqualTo(5);
    assertThat(closed.path("worker").path("id").asText()).isEqualTo(better.id());
    assertThat(actions(closed)).containsSubsequence("COMPLETED", "RATED", "REWORK", "ASSIGNED", "WORKER_ACCEPTED",
        "COMPLETED", "RATED");
    assertThat(notes(closed)).contains("报修人说仍在滴水，需返修");
  }

  @Test
  void aRevisitThatClosesEndsTheRequest() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String id = poorlyRated(student, worker);

    JsonNode closed = expect(200, api.post("/api/requests/" + id + "/revisit", adminToken(),
        Map.of("outcome", "CLOSE"))).body();

    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("currentStep").isNull()).isTrue();
    assertThat(actions(closed)).endsWith("REVISITED");
  }

  @Test
  void revisitRefusesTheWrongRoleTheWrongStateAndBadBodiesAndChangesNothing() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String id = poorlyRated(student, worker);
    String pending = submitted(student);

    assertRefused(403, api.post("/api/requests/" + id + "/revisit", student.token(), Map.of("outcome", "CLOSE")));
    assertRefused(403, api.post("/api/requests/" + id + "/revisit", worker.token(), Map.of("outcome", "CLOSE")));
    assertRefused(401, api.post("/api/requests/" + id + "/revisit", null, Map.of("outcome", "CLOSE")));
    assertRefused(404, api.post("/api/requests/999999999/revisit", admin, Map.of("outcome", "CLOSE")));
    assertRefused(409, api.post("/api/requests/" + pending + "/revisit", admin, Map.of("outcome", "CLOSE")));
    assertField(api.post("/api/requests/" + id + "/revisit", admin, null), "body");
    assertField(api.post("/api/requests/" + id + "/revisit", admin, Map.of()), "outcome");
    assertField(api.post("/api/requests/" + id + "/revisit", admin, Map.of("outcome", "MAYBE")), "outcome");
    assertField(api.post("/api/requests/" + id + "/revisit", admin, Map.of("outcome", 1)), "outcome");
    assertField(api.post("/api/requests/" + id + "/revisit", admin,
        Map.of("outcome", "CLOSE", "note", "很".repeat(10_000))), "note");
    assertRefused(400, api.post("/api/requests/" + id + "/revisit", admin, "[\"CLOSE\"]"));
    assertRefused(400, api.post("/api/requests/" + id + "/revisit", admin,
        "{\"outcome\": \"CLOSE\", \"outcome\": \"REWORK\"}"));
    assertRefused(400, api.post("/api/requests/" + id + "/revisit", admin, "{\"outcome\": "));

    JsonNode unchanged = expect(200, api.get("/api/requests/" + id, admin)).body();
    assertThat(unchanged.path("status").asText()).isEqualTo("PENDING_REVISIT");
    assertThat(actions(unchanged)).endsWith("RATED");
    assertThat(api.get("/api/requests/" + pending, admin).text("status")).isEqualTo("PENDING_REVIEW");
  }

  @Test
  void inTasklistTheRevisitFollowsTheSameRules() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String id = poorlyRated(student, worker);
    EngineRestClient tasklist = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
    String revisit = expect(200, tasklist.get("/task?processInstanceBusinessKey=" + id)).body().path(0).path("id").asText();

    ApiResponse maybe = tasklist.post("/task/" + revisit + "/complete", variables("revisitOutcome", "MAYBE"));
    assertThat(maybe.status()).as(maybe.toString()).isEqualTo(400);
    assertThat(maybe.text("message")).contains("revisitOutcome");
    ApiResponse sneaky = tasklist.post("/task/" + revisit + "/complete",
        variables("revisitOutcome", "REWORK", "repairDeadline", "P30D"));
    assertThat(sneaky.status()).as(sneaky.toString()).isEqualTo(400);
    assertThat(sneaky.text("message")).contains("repairDeadline");
    assertThat(api.get("/api/requests/" + id, adminToken()).text("status")).isEqualTo("PENDING_REVISIT");

    expect(204, tasklist.post("/task/" + revisit + "/complete", variables("revisitOutcome", "REWORK", "revisitNote", "电话回访：仍漏水")));

    JsonNode back = expect(200, api.get("/api/requests/" + id, adminToken())).body();
    assertThat(back.path("status").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(notes(back)).contains("电话回访：仍漏水");
  }

  private static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
    }
    return Map.of("variables", variables);
  }

  private String poorlyRated(Person student, Person worker) {
    String id = requestAt("AWAITING_RATING", student, worker);
    expect(200, api.post("/api/requests/" + id + "/rate", student.token(), Map.of("result", 1, "efficiency", 3)));
    return id;
  }

  private List<String> allowed(String id, String token) {
    List<String> actions = new ArrayList<>();
    expect(200, api.get("/api/requests/" + id, token)).body().path("allowedActions")
        .forEach(action -> actions.add(action.asText()));
    return actions;
  }

  private static List<String> actions(JsonNode request) {
    return request.path("history").findValuesAsText("action");
  }

  private static List<String> notes(JsonNode request) {
    return request.path("history").findValuesAsText("note");
  }

  private static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(response.toString()).isTrue();
    assertThat(response.text("detail")).as(response.toString()).isNotBlank();
  }

  private static void assertField(ApiResponse response, String field) {
    assertRefused(400, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
  }
}
