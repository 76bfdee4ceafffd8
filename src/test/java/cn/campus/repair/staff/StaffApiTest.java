package cn.campus.repair.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import cn.campus.repair.support.ApiClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The staff list, edits, deactivation on every door, handing on a departed worker's job, and the audit log. */
class StaffApiTest extends IntegrationTest {

  @Test
  void theStaffListFindsPeopleByNamePhoneSpecialtyRoleAndState() {
    String admin = adminToken();
    Person plumber = newWorker("WATER_ELECTRIC");
    Person carpenter = newWorker("FURNITURE");

    JsonNode byPhone = expect(200, api.get("/api/staff?q=" + plumber.phone(), admin)).body();
    assertThat(byPhone.path("total").asLong()).isEqualTo(1);
    assertThat(byPhone.path("items").path(0).path("id").asText()).isEqualTo(plumber.id());
    assertThat(byPhone.path("items").path(0).path("active").asBoolean()).isTrue();

    String carpenterName = "师傅" + carpenter.phone().substring(7);
    JsonNode byName = expect(200, api.get("/api/staff?q=" + carpenterName + "&specialty=FURNITURE&role=WORKER", admin)).body();
    assertThat(ids(byName)).containsExactly(carpenter.id());
    assertThat(ids(expect(200, api.get("/api/staff?q=" + carpenterName + "&specialty=WATER_ELECTRIC", admin)).body()))
        .isEmpty();
    // A requester is nobody's staff: not listed, not editable.
    Person student = newStudent();
    assertThat(ids(expect(200, api.get("/api/staff?q=" + student.phone(), admin)).body())).isEmpty();
    expect(404, api.get("/api/staff/" + student.id(), admin));
    // LIKE's wildcards are searched for, not obeyed.
    assertThat(expect(200, api.get("/api/staff?q=%25", admin)).body().path("total").asLong()).isZero();
  }

  @Test
  void anAdminEditsNameRolePhoneAndSpecialtiesAndTheAuditLogSaysWhoDidWhat() {
    String admin = adminToken();
    Person worker = newWorker("WATER_ELECTRIC");
    String newPhone = newPhone();

    JsonNode edited = expect(200, api.patch("/api/staff/" + worker.id(), admin, Map.of(
        "name", " 张师傅 ", "phone", newPhone, "specialties", List.of("FURNITURE", "DOOR_WINDOW")))).body();
    assertThat(edited.path("name").asText()).isEqualTo("张师傅");
    assertThat(edited.path("phone").asText()).isEqualTo(newPhone);
    assertThat(edited.path("specialties").toString()).isEqualTo("[\"FURNITURE\",\"DOOR_WINDOW\"]");
    // The mini program sends POST for PATCH.
    expect(200, api.post("/api/staff/" + worker.id(), admin, Map.of("role", "ADMIN")));
    assertThat(expect(200, api.get("/api/staff/" + worker.id(), admin)).text("role")).isEqualTo("ADMIN");

    JsonNode audit = expect(200, api.get("/api/staff/audit?staffId=" + worker.id(), admin)).body();
    assertThat(audit.path("items")).hasSize(3);
    JsonNode roleChange = audit.path("items").path(0);
    assertThat(roleChange.path("action").asText()).isEqualTo("UPDATED");
    assertThat(roleChange.path("detail").asText()).isEqualTo("角色：维修工 → 管理员");
    assertThat(roleChange.path("actor").path("name").asText()).isEqualTo("管理员");
    assertThat(audit.path("items").path(1).path("detail").asText())
        .contains("姓名：师傅" + worker.phone().substring(7) + " → 张师傅").contains("手机号：").contains("专长：WATER_ELECTRIC → FURNITURE/DOOR_WINDOW");
    assertThat(audit.path("items").path(2).path("action").asText()).isEqualTo("CREATED");
    // The whole log, newest first, has the change too.
    assertThat(expect(200, api.get("/api/staff/audit?size=100", admin)).body().path("items").toString())
        .contains(worker.id());
  }

  @Test
  void editsAreRefusedWithTheFieldNamedAndChangeNothing() {
    String admin = adminToken();
    Person worker = newWorker("WATER_ELECTRIC");
    Person other = newWorker();
    String path = "/api/staff/" + worker.id();

    assertField(api.patch(path, admin, Map.of("name", " ")), 400, "name");
    assertField(api.patch(path, admin, Map.of("name", "名".repeat(51))), 400, "name");
    assertThat(api.patch(path, admin, Map.of("name", "名".repeat(200_000))).status()).as("a body over 64 KB").isEqualTo(413);
    assertField(api.patch(path, admin, Map.of("phone", "12345")), 400, "phone");
    assertField(api.patch(path, admin, Map.of("role", "USER")), 400, "role");
    assertField(api.patch(path, admin, Map.of("role", "KING")), 400, "role");
    assertField(api.patch(path, admin, Map.of("specialties", List.of("SPACESHIP"))), 400, "specialties");
    assertField(api.patch(path, admin, Map.of("specialties", "WATER_ELECTRIC")), 400, "specialties");
    expect(400, raw("PATCH", path, admin, "{\"name\": \"甲\", \"name\": \"乙\"}"));
    expect(400, raw("PATCH", path, admin, "{\"name\": "));
    expect(400, raw("PATCH", path, admin, "[1, 2]"));
    expect(409, api.patch(path, admin, Map.of("phone", other.phone())));
    expect(404, api.patch("/api/staff/999999", admin, Map.of("name", "谁")));
    expect(403, api.patch(path, worker.token(), Map.of("name", "我自己")));
    expect(401, api.patch(path, null, Map.of("name", "谁")));

    JsonNode unchanged = expect(200, api.get(path, admin)).body();
    assertThat(unchanged.path("name").asText()).isEqualTo("师傅" + worker.phone().substring(7));
    assertThat(unchanged.path("phone").asText()).isEqualTo(worker.phone());
    assertThat(unchanged.path("specialties").toString()).isEqualTo("[\"WATER_ELECTRIC\"]");
    assertThat(expect(200, api.get("/api/staff/audit?staffId=" + worker.id(), admin)).body().path("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void aDeactivatedWorkerCanNoLongerDoAnythingAnywhereUntilReactivated() throws Exception {
    String admin = adminToken();
    Person worker = newWorker("WATER_ELECTRIC");
    expect(204, api.put("/api/me/password", worker.token(), Map.of("newPassword", "worker-pass-1")));
    String secondToken = expect(200, api.post("/api/auth/login", null,
        Map.of("phone", worker.phone(), "password", "worker-pass-1"))).text("token");
    WebappSession tasklist = new WebappSession("http://127.0.0.1:" + port);
    assertThat(tasklist.login("tasklist", worker.phone(), "worker-pass-1").status()).isEqualTo(200);
    assertThat(tasklist.get("/task").status()).isEqualTo(200);

    JsonNode deactivated = expect(200, api.post("/api/staff/" + worker.id() + "/deactivate", admin, null)).body();
    assertThat(deactivated.path("active").asBoolean()).isFalse();

    // Every token ends at once, the one that set the password too.
    expect(401, api.get("/api/me", worker.token()));
    expect(401, api.get("/api/me", secondToken));
    // No door lets them in again: password, code, Tasklist (and its open session), engine REST.
    ApiResponse password = expect(403, api.post("/api/auth/login", null,
        Map.of("phone", worker.phone(), "password", "worker-pass-1")));
    assertThat(password.text("detail")).isEqualTo("账号已停用，请联系后勤管理员");
    expect(401, api.post("/api/auth/login", null, Map.of("phone", worker.phone(), "password", "wrong-password")));
    String neverLoggedIn = newPhone();
    String newcomer = expect(201, api.post("/api/staff", admin, Map.of("phone", neverLoggedIn, "name", "新来的", "role", "WORKER")))
        .text("id");
    expect(200, api.post("/api/staff/" + newcomer + "/deactivate", admin, null));
    assertThat(expect(403, loginByCode(neverLoggedIn)).text("detail")).isEqualTo("账号已停用，请联系后勤管理员");
    assertThat(tasklist.get("/task").status()).isEqualTo(401);
    assertThat(new WebappSession("http://127.0.0.1:" + port).login("tasklist", worker.phone(), "worker-pass-1").status())
        .isEqualTo(401);
    assertThat(new EngineRestClient("http://127.0.0.1:" + port, worker.phone(), "worker-pass-1").get("/task").status())
        .isEqualTo(401);
    // Dispatch no longer offers them, and an assignment naming them is refused.
    assertThat(expect(200, api.get("/api/workers?q=" + worker.phone(), admin)).body().path("total").asLong()).isZero();
    String request = requestAt("AWAITING_DISPATCH", newStudent(), null);
    assertField(api.post("/api/requests/" + request + "/assign", admin, Map.of("workerId", worker.id())), 400, "workerId");
    // The staff list still has them, marked inactive.
    assertThat(expect(200, api.get("/api/staff?active=false&q=" + worker.phone(), admin)).body().path("total").asLong())
        .isEqualTo(1);

    expect(200, api.post("/api/staff/" + worker.id() + "/reactivate", admin, null));
    expect(200, api.post("/api/auth/login", null, Map.of("phone", worker.phone(), "password", "worker-pass-1")));
    assertThat(expect(200, api.get("/api/workers?q=" + worker.phone(), admin)).body().path("total").asLong()).isEqualTo(1);
    JsonNode audit = expect(200, api.get("/api/staff/audit?staffId=" + worker.id(), admin)).body();
    assertThat(audit.path("items").path(0).path("action").asText()).isEqualTo("REACTIVATED");
    assertThat(audit.path("items").path(1).path("action").asText()).isEqualTo("DEACTIVATED");
  }

  @Test
  void aDepartedWorkersJobGoesToAnotherWorkerWhoCarriesItToTheEnd() {
    String admin = adminToken();
    Person leaving = newWorker("WATER_ELECTRIC");
    Person taking = newWorker("WATER_ELECTRIC");
    Person student = newStudent();
    String confirming = requestAt("ASSIGNED", student, leaving);
    String repairing = requestAt("IN_PROGRESS", student, leaving);
    expect(200, api.post("/api/staff/" + leaving.id() + "/deactivate", admin, null));

    JsonNode steps = expect(200, api.get("/api/staff/" + leaving.id() + "/open-steps", admin)).body();
    assertThat(steps).hasSize(2);
    JsonNode confirm = steps.path(0);
    assertThat(confirm.path("requestId").asText()).isEqualTo(confirming);
    assertThat(confirm.path("stepKey").asText()).isEqualTo("confirm");
    assertThat(confirm.path("forWorker").asBoolean()).isTrue();
    assertThat(confirm.path("number").asText()).startsWith("BX");

    // An admin cannot take a worker's step; someone who left cannot either.
    assertField(api.post("/api/staff/" + leaving.id() + "/open-steps/" + confirm.path("taskId").asText() + "/reassign",
        admin, Map.of("assignee", "1001")), 400, "assignee");
    assertField(api.post("/api/staff/" + leaving.id() + "/open-steps/" + confirm.path("taskId").asText() + "/reassign",
        admin, Map.of()), 400, "assignee");
    for (JsonNode step : steps) {
      expect(200, api.post("/api/staff/" + leaving.id() + "/open-steps/" + step.path("taskId").asText() + "/reassign",
          admin, Map.of("assignee", taking.id())));
    }
    assertThat(expect(200, api.get("/api/staff/" + leaving.id() + "/open-steps", admin)).body()).isEmpty();
    expect(404, api.post("/api/staff/" + leaving.id() + "/open-steps/" + confirm.path("taskId").asText() + "/reassign",
        admin, Map.of("assignee", taking.id())));

    JsonNode handedOn = expect(200, api.get("/api/requests/" + confirming, taking.token())).body();
    assertThat(handedOn.path("worker").path("id").asText()).isEqualTo(taking.id());
    assertThat(handedOn.path("currentStep").path("assignee").path("id").asText()).isEqualTo(taking.id());
    assertThat(handedOn.path("allowedActions").toString()).isEqualTo("[\"accept\",\"refuse\"]");
    assertThat(handedOn.path("history").toString()).contains("REASSIGNED").contains("转派给维修工");
    // The next worker step of the model (${workerId}) is the new worker's too.
    expect(200, api.post("/api/requests/" + confirming + "/accept", taking.token(), null));
    JsonNode repair = expect(200, api.get("/api/requests/" + confirming, taking.token())).body();
    assertThat(repair.path("currentStep").path("assignee").path("id").asText()).isEqualTo(taking.id());
    expect(200, api.post("/api/requests/" + repairing + "/complete", taking.token(), Map.of("note", "接手修好")));
    assertThat(expect(200, api.get("/api/requests/" + repairing, student.token())).text("status"))
        .isEqualTo("AWAITING_RATING");
    assertThat(expect(200, api.get("/api/staff/audit?staffId=" + leaving.id(), admin)).body().path("items").path(0)
        .path("action").asText()).isEqualTo("TASK_REASSIGNED");
  }

  @Test
  void oneActiveAdminAlwaysRemainsEvenWhenTwoAdminsRemoveEachOtherAtOnce() throws Exception {
    String bootstrap = adminToken();
    Person first = newAdmin();
    Person second = newAdmin();
    expect(409, api.post("/api/staff/" + first.id() + "/deactivate", first.token(), null));
    List<String> others = new ArrayList<>();
    for (JsonNode admin : expect(200, api.get("/api/staff?role=ADMIN&active=true&size=100", bootstrap)).body().path("items")) {
      String id = admin.path("id").asText();
      if (!id.equals(first.id()) && !id.equals(second.id())) {
        others.add(id);
      }
    }
    try {
      for (String id : others) {
        expect(200, api.post("/api/staff/" + id + "/deactivate", first.token(), null));
      }
      CompletableFuture<ApiResponse> one = CompletableFuture.supplyAsync(
          () -> api.post("/api/staff/" + second.id() + "/deactivate", first.token(), null));
      CompletableFuture<ApiResponse> other = CompletableFuture.supplyAsync(
          () -> api.post("/api/staff/" + first.id() + "/deactivate", second.token(), null));
      List<Integer> statuses = List.of(one.get().status(), other.get().status());
      assertThat(statuses).as(statuses.toString()).containsOnlyOnce(200);
      Person remaining = one.get().status() == 200 ? first : second;
      assertThat(expect(200, api.get("/api/staff?role=ADMIN&active=true&size=100", remaining.token())).body()
          .path("total").asLong()).isEqualTo(1);
      ApiResponse lastRole = expect(409, api.patch("/api/staff/" + remaining.id(), remaining.token(), Map.of("role", "WORKER")));
      assertThat(lastRole.text("detail")).contains("最后一位在职管理员");
      for (String id : others) {
        expect(200, api.post("/api/staff/" + id + "/reactivate", remaining.token(), null));
      }
    } finally {
      others.forEach(id -> api.post("/api/staff/" + id + "/reactivate", first.token(), null));
      others.forEach(id -> api.post("/api/staff/" + id + "/reactivate", second.token(), null));
    }
    expect(200, api.get("/api/me", adminToken()));
  }

  @Test
  void onlyAdminsManageStaff() {
    Person worker = newWorker();
    Person student = newStudent();
    for (String token : new String[] {worker.token(), student.token()}) {
      expect(403, api.get("/api/staff", token));
      expect(403, api.get("/api/staff/audit", token));
      expect(403, api.post("/api/staff/" + worker.id() + "/deactivate", token, null));
      expect(403, api.get("/api/staff/" + worker.id() + "/open-steps", token));
    }
    expect(401, api.get("/api/staff", null));
    assertField(api.get("/api/staff?page=-1", adminToken()), 400, "page");
    assertField(api.get("/api/staff?role=KING", adminToken()), 400, "role");
    assertField(api.get("/api/staff?active=perhaps", adminToken()), 400, "active");
  }

  private Person newAdmin() {
    String phone = newPhone();
    ApiResponse created = expect(201, api.post("/api/staff", adminToken(), Map.of(
        "phone", phone, "name", "管理员" + phone.substring(7), "role", "ADMIN")));
    ApiResponse login = expect(200, loginByCode(phone));
    return new Person(created.text("id"), phone, login.text("token"));
  }

  private ApiResponse raw(String method, String path, String token, String body) {
    RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    return ApiClient.exchange(http.method(HttpMethod.valueOf(method))
        .uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(body));
  }

  private static void assertField(ApiResponse response, int status, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.fieldInError()).as(response.toString()).isEqualTo(field);
    assertThat(response.headers().getContentType().toString()).isEqualTo("application/problem+json");
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
