package cn.campus.repair.request;

import static cn.campus.repair.request.DuplicatesApiTest.assertField;
import static cn.campus.repair.request.DuplicatesApiTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * An admin merging a duplicate into the request kept, through our API and through the engine REST
 * API (the model's merge message), and every refusal, each changing nothing.
 */
class MergeApiTest extends IntegrationTest {

  static final byte[] PNG = java.util.HexFormat.of().parseHex(
      "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cf000003010100"
          + "c9fe92ef0000000049454e44ae426082");

  @Test
  void aMergedDuplicateEndsLinkedItsRequesterFollowsAndItsPhotosShowOnTheKeptOne() {
    String admin = adminToken();
    Person keeper = newStudent();
    Person reporter = newStudent();
    Person alsoAffected = newStudent();
    String kept = submitted(keeper);
    String photo = expect(201, api.upload(reporter.token(), "leak.png", PNG, MediaType.IMAGE_PNG)).text("id");
    String duplicate = expect(201, api.post("/api/requests", reporter.token(), Map.of(
        "categoryCode", "WATER_ELECTRIC", "description", "卫生间漏水", "attachmentIds", List.of(photo),
        "location", Map.of("building", "7号楼", "room", "301")))).text("id");
    expect(200, api.post("/api/requests/" + duplicate + "/follow", alsoAffected.token(), null));
    assertThat(allowed(duplicate, admin)).contains("merge");
    assertThat(allowed(duplicate, reporter.token())).doesNotContain("merge");

    JsonNode merged = expect(200, api.post("/api/requests/" + duplicate + "/merge", admin, Map.of("into", kept))).body();

    assertThat(merged.path("status").asText()).isEqualTo("MERGED");
    assertThat(merged.path("mergedInto").asText()).isEqualTo(kept);
    assertThat(merged.path("allowedActions")).isEmpty();
    assertThat(merged.path("history").findValuesAsText("action")).endsWith("MERGED");
    JsonNode keptView = expect(200, api.get("/api/requests/" + kept, admin)).body();
    assertThat(keptView.path("followers").asInt()).as("the duplicate's requester and its follower").isEqualTo(2);
    assertThat(keptView.path("attachments").findValuesAsText("id")).contains(photo);
    assertThat(keptView.path("history").findValuesAsText("action")).contains("MERGED_IN");
    JsonNode asReporter = expect(200, api.get("/api/requests/" + kept, reporter.token())).body();
    assertThat(asReporter.path("following").asBoolean()).isTrue();
    assertThat(expect(200, api.get("/api/requests/" + duplicate, reporter.token())).body().path("mergedInto").asText())
        .isEqualTo(kept);
    assertThat(api.get("/api/requests/followed", alsoAffected.token()).body().path("items").findParents("number").stream().map(item -> item.path("id").asText()).toList())
        .containsExactly(kept);
    assertThat(api.get("/api/requests?status=MERGED", reporter.token()).body().path("items").findParents("number").stream().map(item -> item.path("id").asText()).toList())
        .containsExactly(duplicate);
  }

  @Test
  void mergeRefusesTheWrongRoleItselfAnEndedRequestAndBadBodiesAndChangesNothing() {
    String admin = adminToken();
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String kept = submitted(student);
    String duplicate = submitted(newStudent());
    String rejected = submitted(student);
    expect(200, api.post("/api/requests/" + rejected + "/review", admin, Map.of("decision", "REJECT")));
    String path = "/api/requests/" + duplicate + "/merge";

    assertRefused(401, api.post(path, null, Map.of("into", kept)));
    assertRefused(403, api.post(path, student.token(), Map.of("into", kept)));
    assertRefused(403, api.post(path, worker.token(), Map.of("into", kept)));
    assertRefused(404, api.post("/api/requests/999999999/merge", admin, Map.of("into", kept)));
    ApiResponse itself = api.post(path, admin, Map.of("into", duplicate));
    assertRefused(409, itself);
    assertThat(itself.text("detail")).contains("自己");
    ApiResponse intoEnded = api.post(path, admin, Map.of("into", rejected));
    assertRefused(409, intoEnded);
    assertThat(intoEnded.text("detail")).contains("已结束");
    assertRefused(409, api.post("/api/requests/" + rejected + "/merge", admin, Map.of("into", kept)));
    assertField(api.post(path, admin, Map.of("into", "999999999")), "into");
    assertField(api.post(path, admin, Map.of("into", "9".repeat(5000))), "into");
    assertField(api.post(path, admin, Map.of()), "into");
    assertField(api.post(path, admin, Map.of("into", " ")), "into");
    assertRefused(400, api.post(path, admin, null));
    assertRefused(400, api.post(path, admin, "{\"into\": \"" + kept + "\", \"into\": \"" + rejected + "\"}"));
    assertRefused(400, api.post(path, admin, "{\"into\": "));
    assertRefused(400, api.post(path, admin, Map.of("into", List.of(kept))));

    assertThat(api.get("/api/requests/" + duplicate, admin).text("status")).isEqualTo("PENDING_REVIEW");
    assertThat(api.get("/api/requests/" + kept, admin).body().path("followers").asInt()).isZero();

    expect(200, api.post(path, admin, Map.of("into", kept)));
    ApiResponse again = api.post(path, admin, Map.of("into", kept));
    assertRefused(409, again);
    assertThat(again.text("detail")).contains("已合并");
    ApiResponse intoMerged = api.post("/api/requests/" + submitted(student) + "/merge", admin, Map.of("into", duplicate));
    assertRefused(409, intoMerged);
  }

  @Test
  void throughTheEngineRestApiAMergeFollowsTheSameRulesAndRecordsTheSame() {
    Person reporter = newStudent();
    String kept = submitted(newStudent());
    String duplicate = submitted(reporter);
    EngineRestClient engineRest = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);

    ApiResponse intoItself = engineRest.post("/message", message(duplicate, duplicate));
    assertThat(intoItself.status()).as(intoItself.toString()).isEqualTo(400);
    assertThat(intoItself.text("message")).contains("mergedInto");
    ApiResponse intoNothing = engineRest.post("/message", message(duplicate, null));
    assertThat(intoNothing.status()).as(intoNothing.toString()).isEqualTo(400);
    assertThat(api.get("/api/requests/" + duplicate, adminToken()).text("status")).isEqualTo("PENDING_REVIEW");

    ApiResponse merged = engineRest.post("/message", message(duplicate, kept));
    assertThat(merged.status()).as(merged.toString()).isIn(200, 204);

    JsonNode ended = expect(200, api.get("/api/requests/" + duplicate, adminToken())).body();
    assertThat(ended.path("status").asText()).isEqualTo("MERGED");
    assertThat(ended.path("mergedInto").asText()).isEqualTo(kept);
    assertThat(ended.path("history").findValuesAsText("actor")).contains("管理员");
    assertThat(api.get("/api/requests/" + kept, reporter.token()).body().path("following").asBoolean()).isTrue();
  }

  @Test
  void inTasklistAnAdminStartsAMergeWithItsFormAndTheSameRulesHold() {
    Person reporter = newStudent();
    String kept = submitted(newStudent());
    String duplicate = submitted(reporter);
    EngineRestClient tasklist = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
    assertThat(expect(200, tasklist.get("/process-definition?startableInTasklist=true&latestVersion=true")).body()
        .findValuesAsText("key")).contains("merge-request");
    assertThat(expect(200, tasklist.get("/process-definition/key/merge-request/startForm")).body()
        .path("camundaFormRef").path("key").asText()).isEqualTo("merge-form");

    ApiResponse intoItself = tasklist.post("/process-definition/key/merge-request/submit-form",
        form(duplicate, duplicate));
    assertThat(intoItself.status()).as(intoItself.toString()).isEqualTo(400);
    assertThat(intoItself.text("message")).contains("不能把报修单合并到它自己");
    ApiResponse unknown = tasklist.post("/process-definition/key/merge-request/submit-form", form("999999999", kept));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.text("message")).contains("不存在或已结束");
    assertThat(api.get("/api/requests/" + duplicate, adminToken()).text("status")).isEqualTo("PENDING_REVIEW");

    expect(200, tasklist.post("/process-definition/key/merge-request/submit-form", form(duplicate, kept)));

    JsonNode merged = expect(200, api.get("/api/requests/" + duplicate, adminToken())).body();
    assertThat(merged.path("status").asText()).isEqualTo("MERGED");
    assertThat(merged.path("mergedInto").asText()).isEqualTo(kept);
    assertThat(api.get("/api/requests/" + kept, reporter.token()).body().path("following").asBoolean()).isTrue();
    ApiResponse again = tasklist.post("/process-definition/key/merge-request/submit-form", form(duplicate, kept));
    assertThat(again.status()).as("a merged request waits for nothing: " + again).isEqualTo(400);
  }

  private static Map<String, Object> form(String duplicateId, String keptId) {
    return Map.of("variables", Map.of(
        "duplicateId", Map.of("value", duplicateId, "type", "String"),
        "mergedInto", Map.of("value", keptId, "type", "String")));
  }

  private static Map<String, Object> message(String businessKey, String keptId) {
    Map<String, Object> body = new HashMap<>();
    body.put("messageName", "RequestMerged");
    body.put("businessKey", businessKey);
    if (keptId != null) {
      body.put("processVariables", Map.of("mergedInto", Map.of("value", keptId, "type", "String")));
    }
    return body;
  }

  private java.util.List<String> allowed(String id, String token) {
    java.util.List<String> actions = new java.util.ArrayList<>();
    expect(200, api.get("/api/requests/" + id, token)).body().path("allowedActions")
        .forEach(action -> actions.add(action.asText()));
    return actions;
  }
}
