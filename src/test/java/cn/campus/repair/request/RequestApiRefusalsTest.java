package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every refusal of the request contract: wrong role, wrong party, invalid bodies, unknown ids and
 * actions in the wrong state, each answered as problem+json and each changing nothing.
 */
class RequestApiRefusalsTest extends IntegrationTest {

  private static final Map<String, Object> REVIEW = Map.of("decision", "ACCEPT");
  private static final Map<String, Object> REFUSE = Map.of("reason", "忙");
  private static final Map<String, Object> RATE = Map.of("result", 5, "efficiency", 5);

  @Autowired
  private JdbcClient jdbc;

  @Test
  void everyActionRefusesTheWrongRole() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String id = requestAt("ASSIGNED", student, worker);
    Map<String, Object> assign = Map.of("workerId", worker.id());

    assertRefused(403, api.post("/api/requests/" + id + "/review", student.token(), REVIEW));
    assertRefused(403, api.post("/api/requests/" + id + "/review", worker.token(), REVIEW));
    assertRefused(403, api.post("/api/requests/" + id + "/assign", student.token(), assign));
    assertRefused(403, api.post("/api/requests/" + id + "/assign", worker.token(), assign));
    assertRefused(403, api.post("/api/requests/" + id + "/accept", student.token(), null));
    assertRefused(403, api.post("/api/requests/" + id + "/accept", admin, null));
    assertRefused(403, api.post("/api/requests/" + id + "/refuse", admin, REFUSE));
    assertRefused(403, api.post("/api/requests/" + id + "/complete", student.token(), null));
    assertRefused(403, api.post("/api/requests/" + id + "/rate", worker.token(), RATE));
    assertRefused(403, api.post("/api/requests/" + id + "/rate", admin, RATE));
    assertRefused(403, api.post("/api/requests/" + id + "/cancel", admin, null));
    assertRefused(403, api.post("/api/requests", admin, Map.of()));
    assertRefused(403, api.post("/api/requests", worker.token(), Map.of()));
    assertRefused(403, api.post("/api/staff", student.token(), Map.of()));
    assertRefused(403, api.get("/api/workers", worker.token()));

    assertStatus(id, student, "ASSIGNED");
  }

  @Test
  void everyActionRefusesTheWrongParty() {
    Person student = newStudent();
    Person stranger = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    Person otherWorker = newWorker("WATER_ELECTRIC");
    String assigned = requestAt("ASSIGNED", student, worker);
    String inProgress = requestAt("IN_PROGRESS", student, worker);
    String awaitingRating = requestAt("AWAITING_RATING", student, worker);

    assertRefused(403, api.post("/api/requests/" + assigned + "/accept", otherWorker.token(), null));
    assertRefused(403, api.post("/api/requests/" + assigned + "/refuse", otherWorker.token(), REFUSE));
    assertRefused(403, api.post("/api/requests/" + inProgress + "/complete", otherWorker.token(), null));
    assertRefused(403, api.post("/api/requests/" + awaitingRating + "/rate", stranger.token(), RATE));
    assertRefused(403, api.post("/api/requests/" + assigned + "/cancel", stranger.token(), null));
    assertRefused(403, api.get("/api/requests/" + assigned, stranger.token()));
    assertRefused(403, api.get("/api/requests/" + assigned, otherWorker.token()));

    assertStatus(assigned, student, "ASSIGNED");
    assertStatus(inProgress, student, "IN_PROGRESS");
    assertStatus(awaitingRating, student, "AWAITING_RATING");
  }

  @Test
  void unknownRequestsAre404() {
    Person student = newStudent();
    String admin = adminToken();
    assertRefused(404, api.get("/api/requests/999999999", student.token()));
    assertRefused(404, api.post("/api/requests/999999999/review", admin, REVIEW));
    assertRefused(404, api.post("/api/requests/999999999/cancel", student.token(), null));
  }

  @Test
  void actionsInTheWrongStateAre409() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String pending = requestAt("PENDING_REVIEW", student, worker);
    String inProgress = requestAt("IN_PROGRESS", student, worker);

    assertRefused(409, api.post("/api/requests/" + pending + "/assign", admin, Map.of("workerId", worker.id())));
    assertRefused(409, api.post("/api/requests/" + inProgress + "/review", admin, REVIEW));
    assertRefused(409, api.post("/api/requests/" + inProgress + "/accept", worker.token(), null));
    assertRefused(409, api.post("/api/requests/" + inProgress + "/refuse", worker.token(), REFUSE));
    assertRefused(409, api.post("/api/requests/" + inProgress + "/rate", student.token(), RATE));
    assertRefused(409, api.post("/api/requests/" + inProgress + "/cancel", student.token(), null));

    assertStatus(pending, student, "PENDING_REVIEW");
    assertStatus(inProgress, student, "IN_PROGRESS");
  }

  @Test
  void invalidBodiesNameTheFieldAndCreateNothing() {
    Person student = newStudent();
    Map<String, Object> valid = Map.of(
        "categoryCode", "WATER_ELECTRIC", "description", "漏水", "location", Map.of("building", "7号楼"));

    assertField(api.post("/api/requests", student.token(), without(valid, "categoryCode")), "categoryCode");
    assertField(api.post("/api/requests", student.token(), with(valid, "categoryCode", "SPACESHIP")), "categoryCode");
    assertField(api.post("/api/requests", student.token(), with(valid, "description", " ")), "description");
    assertField(api.post("/api/requests", student.token(), without(valid, "location")), "location");
    assertField(api.post("/api/requests", student.token(), with(valid, "location", Map.of("room", "1"))), "location.building");
    assertField(api.post("/api/requests", student.token(),
        with(valid, "location", Map.of("building", "7号楼", "latitude", 123))), "location.latitude");
    assertField(api.post("/api/requests", student.token(), with(valid, "contactPhone", "12345")), "contactPhone");
    assertField(api.post("/api/requests", student.token(), with(valid, "attachmentIds", List.of("nope"))), "attachmentIds");
    assertThat(api.get("/api/requests", student.token()).body().path("total").asLong()).isZero();

    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String pending = requestAt("PENDING_REVIEW", student, worker);
    assertField(api.post("/api/requests/" + pending + "/review", admin, Map.of("decision", "MAYBE")), "decision");
    assertField(api.post("/api/requests/" + pending + "/review", admin, Map.of()), "decision");
    String dispatch = requestAt("AWAITING_DISPATCH", student, worker);
    assertField(api.post("/api/requests/" + dispatch + "/assign", admin, Map.of("workerId", student.id())), "workerId");
    assertField(api.post("/api/requests/" + dispatch + "/assign", admin, Map.of()), "workerId");
    String assigned = requestAt("ASSIGNED", student, worker);
    assertField(api.post("/api/requests/" + assigned + "/refuse", worker.token(), Map.of("reason", "")), "reason");
    String rating = requestAt("AWAITING_RATING", student, worker);
    assertField(api.post("/api/requests/" + rating + "/rate", student.token(), Map.of("result", 6, "efficiency", 3)), "result");
    assertField(api.post("/api/requests/" + rating + "/rate", student.token(), Map.of("result", 3)), "efficiency");
    assertField(api.get("/api/requests?status=LOST", student.token()), "status");
    assertField(api.get("/api/requests?size=101", student.token()), "size");

    assertStatus(pending, student, "PENDING_REVIEW");
    assertStatus(dispatch, student, "AWAITING_DISPATCH");
    assertStatus(assigned, student, "ASSIGNED");
    assertStatus(rating, student, "AWAITING_RATING");
  }

  /**
   * The read model names the task a request waits at; when that task is gone (its process moved on
   * in a way the read model did not follow, e.g. into a task a manager added to the model), the
   * action is a 409 like any action in the wrong state, and changes nothing.
   */
  @Test
  void anActionOnATaskThatIsGoneIs409() {
    Person student = newStudent();
    String id = submitted(student);
    jdbc.sql("UPDATE repair_request SET open_task_id = 'gone' WHERE id = :id").param("id", id).update();

    assertRefused(409, api.post("/api/requests/" + id + "/review", adminToken(), REVIEW));

    assertStatus(id, student, "PENDING_REVIEW");
    assertThat(api.get("/api/requests/" + id, adminToken()).body().path("history")).hasSize(1);
  }

  /** Requests waiting since before the read model named their task are found by searching the engine. */
  @Test
  void aRequestWhoseTaskTheReadModelDoesNotNameCanStillBeActedOn() {
    Person student = newStudent();
    String id = submitted(student);
    jdbc.sql("UPDATE repair_request SET open_task_id = NULL WHERE id = :id").param("id", id).update();

    expect(200, api.post("/api/requests/" + id + "/review", adminToken(), REVIEW));

    assertStatus(id, student, "AWAITING_DISPATCH");
  }

  @Test
  void callsWithoutAValidTokenAre401() {
    assertRefused(401, api.get("/api/requests", null));
    assertRefused(401, api.get("/api/me", "not-a-token"));
    assertRefused(401, api.post("/api/requests", null, Map.of()));
  }

  private void assertStatus(String id, Person student, String status) {
    assertThat(api.get("/api/requests/" + id, adminToken()).text("status")).isEqualTo(status);
  }

  private static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(response.toString()).isTrue();
    assertThat(response.body().path("status").asInt()).isEqualTo(status);
    assertThat(response.text("detail")).isNotBlank();
  }

  private static void assertField(ApiResponse response, String field) {
    assertRefused(400, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> body, String key) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.remove(key);
    return copy;
  }
}
