package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Service levels as the API shows them: the priority a report is given, the deadlines the table
 * gave it and the due time of the step it waits at, lists of unfinished requests with the most
 * pressing first, and the requester's place in the queue with an estimate.
 */
class ServiceLevelApiTest extends IntegrationTest {

  @Test
  void aReportIsUrgentAsTheRequesterSaysOrAsItsCategoryIsByDefault() {
    Person student = newStudent();

    assertThat(report(student, "WATER_ELECTRIC", null, null).text("priority")).as("水电 is urgent by default").isEqualTo("URGENT");
    assertThat(report(student, "FURNITURE", null, null).text("priority")).isEqualTo("NORMAL");
    assertThat(report(student, "WATER_ELECTRIC", "NORMAL", null).text("priority")).isEqualTo("NORMAL");
    assertThat(report(student, "FURNITURE", "URGENT", null).text("priority")).isEqualTo("URGENT");
    ApiResponse canteen = report(student, "DOOR_WINDOW", null, "CANTEEN");
    assertThat(canteen.body().path("location").path("buildingType").asText()).isEqualTo("CANTEEN");
    assertThat(expect(200, api.get("/api/categories", null)).body().findValuesAsText("urgentByDefault"))
        .as("the mini program's default").contains("true", "false");
  }

  @Test
  void aPriorityOrBuildingTypeTheServiceDoesNotKnowIsRefusedNamingTheField() {
    Person student = newStudent();
    Map<String, Object> body = body("FURNITURE", null, null);

    assertField(api.post("/api/requests", student.token(), with(body, "priority", "VERY")), "priority");
    assertField(api.post("/api/requests", student.token(), with(body, "priority", 1)), "priority");
    assertField(api.post("/api/requests", student.token(),
        with(body, "location", Map.of("building", "7号楼", "buildingType", "CASTLE"))), "location.buildingType");
    assertThat(api.get("/api/requests", student.token()).body().path("total").asLong()).isZero();
  }

  @Test
  void theRequestShowsItsDeadlinesTheDueTimeOfItsStepAndTheDueTimeEachDoneStepHad() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String id = requestAt("AWAITING_DISPATCH", student, worker);

    JsonNode request = expect(200, api.get("/api/requests/" + id, student.token())).body();

    assertThat(request.path("serviceLevel").path("review").asText()).isEqualTo("PT30M");
    assertThat(request.path("serviceLevel").path("dispatch").asText()).isEqualTo("PT30M");
    assertThat(request.path("serviceLevel").path("confirm").asText()).isEqualTo("PT15M");
    assertThat(request.path("serviceLevel").path("repair").asText()).isEqualTo("PT4H");
    assertThat(request.path("serviceLevel").path("escalateTo").asText()).isEqualTo("supervisors");
    JsonNode step = request.path("currentStep");
    assertThat(Duration.between(instant(step.path("since")), instant(step.path("dueAt"))))
        .isCloseTo(Duration.ofMinutes(30), Duration.ofSeconds(1));
    assertThat(step.path("overdue").asBoolean()).isFalse();
    JsonNode accepted = history(request, "ACCEPTED");
    assertThat(instant(accepted.path("dueAt"))).isAfter(instant(accepted.path("at")));
    assertThat(history(request, "SUBMITTED").path("dueAt").isNull()).isTrue();
  }

  @Test
  void theMostPressingUnfinishedRequestsComeFirstWhenAskedTo() {
    Person student = newStudent();
    String ordinary = report(student, "FURNITURE", null, null).text("id");
    String urgent = report(student, "FURNITURE", "URGENT", null).text("id");
    String ordinaryLater = report(student, "FURNITURE", null, null).text("id");

    List<String> order = ids(expect(200, api.get("/api/requests?status=PENDING_REVIEW&sort=due&size=100", adminToken())));
    assertThat(order).containsSubsequence(urgent, ordinary, ordinaryLater);
    List<String> newestFirst = ids(expect(200, api.get("/api/requests?status=PENDING_REVIEW&size=100", adminToken())));
    assertThat(newestFirst).containsSubsequence(ordinaryLater, urgent, ordinary);
    assertThat(ids(expect(200, api.get("/api/requests?status=PENDING_REVIEW&sort=due", student.token()))))
        .containsExactly(urgent, ordinary, ordinaryLater);

    assertField(api.get("/api/requests?sort=due", adminToken()), "sort");
    assertField(api.get("/api/requests?status=CLOSED&sort=due", adminToken()), "sort");
    assertField(api.get("/api/requests?status=PENDING_REVIEW&sort=newest", adminToken()), "sort");
  }

  @Test
  void theRequesterSeesWhereTheyStandInTheQueueAndWhenToExpectAWorker() {
    Person student = newStudent();
    Person other = newStudent();
    Person worker = newWorker("AIR_CONDITIONER");
    String first = report(student, "AIR_CONDITIONER", null, null).text("id");
    int before = queue(first, student).path("ahead").asInt();
    String second = report(other, "AIR_CONDITIONER", null, null).text("id");

    JsonNode mine = queue(second, other);
    assertThat(mine.path("waiting").asBoolean()).isTrue();
    assertThat(mine.path("ahead").asInt()).isEqualTo(before + 1);
    String urgent = report(other, "AIR_CONDITIONER", "URGENT", null).text("id");
    assertThat(queue(first, student).path("ahead").asInt()).as("an urgent report goes first").isEqualTo(before + 1);
    assertThat(queue(urgent, other).path("ahead").asInt()).isLessThanOrEqualTo(before);

    JsonNode request = api.get("/api/requests/" + second, other.token()).body();
    assertThat(mine.path("basis").asText()).as("no air conditioner was accepted before: too little history")
        .isEqualTo("SERVICE_LEVEL");
    Duration promised = Duration.parse(request.path("serviceLevel").path("review").asText())
        .plus(Duration.parse(request.path("serviceLevel").path("dispatch").asText()))
        .plus(Duration.parse(request.path("serviceLevel").path("confirm").asText()));
    assertThat(instant(mine.path("estimatedBy"))).isEqualTo(instant(request.path("createdAt")).plus(promised));

    walkToAccepted(first, worker);
    assertThat(queue(first, student).path("waiting").asBoolean()).isFalse();
    assertThat(queue(first, student).path("estimatedBy").isNull()).isTrue();
    assertThat(queue(second, other).path("ahead").asInt()).isEqualTo(before + 1);
  }

  @Test
  void withEnoughRecentAcceptancesTheEstimateComesFromHowLongTheyTook() {
    Person student = newStudent();
    Person worker = newWorker("OTHER");
    for (int i = 0; i < QueueEstimates.MIN_SAMPLES; i++) {
      walkToAccepted(report(student, "OTHER", null, null).text("id"), worker);
    }
    String waiting = report(student, "OTHER", null, null).text("id");

    JsonNode queue = queue(waiting, student);

    assertThat(queue.path("basis").asText()).isEqualTo("HISTORY");
    assertThat(instant(queue.path("estimatedBy"))).isAfter(Instant.now());
  }

  @Test
  void onlyThoseWhoMayReadTheRequestSeeItsQueue() {
    Person student = newStudent();
    Person stranger = newStudent();
    Person worker = newWorker("NETWORK");
    String id = report(student, "NETWORK", null, null).text("id");

    expect(200, api.get("/api/requests/" + id + "/queue", adminToken()));
    assertRefused(401, api.get("/api/requests/" + id + "/queue", null));
    assertRefused(403, api.get("/api/requests/" + id + "/queue", stranger.token()));
    assertRefused(403, api.get("/api/requests/" + id + "/queue", worker.token()));
    assertRefused(404, api.get("/api/requests/999999999/queue", student.token()));
  }

  private ApiResponse report(Person student, String category, String priority, String buildingType) {
    return expect(201, api.post("/api/requests", student.token(), body(category, priority, buildingType)));
  }

  private static Map<String, Object> body(String category, String priority, String buildingType) {
    Map<String, Object> location = new HashMap<>(Map.of("building", "7号楼"));
    if (buildingType != null) {
      location.put("buildingType", buildingType);
    }
    Map<String, Object> body = new HashMap<>(Map.of("categoryCode", category, "description", "坏了", "location", location));
    if (priority != null) {
      body.put("priority", priority);
    }
    return body;
  }

  private void walkToAccepted(String id, Person worker) {
    String admin = adminToken();
    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
  }

  private JsonNode queue(String id, Person person) {
    return expect(200, api.get("/api/requests/" + id + "/queue", person.token())).body();
  }

  private static JsonNode history(JsonNode request, String action) {
    for (JsonNode entry : request.path("history")) {
      if (entry.path("action").asText().equals(action)) {
        return entry;
      }
    }
    throw new AssertionError("no " + action + " in " + request.path("history"));
  }

  private static List<String> ids(ApiResponse page) {
    List<String> ids = new ArrayList<>();
    page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static Instant instant(JsonNode time) {
    return Instant.parse(time.asText());
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }

  private static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(response.toString()).isTrue();
  }

  private static void assertField(ApiResponse response, String field) {
    assertRefused(400, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
  }
}
