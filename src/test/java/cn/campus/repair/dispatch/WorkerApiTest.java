package cn.campus.repair.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** The admin's dispatch page: each worker's requests in hand and average rating, as ratings come in. */
class WorkerApiTest extends IntegrationTest {

  @Test
  void averageRatingFollowsEachNewRating() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String first = requestAt("AWAITING_RATING", student, worker);
    String second = requestAt("AWAITING_RATING", student, worker);
    requestAt("ASSIGNED", student, worker);

    JsonNode unrated = dispatchEntry(worker);
    assertThat(unrated.path("averageRating").isNull()).isTrue();
    assertThat(unrated.path("activeTasks").asInt()).isEqualTo(1);

    rate(student, first, 5);
    assertThat(dispatchEntry(worker).path("averageRating").asDouble()).isEqualTo(5.0);

    rate(student, second, 2);
    JsonNode rated = dispatchEntry(worker);
    assertThat(rated.path("averageRating").asDouble()).isEqualTo(3.5);
    assertThat(rated.path("activeTasks").asInt()).isEqualTo(1);
  }

  /** Both are the worker's first ratings, so both may try to create the worker's totals. */
  @Test
  void ratingsOfOneWorkerAtOnceAllCount() throws Exception {
    Person worker = newWorker("WATER_ELECTRIC");
    Person oneStudent = newStudent();
    Person otherStudent = newStudent();
    String one = requestAt("AWAITING_RATING", oneStudent, worker);
    String other = requestAt("AWAITING_RATING", otherStudent, worker);

    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<ApiResponse> oneRating = CompletableFuture.supplyAsync(() -> rateAt(start, oneStudent, one, 5));
    CompletableFuture<ApiResponse> otherRating = CompletableFuture.supplyAsync(() -> rateAt(start, otherStudent, other, 2));
    expect(200, oneRating.get());
    expect(200, otherRating.get());
    assertThat(dispatchEntry(worker).path("averageRating").asDouble()).isEqualTo(3.5);

    String third = requestAt("AWAITING_RATING", oneStudent, worker);
    rate(oneStudent, third, 4);
    assertThat(dispatchEntry(worker).path("averageRating").asDouble()).as("11 / 3, to one decimal").isEqualTo(3.7);
  }

  @Test
  void theRequestsSpecialistsComeFirstThenTheOthersEachWithLoadAndRating() {
    String admin = adminToken();
    String tag = newPhone().substring(5);
    Person furniture = newWorkerNamed("派工" + tag + "甲", "FURNITURE");
    Person plumber = newWorkerNamed("派工" + tag + "乙", "WATER_ELECTRIC");
    requestAt("ASSIGNED", newStudent(), furniture);

    JsonNode forALeak = expect(200, api.get("/api/workers?q=派工" + tag + "&category=WATER_ELECTRIC", admin)).body();
    assertThat(forALeak.path("items").findValuesAsText("id")).containsExactly(plumber.id(), furniture.id());
    assertThat(forALeak.path("items").path(0).path("specialist").asBoolean()).isTrue();
    assertThat(forALeak.path("items").path(1).path("specialist").asBoolean()).isFalse();
    assertThat(forALeak.path("items").path(1).path("activeTasks").asInt()).isEqualTo(1);
    assertThat(forALeak.path("items").path(1).has("averageRating")).isTrue();

    JsonNode forAChair = expect(200, api.get("/api/workers?q=派工" + tag + "&category=FURNITURE", admin)).body();
    assertThat(forAChair.path("items").findValuesAsText("id")).containsExactly(furniture.id(), plumber.id());
    // Without a category the least loaded come first, as before.
    assertThat(expect(200, api.get("/api/workers?q=派工" + tag, admin)).body().path("items").findValuesAsText("id"))
        .containsExactly(plumber.id(), furniture.id());
  }

  private Person newWorkerNamed(String name, String specialty) {
    String phone = newPhone();
    ApiResponse created = expect(201, api.post("/api/staff", adminToken(), Map.of(
        "phone", phone, "name", name, "role", "WORKER", "specialties", List.of(specialty))));
    return new Person(created.text("id"), phone, expect(200, loginByCode(phone)).text("token"));
  }

  private JsonNode dispatchEntry(Person worker) {
    JsonNode items = expect(200, api.get("/api/workers?q=" + worker.phone(), adminToken())).body().path("items");
    assertThat(items.findValuesAsText("id")).isEqualTo(List.of(worker.id()));
    return items.path(0);
  }

  private void rate(Person student, String id, int result) {
    expect(200, api.post("/api/requests/" + id + "/rate", student.token(), Map.of("result", result, "efficiency", 4)));
  }

  private ApiResponse rateAt(CyclicBarrier start, Person student, String id, int result) {
    try {
      start.await();
    } catch (Exception interrupted) {
      throw new IllegalStateException(interrupted);
    }
    return api.post("/api/requests/" + id + "/rate", student.token(), Map.of("result", result, "efficiency", 4));
  }
}
