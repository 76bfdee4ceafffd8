package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.sms.SmsOutbox;
import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One fault, one request through the API: the duplicate query a report page asks before sending,
 * following instead of reporting, the followers' one text when the fault is fixed, and the refusals
 * of each endpoint, each changing nothing.
 */
class DuplicatesApiTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Test
  void fortyReportsOfOneFaultBecomeOneRequestWithThirtyNineFollowersEachToldOnce() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String hotWater = buildingWideCategory(admin);
    try {
      fortyReports(admin, campus, building, hotWater);
    } finally {
      // Tests share the database: the category list others read stays the shipped one.
      expect(200, api.post("/api/categories/" + hotWater, admin, Map.of("active", false)));
    }
  }

  private void fortyReports(String admin, Campus campus, String building, String hotWater) {
    Person first = newStudent();
    String id = expect(201, report(first, hotWater, Map.of("roomId", campus.room(building, "512")))).text("id");

    List<Person> followers = new ArrayList<>();
    for (int i = 0; i < 39; i++) {
      Person student = newStudent();
      String room = campus.room(building, Integer.toString(600 + i));
      JsonNode found = expect(200, api.get(duplicatesAt(hotWater, "roomId", room), student.token())).body();
      assertThat(found.path("buildingWide").asBoolean()).isTrue();
      assertThat(found.path("items").findValuesAsText("id")).as("the same building, another room").containsExactly(id);
      JsonNode followed = expect(200, api.post("/api/requests/" + id + "/follow", student.token(), null)).body();
      assertThat(followed.path("following").asBoolean()).isTrue();
      followers.add(student);
    }
    Person leaver = followers.remove(38);
    expect(200, api.delete("/api/requests/" + id + "/follow", leaver.token()));

    JsonNode request = expect(200, api.get("/api/requests/" + id, admin)).body();
    assertThat(request.path("followers").asInt()).isEqualTo(38);
    assertThat(api.get("/api/requests?status=PENDING_REVIEW&buildingId=" + building, admin).body().path("total").asInt())
        .as("one request for the fault").isEqualTo(1);

    Person worker = newWorker("WATER_ELECTRIC");
    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "换了加热器")));

    for (Person follower : followers) {
      assertThat(awaitSms(follower.phone(), "FOLLOWED_REQUEST_FIXED", 1).get(0).text()).contains(request.path("number").asText());
    }
    assertThat(textsQueued("FOLLOWED_REQUEST_FIXED", id)).as("one text per follower").isEqualTo(38);
    assertThat(outbox.sentTo(leaver.phone(), 50).stream().map(e -> e.template()))
        .as("who unfollowed is not told").doesNotContain("FOLLOWED_REQUEST_FIXED");
    assertThat(awaitSms(first.phone(), "REPAIR_COMPLETED", 1)).hasSize(1);
    assertThat(outbox.sentTo(first.phone(), 50).stream().map(e -> e.template()))
        .as("the requester gets the usual text, not the followers'").doesNotContain("FOLLOWED_REQUEST_FIXED");
  }

  @Test
  void aReworkedRepairDoesNotTellTheFollowersAgain() {
    Person student = newStudent();
    Person follower = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String id = requestAt("IN_PROGRESS", student, worker);
    expect(200, api.post("/api/requests/" + id + "/follow", follower.token(), null));
    expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "已修好")));
    expect(200, api.post("/api/requests/" + id + "/rate", student.token(), Map.of("result", 1, "efficiency", 1)));
    expect(200, api.post("/api/requests/" + id + "/revisit", admin, Map.of("outcome", "REWORK")));
    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "又修了一次")));

    awaitSms(follower.phone(), "FOLLOWED_REQUEST_FIXED", 1);
    assertThat(textsQueued("FOLLOWED_REQUEST_FIXED", id)).isEqualTo(1);
  }

  @Test
  void theSameRoomMatchesButAnotherRoomOnlyForBuildingWideCategories() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String room = campus.room(building, "201");
    String next = campus.room(building, "202");
    String heater = campus.asset(room, "热水器", "WATER_ELECTRIC");
    Person student = newStudent();
    Person neighbour = newStudent();
    String id = expect(201, report(student, "WATER_ELECTRIC", Map.of("roomId", room))).text("id");
    expect(201, report(student, "DOOR_WINDOW", Map.of("roomId", room)));

    JsonNode same = expect(200, api.get(duplicatesAt("WATER_ELECTRIC", "roomId", room), neighbour.token())).body();
    assertThat(same.path("buildingWide").asBoolean()).isFalse();
    JsonNode card = same.path("items").path(0);
    assertThat(same.path("items")).hasSize(1);
    assertThat(card.path("id").asText()).isEqualTo(id);
    assertThat(card.path("status").asText()).isEqualTo("PENDING_REVIEW");
    assertThat(card.path("category").path("name").asText()).isEqualTo("水电");
    assertThat(card.path("place").asText()).endsWith("201");
    assertThat(card.path("mine").asBoolean()).isFalse();
    assertThat(card.path("following").asBoolean()).isFalse();
    assertThat(card.has("description")).as("nothing about the person who reported it").isFalse();
    assertThat(card.has("contactPhone")).isFalse();

    assertThat(api.get(duplicatesAt("WATER_ELECTRIC", "assetId", heater), neighbour.token()).body().path("items")
        .findValuesAsText("id")).as("a report of the room covers its assets").containsExactly(id);
    assertThat(api.get(duplicatesAt("WATER_ELECTRIC", "roomId", next), neighbour.token()).body().path("items"))
        .as("another room, a category of rooms").isEmpty();
    assertThat(api.get(duplicatesAt("WATER_ELECTRIC", "roomId", room), student.token()).body().path("items").path(0)
        .path("mine").asBoolean()).isTrue();
    expect(200, api.post("/api/requests/" + id + "/cancel", student.token(), Map.of("reason", "自己修好了")));
    assertThat(api.get(duplicatesAt("WATER_ELECTRIC", "roomId", room), neighbour.token()).body().path("items"))
        .as("only open requests").isEmpty();
  }

  @Test
  void theDuplicateQueryRefusesBadQuestionsNamingTheField() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String room = campus.newRoom();
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");

    assertRefused(401, api.get(duplicatesAt("WATER_ELECTRIC", "roomId", room), null));
    assertRefused(403, api.get(duplicatesAt("WATER_ELECTRIC", "roomId", room), worker.token()));
    assertField(api.get("/api/requests/duplicates?roomId=" + room, student.token()), "categoryCode");
    assertField(api.get(duplicatesAt("NO_SUCH", "roomId", room), student.token()), "categoryCode");
    assertField(api.get("/api/requests/duplicates?categoryCode=WATER_ELECTRIC", student.token()), "roomId");
    assertField(api.get(duplicatesAt("WATER_ELECTRIC", "roomId", "no-such-room"), student.token()), "roomId");
    assertField(api.get(duplicatesAt("WATER_ELECTRIC", "assetId", "x".repeat(5000)), student.token()), "assetId");
    assertField(api.get(duplicatesAt("WATER_ELECTRIC", "buildingId", "nowhere"), student.token()), "buildingId");
    expect(200, api.get(duplicatesAt("WATER_ELECTRIC", "roomId", room), admin));
  }

  @Test
  void followingIsIdempotentAndRefusedForOnesOwnAnEndedOrAnUnknownRequest() {
    Person student = newStudent();
    Person other = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String id = submitted(student);

    expect(200, api.post("/api/requests/" + id + "/follow", other.token(), null));
    JsonNode twice = expect(200, api.post("/api/requests/" + id + "/follow", other.token(), null)).body();
    assertThat(twice.path("followers").asInt()).as("following twice makes one follower").isEqualTo(1);

    assertRefused(409, api.post("/api/requests/" + id + "/follow", student.token(), null));
    assertRefused(403, api.post("/api/requests/" + id + "/follow", worker.token(), null));
    assertRefused(403, api.post("/api/requests/" + id + "/follow", admin, null));
    assertRefused(401, api.post("/api/requests/" + id + "/follow", null, null));
    assertRefused(404, api.post("/api/requests/999999999/follow", other.token(), null));
    assertRefused(404, api.delete("/api/requests/999999999/follow", other.token()));

    JsonNode seen = expect(200, api.get("/api/requests/" + id, other.token())).body();
    assertThat(seen.path("following").asBoolean()).isTrue();
    assertThat(seen.path("followers").asInt()).isEqualTo(1);
    assertThat(seen.path("contactPhone").isNull()).as("a follower does not see the requester's contact").isTrue();
    assertThat(seen.path("requester").isNull()).isTrue();
    assertThat(seen.path("allowedActions")).isEmpty();
    assertThat(api.get("/api/requests/followed", other.token()).body().path("items").findParents("number").stream().map(item -> item.path("id").asText()).toList())
        .containsExactly(id);
    assertThat(api.get("/api/requests/" + id, student.token()).body().path("followers").asInt()).isEqualTo(1);

    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "REJECT")));
    ApiResponse ended = api.post("/api/requests/" + id + "/follow", newStudent().token(), null);
    assertRefused(409, ended);
    assertThat(ended.text("detail")).contains("已结束");
    JsonNode unfollowed = expect(200, api.delete("/api/requests/" + id + "/follow", other.token())).body();
    assertThat(unfollowed.path("following").asBoolean()).isFalse();
    assertThat(unfollowed.path("followers").asInt()).isZero();
    assertRefused(403, api.get("/api/requests/" + id, other.token()));
  }

  @Test
  void followersOfARequestThatEndsWithoutARepairAreToldOnceToReportAgain() {
    Person student = newStudent();
    Person follower = newStudent();
    Person quitter = newStudent();
    String rejected = submitted(student);
    String withdrawn = submitted(student);
    for (String id : List.of(rejected, withdrawn)) {
      expect(200, api.post("/api/requests/" + id + "/follow", follower.token(), null));
      expect(200, api.post("/api/requests/" + id + "/follow", quitter.token(), null));
      expect(200, api.delete("/api/requests/" + id + "/follow", quitter.token()));
    }

    expect(200, api.post("/api/requests/" + rejected + "/review", adminToken(), Map.of("decision", "REJECT", "note", "不属于后勤维修范围")));
    expect(200, api.post("/api/requests/" + withdrawn + "/cancel", student.token(), Map.of("reason", "自己修好了")));

    List<String> texts = awaitSms(follower.phone(), "FOLLOWED_REQUEST_CLOSED", 2).stream().map(SmsOutbox.OutboxEntry::text).toList();
    assertThat(texts).anySatisfy(text -> assertThat(text).contains(number(rejected)).contains("未受理").contains("重新报修"))
        .anySatisfy(text -> assertThat(text).contains(number(withdrawn)).contains("已撤销"));
    assertThat(textsQueued("FOLLOWED_REQUEST_CLOSED", rejected)).as("who unfollowed is not told").isEqualTo(1);
    assertThat(textsQueued("FOLLOWED_REQUEST_CLOSED", withdrawn)).isEqualTo(1);
  }

  private String number(String requestId) {
    return api.get("/api/requests/" + requestId, adminToken()).text("number");
  }

  @Test
  void manyFollowersRaiseARequestInTheAdminsListByDue() {
    String admin = adminToken();
    Person student = newStudent();
    String older = submitted(student);
    String followed = submitted(student);
    for (int i = 0; i < 5; i++) {
      expect(200, api.post("/api/requests/" + followed + "/follow", newStudent().token(), null));
    }
    List<String> order = api.get("/api/requests?status=PENDING_REVIEW&sort=due&size=100", admin).body()
        .path("items").findParents("number").stream().map(item -> item.path("id").asText()).toList();
    assertThat(order).contains(older, followed);
    assertThat(order.indexOf(followed)).as("five people affected outrank an earlier due time").isLessThan(order.indexOf(older));
  }

  private long textsQueued(String template, String requestId) {
    return jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE template = :template AND request_id = :id")
        .param("template", template).param("id", requestId).query(Long.class).single();
  }

  private String buildingWideCategory(String admin) {
    String code = Campus.unique("HOT");
    expect(201, api.post("/api/categories", admin, Map.of("code", code, "name", "热水", "buildingWide", true)));
    return code;
  }

  private ApiResponse report(Person student, String category, Map<String, Object> location) {
    Map<String, Object> body = new HashMap<>();
    body.put("categoryCode", category);
    body.put("description", "没有热水");
    body.put("location", location);
    return api.post("/api/requests", student.token(), body);
  }

  private static String duplicatesAt(String category, String placeField, String placeId) {
    return "/api/requests/duplicates?categoryCode=" + category + "&" + placeField + "=" + placeId;
  }

  static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as(response.toString()).isTrue();
    assertThat(response.text("detail")).as(response.toString()).isNotBlank();
  }

  static void assertField(ApiResponse response, String field) {
    assertRefused(400, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
  }
}
