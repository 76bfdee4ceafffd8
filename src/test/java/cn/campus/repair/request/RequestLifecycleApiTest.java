package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The newcomer's walk through the contract: every path of a request's life over HTTP. */
class RequestLifecycleApiTest extends IntegrationTest {

  /** repair.recipients.warehouse in the test configuration. */
  private static final String WAREHOUSE = "13600000001";

  @Test
  void requestGoesFromReportToClosedWithItsFullHistoryAndMessages() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();

    String id = submitted(student);
    assertThat(api.get("/api/requests?status=PENDING_REVIEW", student.token()).body().path("items").path(0).path("id").asText())
        .isEqualTo(id);

    JsonNode reviewed = expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT", "note", "已受理"))).body();
    String number = reviewed.path("number").asText();
    assertThat(awaitSmsAbout(WAREHOUSE, "MATERIALS_NEEDED", number).params())
        .containsExactly(number, "水电", "7号楼 301");

    JsonNode assigned = expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id()))).body();
    assertThat(assigned.path("status").asText()).isEqualTo("ASSIGNED");
    assertThat(assigned.path("worker").path("id").asText()).isEqualTo(worker.id());

    JsonNode refused = expect(200, api.post("/api/requests/" + id + "/refuse", worker.token(), Map.of("reason", "今天在外校区"))).body();
    assertThat(refused.path("status").asText()).isEqualTo("AWAITING_DISPATCH");
    assertThat(refused.path("worker").isNull()).isTrue();

    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    JsonNode accepted = expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null)).body();
    assertThat(accepted.path("status").asText()).isEqualTo("IN_PROGRESS");

    var acceptedSms = awaitSms(student.phone(), "REQUEST_ACCEPTED", 1);
    assertThat(acceptedSms.get(0).params()).containsExactly(worker.id(), "师傅" + worker.phone().substring(7), worker.phone());

    JsonNode completed = expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "更换阀芯"))).body();
    assertThat(completed.path("status").asText()).isEqualTo("AWAITING_RATING");
    awaitSms(student.phone(), "REPAIR_COMPLETED", 1);

    JsonNode rated = expect(200, api.post("/api/requests/" + id + "/rate", student.token(),
        Map.of("result", 5, "efficiency", 4, "comment", "很及时"))).body();
    assertThat(rated.path("status").asText()).isEqualTo("CLOSED");
    assertThat(rated.path("rating").path("result").asInt()).isEqualTo(5);
    assertThat(rated.path("rating").path("efficiency").asInt()).isEqualTo(4);
    assertThat(actions(rated)).containsExactly(
        "SUBMITTED", "ACCEPTED", "ASSIGNED", "REFUSED", "ASSIGNED", "WORKER_ACCEPTED", "COMPLETED", "RATED");
    assertThat(rated.path("history").path(3).path("note").asText()).isEqualTo("今天在外校区");

    assertThat(awaitSms(worker.phone(), "TASK_ASSIGNED", 2)).hasSize(2);
    assertThat(outbox.sentTo(student.phone(), 50)).extracting(e -> e.template())
        .containsExactlyInAnyOrder("LOGIN_CODE", "REQUEST_ACCEPTED", "REPAIR_COMPLETED");
  }

  @Test
  void rejectedRequestEndsAndTellsTheRequester() {
    Person student = newStudent();
    String id = submitted(student);

    JsonNode rejected = expect(200, api.post("/api/requests/" + id + "/review", adminToken(),
        Map.of("decision", "REJECT", "note", "非后勤维修范围"))).body();

    assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
    assertThat(actions(rejected)).containsExactly("SUBMITTED", "REJECTED");
    assertThat(awaitSms(student.phone(), "REQUEST_REJECTED", 1).get(0).params()).containsExactly(rejected.path("number").asText());
  }

  @Test
  void requesterCancelsAtEachStageBeforeRepairStarts() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    for (String stage : List.of("PENDING_REVIEW", "AWAITING_DISPATCH", "ASSIGNED")) {
      String id = requestAt(stage, student, worker);
      JsonNode cancelled = expect(200, api.post("/api/requests/" + id + "/cancel", student.token(), Map.of("reason", "自己修好了"))).body();
      assertThat(cancelled.path("status").asText()).as(stage).isEqualTo("CANCELLED");
      JsonNode last = cancelled.path("history").path(cancelled.path("history").size() - 1);
      assertThat(last.path("action").asText()).isEqualTo("CANCELLED");
      assertThat(last.path("note").asText()).isEqualTo("自己修好了");
    }
  }

  @Test
  void listsShowEachRoleItsOwnRequestsNewestFirst() {
    Person student = newStudent();
    Person other = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String first = requestAt("ASSIGNED", student, worker);
    String second = submitted(student);
    submitted(other);

    ApiResponse mine = expect(200, api.get("/api/requests", student.token()));
    assertThat(ids(mine)).containsExactly(second, first);
    assertThat(mine.body().path("total").asLong()).isEqualTo(2);

    ApiResponse pending = expect(200, api.get("/api/requests?status=PENDING_REVIEW,AWAITING_DISPATCH", student.token()));
    assertThat(ids(pending)).containsExactly(second);

    expect(200, api.post("/api/requests/" + first + "/refuse", worker.token(), Map.of("reason", "不在学校")));
    assertThat(ids(expect(200, api.get("/api/requests", worker.token()))))
        .as("a worker still sees what they refused").containsExactly(first);

    ApiResponse page = expect(200, api.get("/api/requests?page=0&size=1", adminToken()));
    assertThat(page.body().path("items")).hasSize(1);
    assertThat(page.body().path("size").asInt()).isEqualTo(1);
    assertThat(page.body().path("total").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void eachPersonSeesTheActionsTheyMayTakeNowAndTheStepTheRequestWaitsAt() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    Person otherWorker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String id = submitted(student);

    assertThat(allowed(id, student.token())).containsExactly("cancel");
    assertThat(allowed(id, admin)).containsExactly("review", "merge");
    JsonNode inReview = api.get("/api/requests/" + id, admin).body();
    assertThat(inReview.path("currentStep").path("key").asText()).isEqualTo("review");
    assertThat(inReview.path("currentStep").path("name").asText()).isEqualTo("审核报修");
    assertThat(inReview.path("currentStep").path("assignee").isNull()).as("the admins' group holds it").isTrue();
    assertThat(inReview.path("currentStep").path("since").asText()).isNotEmpty();

    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
    assertThat(allowed(id, admin)).containsExactly("assign", "merge");
    assertThat(allowed(id, student.token())).containsExactly("cancel");

    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    assertThat(allowed(id, worker.token())).containsExactly("accept", "refuse");
    assertThat(allowed(id, admin)).as("an admin may still merge a duplicate").containsExactly("merge");
    assertThat(allowed(id, student.token())).containsExactly("cancel");
    JsonNode assigned = api.get("/api/requests/" + id, student.token()).body();
    assertThat(assigned.path("currentStep").path("assignee").path("id").asText()).isEqualTo(worker.id());
    expect(403, api.post("/api/requests/" + id + "/accept", otherWorker.token(), null));

    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    assertThat(allowed(id, worker.token())).containsExactly("complete", "requestParts");
    assertThat(allowed(id, student.token())).as("the repair has started").isEmpty();
    JsonNode listed = expect(200, api.get("/api/requests?status=IN_PROGRESS", worker.token())).body().path("items").path(0);
    assertThat(listed.path("allowedActions").path(0).asText()).isEqualTo("complete");

    expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), null));
    assertThat(allowed(id, student.token())).containsExactly("rate");
    assertThat(allowed(id, worker.token())).isEmpty();

    JsonNode closed = expect(200, api.post("/api/requests/" + id + "/rate", student.token(),
        Map.of("result", 4, "efficiency", 4))).body();
    assertThat(closed.path("allowedActions")).isEmpty();
    assertThat(closed.path("currentStep").isNull()).isTrue();
  }

  @Test
  void anActionTheServiceDoesNotKnowIsNotFound() {
    String id = submitted(newStudent());
    expect(404, api.post("/api/requests/" + id + "/approve", adminToken(), Map.of()));
  }

  private List<String> allowed(String id, String token) {
    List<String> names = new ArrayList<>();
    expect(200, api.get("/api/requests/" + id, token)).body().path("allowedActions")
        .forEach(name -> names.add(name.asText()));
    return names;
  }

  private static List<String> actions(JsonNode request) {
    List<String> actions = new ArrayList<>();
    request.path("history").forEach(entry -> actions.add(entry.path("action").asText()));
    return actions;
  }

  private static List<String> ids(ApiResponse page) {
    List<String> ids = new ArrayList<>();
    page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
