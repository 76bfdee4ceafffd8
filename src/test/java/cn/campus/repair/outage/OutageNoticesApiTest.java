package cn.campus.repair.outage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outage notices through the API: posting for a building or an area, what requesters see at home
 * and when they start a report, following one instead of reporting, the one text when an admin
 * closes it or when it expires, and every refusal, each changing nothing.
 */
class OutageNoticesApiTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private NoticeExpiry expiry;

  @Test
  void aNoticeForABuildingIsShownThereFollowedAndItsFollowersAreToldOnceWhenClosed() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String building = campus.building(area);
    String elsewhere = campus.building(campus.area());
    Person student = newStudent();
    Person leaver = newStudent();

    JsonNode posted = expect(201, api.post("/api/notices", admin, notice("buildingId", building, in(8)))).body();
    String id = posted.path("id").asText();
    assertThat(posted.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(posted.path("category").path("name").asText()).isEqualTo("水电");
    assertThat(posted.path("reason").asText()).isEqualTo("管道检修");

    assertThat(ids(api.get("/api/notices?buildingId=" + building + "&categoryCode=WATER_ELECTRIC", student.token())))
        .containsExactly(id);
    assertThat(ids(api.get("/api/notices?buildingId=" + building + "&categoryCode=NETWORK", student.token()))).isEmpty();
    assertThat(ids(api.get("/api/notices?buildingId=" + elsewhere, student.token()))).doesNotContain(id);
    assertThat(ids(api.get("/api/notices", student.token()))).as("the home page lists every active one").contains(id);

    JsonNode followed = expect(200, api.post("/api/notices/" + id + "/follow", student.token(), null)).body();
    assertThat(followed.path("following").asBoolean()).isTrue();
    expect(200, api.post("/api/notices/" + id + "/follow", student.token(), null));
    expect(200, api.post("/api/notices/" + id + "/follow", leaver.token(), null));
    JsonNode left = expect(200, api.delete("/api/notices/" + id + "/follow", leaver.token())).body();
    assertThat(left.path("following").asBoolean()).isFalse();
    assertThat(left.path("followers").asInt()).as("following twice is one follower").isEqualTo(1);

    JsonNode closed = expect(200, api.post("/api/notices/" + id + "/close", admin, null)).body();
    assertThat(closed.path("state").asText()).isEqualTo("ENDED");
    assertThat(closed.path("endReason").asText()).isEqualTo("CLOSED");
    assertThat(ids(api.get("/api/notices?buildingId=" + building, student.token()))).doesNotContain(id);
    assertThat(awaitSms(student.phone(), "OUTAGE_ENDED", 1).get(0).text()).contains("管道检修");
    assertThat(expiry.endExpired()).isGreaterThanOrEqualTo(0);
    assertThat(textsFor(id)).as("one text per follower, none to who unfollowed").isEqualTo(1);
    assertThat(outbox.sentTo(leaver.phone(), 50).stream().map(e -> e.template())).doesNotContain("OUTAGE_ENDED");

    ApiResponse again = api.post("/api/notices/" + id + "/close", admin, null);
    assertRefused(409, again);
    ApiResponse late = api.post("/api/notices/" + id + "/follow", newStudent().token(), null);
    assertRefused(409, late);
    assertThat(late.text("detail")).contains("已结束");
    assertThat(api.get("/api/notices/all", admin).body().path("items").findValuesAsText("id")).contains(id);
  }

  @Test
  void aNoticeForAnAreaCoversItsBuildingsAndExpiresOnceWithItsText() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String building = campus.building(area);
    Person student = newStudent();
    String id = expect(201, api.post("/api/notices", admin, notice("areaId", area, in(1)))).text("id");
    assertThat(ids(api.get("/api/notices?buildingId=" + building, student.token()))).containsExactly(id);
    expect(200, api.post("/api/notices/" + id + "/follow", student.token(), null));

    jdbc.sql("UPDATE outage_notice SET ends_at = :past WHERE id = :id")
        .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param("id", id).update();
    assertThat(expiry.endExpired()).isGreaterThanOrEqualTo(1);
    assertThat(expiry.endExpired()).as("a second run, as another node's, ends nothing again").isZero();

    JsonNode expired = expect(200, api.get("/api/notices/" + id, student.token())).body();
    assertThat(expired.path("endReason").asText()).isEqualTo("EXPIRED");
    awaitSms(student.phone(), "OUTAGE_ENDED", 1);
    assertThat(textsFor(id)).isEqualTo(1);
    assertRefused(409, api.post("/api/notices/" + id + "/close", admin, null));
  }

  @Test
  void postingRefusesTheWrongRoleAndBadNoticesNamingTheFieldAndMakesNone() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String building = campus.building(area);
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    long before = count();

    assertRefused(401, api.post("/api/notices", null, notice("buildingId", building, in(2))));
    assertRefused(403, api.post("/api/notices", student.token(), notice("buildingId", building, in(2))));
    assertRefused(403, api.post("/api/notices", worker.token(), notice("buildingId", building, in(2))));
    Map<String, Object> both = notice("buildingId", building, in(2));
    both.put("areaId", area);
    assertField(api.post("/api/notices", admin, both), "buildingId");
    Map<String, Object> neither = notice("buildingId", building, in(2));
    neither.remove("buildingId");
    assertField(api.post("/api/notices", admin, neither), "buildingId");
    assertField(api.post("/api/notices", admin, notice("buildingId", "nowhere", in(2))), "buildingId");
    assertField(api.post("/api/notices", admin, notice("areaId", "x".repeat(500), in(2))), "areaId");
    Map<String, Object> backwards = notice("buildingId", building, in(2));
    backwards.put("startsAt", in(3));
    ApiResponse endBeforeStart = api.post("/api/notices", admin, backwards);
    assertField(endBeforeStart, "endsAt");
    assertThat(endBeforeStart.body().path("errors").path(0).path("message").asText()).contains("晚于开始");
    assertField(api.post("/api/notices", admin, notice("buildingId", building, "2020-01-01T00:00:00Z")), "endsAt");
    assertField(api.post("/api/notices", admin, notice("buildingId", building, in(24 * 40))), "endsAt");
    assertField(api.post("/api/notices", admin, notice("buildingId", building, "明天")), "endsAt");
    Map<String, Object> noReason = notice("buildingId", building, in(2));
    noReason.put("reason", " ");
    assertField(api.post("/api/notices", admin, noReason), "reason");
    Map<String, Object> longReason = notice("buildingId", building, in(2));
    longReason.put("reason", "修".repeat(201));
    assertField(api.post("/api/notices", admin, longReason), "reason");
    Map<String, Object> unknownCategory = notice("buildingId", building, in(2));
    unknownCategory.put("categoryCode", "NO_SUCH");
    assertField(api.post("/api/notices", admin, unknownCategory), "categoryCode");
    assertRefused(400, api.post("/api/notices", admin, "{\"reason\": \"a\", \"reason\": \"b\"}"));
    assertRefused(400, api.post("/api/notices", admin, "{\"reason\": "));
    assertRefused(400, api.post("/api/notices", admin, null));

    assertThat(count()).isEqualTo(before);
    assertRefused(403, api.get("/api/notices/all", student.token()));
    assertRefused(404, api.post("/api/notices/no-such/close", admin, null));
    assertRefused(404, api.post("/api/notices/no-such/follow", student.token(), null));
    String id = expect(201, api.post("/api/notices", admin, notice("buildingId", building, in(2)))).text("id");
    assertRefused(403, api.post("/api/notices/" + id + "/close", student.token(), null));
    assertRefused(403, api.post("/api/notices/" + id + "/follow", admin, null));
    assertRefused(403, api.post("/api/notices/" + id + "/follow", worker.token(), null));
    assertField(api.get("/api/notices?buildingId=nowhere", student.token()), "buildingId");
  }

  private long textsFor(String noticeId) {
    return jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE template = 'OUTAGE_ENDED' AND event_key LIKE :key")
        .param("key", "outage-ended:" + noticeId + ":%").query(Long.class).single();
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM outage_notice").query(Long.class).single();
  }

  static Map<String, Object> notice(String placeField, String placeId, String endsAt) {
    Map<String, Object> body = new HashMap<>();
    body.put(placeField, placeId);
    body.put("categoryCode", "WATER_ELECTRIC");
    body.put("reason", "管道检修");
    body.put("endsAt", endsAt);
    return body;
  }

  static String in(int hours) {
    return Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static List<String> ids(ApiResponse response) {
    expect(200, response);
    List<String> ids = new java.util.ArrayList<>();
    response.body().forEach(item -> ids.add(item.path("id").asText()));
    return ids;
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
