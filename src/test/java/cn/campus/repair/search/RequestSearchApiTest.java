package cn.campus.repair.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admins find any request by what they remember of it; workers and requesters search their own. */
class RequestSearchApiTest extends IntegrationTest {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  private static final Timestamp LONG_AGO = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0));

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void anAdminFindsARequestByNumberPhoneNameRoomDescriptionStatusAndDate() {
    String admin = adminToken();
    Person student = newStudent();
    String word = uniqueChinese(4);
    String building = uniqueChinese(2) + "楼";
    expect(200, api.post("/api/me", student.token(), Map.of("name", "李" + word.substring(0, 2))));
    String leak = filed(student, "卫生间" + word + "水管漏水", building, "301");
    String door = filed(student, "宿舍门锁坏了", building, "302");
    JsonNode leakView = expect(200, api.get("/api/requests/" + leak, admin)).body();

    assertThat(found(admin, "q=" + leakView.path("number").asText())).containsExactly(leak);
    assertThat(found(admin, "q=" + leakView.path("number").asText().toLowerCase())).containsExactly(leak);
    assertThat(found(admin, "q=" + student.phone())).containsExactly(door, leak);
    assertThat(found(admin, "q=李" + word.substring(0, 2))).containsExactly(door, leak);
    assertThat(found(admin, "q=" + building + " 301")).containsExactly(leak);
    assertThat(found(admin, "q=" + word.substring(1, 4))).containsExactly(leak);
    assertThat(found(admin, "q=" + word + " 漏水")).containsExactly(leak);
    // Written together, the words are a phrase the description does not have.
    assertThat(found(admin, "q=" + word + "漏水")).isEmpty();
    assertThat(found(admin, "q=" + building + "&status=PENDING_REVIEW&from=" + TODAY + "&to=" + TODAY))
        .containsExactly(door, leak);
    assertThat(found(admin, "q=" + building + "&status=CLOSED")).isEmpty();
    assertThat(found(admin, "q=" + building + "&to=2020-01-01")).isEmpty();
    assertThat(found(admin, "q=" + word + "不存在")).isEmpty();

    JsonNode page = expect(200, api.get("/api/requests?size=1&q=" + building, admin)).body();
    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(page.path("items").path(0).path("allowedActions").toString()).isEqualTo("[\"review\",\"merge\"]");
    assertThat(page.path("items").path(0).path("category").path("name").asText()).isEqualTo("水电");
    // A date range alone lists what was filed then.
    assertThat(found(admin, "from=" + TODAY + "&size=100")).contains(door);
  }

  @Test
  void workersAndRequestersSearchOnlyTheirOwn() {
    String admin = adminToken();
    String word = uniqueChinese(4);
    Person worker = newWorker("WATER_ELECTRIC");
    Person otherWorker = newWorker("WATER_ELECTRIC");
    Person student = newStudent();
    Person otherStudent = newStudent();
    String given = filed(student, word + "一号", "1号楼", "101");
    String notGiven = filed(otherStudent, word + "二号", "1号楼", "102");
    expect(200, api.post("/api/requests/" + given + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + given + "/assign", admin, Map.of("workerId", worker.id())));

    assertThat(found(worker.token(), "q=" + word)).containsExactly(given);
    assertThat(found(worker.token(), "q=" + word + "&status=ASSIGNED")).containsExactly(given);
    assertThat(found(otherWorker.token(), "q=" + word)).isEmpty();
    assertThat(found(student.token(), "q=" + word)).containsExactly(given);
    assertThat(found(otherStudent.token(), "q=" + word)).containsExactly(notGiven);
    assertThat(found(admin, "q=" + word)).containsExactly(notGiven, given);
    // A refused request stays in the worker's search, as in their list.
    expect(200, api.post("/api/requests/" + given + "/refuse", worker.token(), Map.of("reason", "不在我片区")));
    assertThat(found(worker.token(), "q=" + word)).containsExactly(given);
  }

  @Test
  void aWorkerFindsTheirRequestByEveryKindOfWordOnceGivenItAndKeepsItWhenItGoesToAnother() {
    String admin = adminToken();
    String word = uniqueChinese(4);
    String building = uniqueChinese(2) + "楼";
    Person first = newWorker("WATER_ELECTRIC");
    Person second = newWorker("WATER_ELECTRIC");
    Person third = newWorker("WATER_ELECTRIC");
    Person student = newStudent();
    expect(200, api.post("/api/me", student.token(), Map.of("name", "李" + word.substring(0, 2))));
    String leak = filed(student, "卫生间" + word + "水管漏水", building, "301");
    String number = expect(200, api.get("/api/requests/" + leak, admin)).body().path("number").asText();
    List<String> everyKind = List.of(number, leak, student.phone(), "李" + word.substring(0, 2), building + " 301",
        word.substring(1, 4), word + " 漏水");
    for (String query : everyKind) {
      assertThat(found(first.token(), "q=" + query)).as(query).isEmpty();
    }

    expect(200, api.post("/api/requests/" + leak + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + leak + "/assign", admin, Map.of("workerId", first.id())));
    for (String query : everyKind) {
      assertThat(found(first.token(), "q=" + query)).as(query).containsExactly(leak);
      assertThat(found(second.token(), "q=" + query)).as(query).isEmpty();
    }
    assertThat(found(first.token(), "q=" + word + " 不存在")).isEmpty();

    // Refused and dispatched again: the first keeps it, as in their list; the second gains it.
    expect(200, api.post("/api/requests/" + leak + "/refuse", first.token(), Map.of("reason", "不在我片区")));
    expect(200, api.post("/api/requests/" + leak + "/assign", admin, Map.of("workerId", second.id())));
    for (String query : everyKind) {
      assertThat(found(first.token(), "q=" + query)).as(query).containsExactly(leak);
      assertThat(found(second.token(), "q=" + query)).as(query).containsExactly(leak);
      assertThat(found(third.token(), "q=" + query)).as(query).isEmpty();
    }

    // The second leaves and an admin hands the step on: the third finds it.
    expect(200, api.post("/api/staff/" + second.id() + "/deactivate", admin, null));
    JsonNode step = expect(200, api.get("/api/staff/" + second.id() + "/open-steps", admin)).body().path(0);
    expect(200, api.post("/api/staff/" + second.id() + "/open-steps/" + step.path("taskId").asText() + "/reassign",
        admin, Map.of("assignee", third.id())));
    for (String query : everyKind) {
      assertThat(found(third.token(), "q=" + query)).as(query).containsExactly(leak);
    }
    assertThat(found(third.token(), "q=" + word + "&status=ASSIGNED")).containsExactly(leak);
    assertThat(found(third.token(), "q=" + word + "&status=CLOSED")).isEmpty();
    assertThat(found(third.token(), "q=" + word + "&to=2020-01-01")).isEmpty();
  }

  @Test
  void aWorkerWithManyRequestsFindsTheFewThatHaveBothCommonWordsAcrossPages() {
    String admin = adminToken();
    Person worker = newWorker("WATER_ELECTRIC");
    Person student = newStudent();
    String leak = uniqueChinese(2);
    String building = uniqueChinese(2);
    List<String> both = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String description = switch (i % 3) {
        case 0 -> leak + "和" + building;
        case 1 -> leak + "一次";
        default -> building + "二次";
      };
      String id = filed(student, description, "东区", "10" + i);
      expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
      expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
      if (i % 3 == 0) {
        both.add(id);
      }
    }
    String notGiven = filed(student, leak + "和" + building, "东区", "199");
    List<String> newestFirst = found(worker.token(), "size=100").stream().filter(both::contains).toList();
    assertThat(newestFirst).hasSize(8);
    // Both words and the worker's list beyond the count that picks the driver, as in a million
    // requests where 漏水 and a building are common and a worker holds thousands. The extra entries
    // name no request.
    common(leak);
    common(building);
    List<Object[]> given = new ArrayList<>();
    for (int i = 0; i <= RequestSearch.CHOICE_CAP; i++) {
      given.add(new Object[] {worker.id(), "none" + Integer.toHexString(worker.id().hashCode()) + "-" + i,
          LONG_AGO, LONG_AGO});
    }
    jdbc.batchUpdate("INSERT INTO request_worker (worker_id, request_id, created_at, request_created_at)"
        + " VALUES (?, ?, ?, ?)", given);
    // And each word beyond it among the worker's own requests, which a worker's search walks.
    for (String term : List.of(leak, building)) {
      List<Object[]> own = new ArrayList<>();
      for (int i = 0; i <= RequestSearch.CHOICE_CAP; i++) {
        own.add(new Object[] {worker.id(), term, LONG_AGO, "none" + Integer.toHexString(term.hashCode()) + "-" + i});
      }
      jdbc.batchUpdate("INSERT INTO worker_search_term (worker_id, term, request_created_at, request_id)"
          + " VALUES (?, ?, ?, ?)", own);
    }

    List<String> paged = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      JsonNode result = expect(200, api.get("/api/requests?size=3&page=" + page + "&q=" + leak + " " + building,
          worker.token())).body();
      assertThat(result.path("total").asLong()).isEqualTo(8);
      result.path("items").forEach(item -> paged.add(item.path("id").asText()));
    }
    assertThat(paged).isEqualTo(newestFirst);
    assertThat(found(admin, "size=100&q=" + leak + " " + building)).hasSize(9).contains(notGiven)
        .containsAll(both);
  }

  private void common(String term) {
    List<Object[]> entries = new ArrayList<>();
    for (int i = 0; i <= RequestSearch.CHOICE_CAP; i++) {
      entries.add(new Object[] {"none" + Integer.toHexString(term.hashCode()) + "-" + i, term, LONG_AGO});
    }
    jdbc.batchUpdate("INSERT INTO request_search_term (request_id, term, created_at) VALUES (?, ?, ?)", entries);
  }

  @Test
  void searchesThatCannotBeAnsweredAreRefusedWithTheFieldNamed() {
    String admin = adminToken();
    assertField(api.get("/api/requests?q=" + "门", admin), "q");
    assertField(api.get("/api/requests?q=" + "——", admin), "q");
    assertField(api.get("/api/requests?q=" + "a".repeat(51), admin), "q");
    assertField(api.get("/api/requests?q=" + "一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛 壬癸 子丑 寅卯 辰巳", admin), "q");
    assertField(api.get("/api/requests?from=yesterday", admin), "from");
    assertField(api.get("/api/requests?from=2026-02-30", admin), "from");
    assertField(api.get("/api/requests?from=2026-05-02&to=2026-05-01", admin), "to");
    assertField(api.get("/api/requests?q=abc&status=LOST", admin), "status");
    assertField(api.get("/api/requests?q=abc&size=101", admin), "size");
    expect(401, api.get("/api/requests?q=abc", null));
  }

  private String filed(Person student, String description, String building, String room) {
    ApiResponse created = expect(201, api.post("/api/requests", student.token(), Map.of(
        "categoryCode", "WATER_ELECTRIC", "description", description,
        "location", Map.of("building", building, "room", room))));
    return created.text("id");
  }

  private List<String> found(String token, String query) {
    // The client encodes the URI template as a browser would.
    JsonNode page = expect(200, api.get("/api/requests?" + query, token)).body();
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  /** Characters from the common block that no other test's text is likely to share. */
  private static String uniqueChinese(int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.appendCodePoint(0x4E00 + ThreadLocalRandom.current().nextInt(0x9FA5 - 0x4E00));
    }
    return word.toString();
  }

  private static void assertField(ApiResponse response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.fieldInError()).as(response.toString()).isEqualTo(field);
  }
}
