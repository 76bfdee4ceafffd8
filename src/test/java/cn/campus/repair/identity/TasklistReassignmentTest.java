package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An admin who hands a worker's step to another worker in Tasklist ("change assignee") moves the
 * request with it, as the staff page's reassignment does: the request's worker, their buttons, the
 * next worker step. Only an active worker can take it.
 */
class TasklistReassignmentTest extends IntegrationTest {

  @Test
  void changingTheAssigneeOfAWorkersStepInTasklistMakesTheNewOneTheRequestsWorker() throws Exception {
    Person first = newWorker("WATER_ELECTRIC");
    Person second = newWorker("WATER_ELECTRIC");
    String requestId = requestAt("ASSIGNED", newStudent(), first);
    WebappSession admin = new WebappSession("http://127.0.0.1:" + port);
    assertThat(admin.login("tasklist", ADMIN_PHONE, ADMIN_PASSWORD).status()).isEqualTo(200);
    String confirm = taskOf(requestId, "confirm");

    WebappSession.Result toAdmin = admin.post("/task/" + confirm + "/assignee", Map.of("userId", "1001"));
    assertThat(toAdmin.status()).as(toAdmin.body().toString()).isEqualTo(400);
    assertThat(toAdmin.body().toString()).contains("只能转给在职的维修工");
    assertThat(expect(200, api.get("/api/requests/" + requestId, adminToken())).body()
        .path("worker").path("id").asText()).isEqualTo(first.id());

    assertThat(admin.post("/task/" + confirm + "/assignee", Map.of("userId", second.id())).status()).isEqualTo(204);
    JsonNode moved = expect(200, api.get("/api/requests/" + requestId, second.token())).body();
    assertThat(moved.path("worker").path("id").asText()).isEqualTo(second.id());
    assertThat(moved.path("allowedActions").toString()).isEqualTo("[\"accept\",\"refuse\"]");
    assertThat(moved.path("history").toString()).contains("REASSIGNED").contains("管理员");
    assertThat(expect(200, api.get("/api/requests/" + requestId, first.token())).body().path("allowedActions").toString())
        .isEqualTo("[]");
    expect(200, api.post("/api/requests/" + requestId + "/accept", second.token(), null));
    assertThat(expect(200, new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD)
        .get("/task/" + taskOf(requestId, "repair"))).body().path("assignee").asText()).isEqualTo(second.id());
  }

  private String taskOf(String requestId, String taskKey) {
    return expect(200, new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD)
        .get("/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey=" + requestId)).body()
        .path(0).path("id").asText();
  }
}
