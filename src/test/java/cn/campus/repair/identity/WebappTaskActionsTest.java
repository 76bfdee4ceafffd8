package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's own API (the webapps' engine REST, with a real login and its CSRF token) and the engine
 * REST API let a person do no more with a task than our API does: complete it with what its form
 * asks, valid by the same rules, and nothing else; a refusal is a 400 Tasklist can show, and nothing
 * moves.
 */
class WebappTaskActionsTest extends IntegrationTest {

  @Test
  void aWorkerCannotMakeThemselvesTheRequesterAndRateTheirOwnRepair() throws Exception {
    Person student = newStudent();
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    String requestId = requestAt("ASSIGNED", student, worker);
    WebappSession tasklist = loggedIn(worker.phone(), "worker-pass");
    String confirm = taskOf(requestId, "confirm");

    assertThat(tasklist.put("/task/" + confirm + "/variables/requesterId", value(worker.id())).status())
        .as("set the variable on the task").isIn(400, 403);
    assertThat(tasklist.post("/task/" + confirm + "/variables",
        Map.of("modifications", Map.of("requesterId", value(worker.id())))).status())
        .as("modify the task's variables").isIn(400, 403);
    WebappSession.Result completed = tasklist.post("/task/" + confirm + "/submit-form",
        variables("confirmed", true, "requesterId", worker.id()));
    assertThat(completed.status()).as("complete the task with it").isEqualTo(400);
    assertThat(completed.body().path("message").asText()).contains("requesterId");
    assertThat(processVariable(requestId, "requesterId")).isEqualTo(student.id());
    assertThat(taskOf(requestId, "confirm")).as("still waiting for the worker").isEqualTo(confirm);

    expect204(tasklist.post("/task/" + confirm + "/submit-form", variables("confirmed", true)));
    expect204(tasklist.post("/task/" + taskOf(requestId, "repair") + "/submit-form",
        variables("completionNote", "换了水龙头")));
    String rate = taskOf(requestId, "rate");
    assertThat(tasklist.get("/task?processInstanceBusinessKey=" + requestId).body()).isEmpty();
    assertThat(tasklist.post("/task/" + rate + "/submit-form",
        variables("ratingResult", 5, "ratingEfficiency", 5)).status()).isEqualTo(403);

    JsonNode rated = expect(200, api.post("/api/requests/" + requestId + "/rate", student.token(),
        Map.of("result", 3, "efficiency", 4))).body();
    assertThat(rated.path("status").asText()).isEqualTo("CLOSED");
    assertThat(rated.path("rating").path("result").asInt()).isEqualTo(3);
  }

  @Test
  void aWorkerCannotHandTheRepairToAnotherWorkerWhenConfirming() throws Exception {
    Person student = newStudent();
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    Person colleague = newWorker("WATER_ELECTRIC");
    String requestId = requestAt("ASSIGNED", student, worker);
    WebappSession tasklist = loggedIn(worker.phone(), "worker-pass");
    String confirm = taskOf(requestId, "confirm");

    for (String action : new String[] {"submit-form", "complete", "compl%65te", "complete/"}) {
      WebappSession.Result handedOver = tasklist.post("/task/" + confirm + "/" + action,
          variables("confirmed", true, "workerId", colleague.id()));
      assertThat(handedOver.status()).as(action).isEqualTo(400);
      assertThat(handedOver.body().path("type").asText()).isNotBlank();
      assertThat(handedOver.body().path("message").asText()).contains("workerId");
    }

    assertThat(processVariable(requestId, "workerId")).isEqualTo(worker.id());
    assertThat(engine().get("/task/" + confirm).body().path("assignee").asText()).isEqualTo(worker.id());
    JsonNode request = api.get("/api/requests/" + requestId, adminToken()).body();
    assertThat(request.path("status").asText()).isEqualTo("ASSIGNED");
    assertThat(request.path("worker").path("id").asText()).isEqualTo(worker.id());
  }

  @Test
  void onlyAdminsReassignOrDelegateATask() throws Exception {
    Person student = newStudent();
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    Person colleague = withPassword(newWorker("WATER_ELECTRIC"), "colleague-pass");
    String requestId = requestAt("ASSIGNED", student, worker);
    WebappSession tasklist = loggedIn(worker.phone(), "worker-pass");
    String confirm = taskOf(requestId, "confirm");
    Map<String, Object> toColleague = Map.of("userId", colleague.id());

    assertThat(tasklist.post("/task/" + confirm + "/assignee", toColleague).status()).as("assignee").isEqualTo(403);
    assertThat(tasklist.post("/task/" + confirm + "/delegate", toColleague).status()).as("delegate").isEqualTo(403);
    assertThat(tasklist.post("/task/" + confirm + "/identity-links",
        Map.of("userId", colleague.id(), "type", "candidate")).status()).as("candidate").isEqualTo(403);
    assertThat(tasklist.post("/task/" + confirm + "/unclaim", Map.of()).status()).as("unclaim").isIn(400, 403);
    assertThat(tasklist.post("/task/" + confirm + "/bpmnError", Map.of("errorCode", "cancelled")).status())
        .as("a BPMN error nothing catches ends the request").isEqualTo(403);
    assertThat(engine().get("/task/" + confirm).body().path("assignee").asText()).isEqualTo(worker.id());
    assertThat(loggedIn(colleague.phone(), "colleague-pass").get("/task?processInstanceBusinessKey=" + requestId)
        .body()).isEmpty();

    WebappSession admin = loggedIn(ADMIN_PHONE, ADMIN_PASSWORD);
    expect204(admin.post("/task/" + confirm + "/delegate", toColleague));
    JsonNode delegated = engine().get("/task/" + confirm).body();
    assertThat(delegated.path("assignee").asText()).isEqualTo(colleague.id());
    assertThat(delegated.path("owner").asText()).isEqualTo(worker.id());
  }

  @Test
  void adminsChangeNoVariableTheRequestIsBuiltOnOutsideItsActions() throws Exception {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    Person colleague = newWorker("WATER_ELECTRIC");
    String requestId = requestAt("ASSIGNED", student, worker);
    String instance = processInstance(requestId);
    WebappSession cockpit = new WebappSession("http://127.0.0.1:" + port);
    assertThat(cockpit.login("cockpit", ADMIN_PHONE, ADMIN_PASSWORD).status()).isEqualTo(200);

    assertRefused(cockpit.put("/process-instance/" + instance + "/variables/workerId", value(colleague.id())),
        "workerId");
    assertRefused(cockpit.post("/process-instance/" + instance + "/variables",
        Map.of("modifications", Map.of("requesterId", value(colleague.id())))), "requesterId");
    assertRefused(cockpit.post("/message", Map.of("messageName", "RequestCancelled", "businessKey", requestId,
        "processVariables", Map.of("requestId", value("other")))), "requestId");
    expect204(cockpit.put("/process-instance/" + instance + "/variables/reviewNote", value("电话核实过")));

    assertThat(processVariable(requestId, "workerId")).isEqualTo(worker.id());
    assertThat(processVariable(requestId, "requesterId")).isEqualTo(student.id());
    assertThat(api.get("/api/requests/" + requestId, adminToken()).text("status")).isEqualTo("ASSIGNED");
  }

  @Test
  void valuesTheListenersWouldRefuseAre400AndChangeNothing() throws Exception {
    Person student = newStudent();
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    String toReview = submitted(student);
    String toRate = requestAt("AWAITING_RATING", student, worker);
    String toConfirm = requestAt("ASSIGNED", student, worker);
    WebappSession admin = loggedIn(ADMIN_PHONE, ADMIN_PASSWORD);
    WebappSession asWorker = loggedIn(worker.phone(), "worker-pass");
    String review = taskOf(toReview, "review");
    String rate = taskOf(toRate, "rate");
    String confirm = taskOf(toConfirm, "confirm");
    String longText = "长".repeat(600);

    assertRefused(admin.post("/task/" + review + "/submit-form", variables("decision", "MAYBE")), "decision");
    assertRefused(admin.post("/task/" + review + "/submit-form",
        variables("decision", "ACCEPT", "reviewNote", longText)), "reviewNote");
    assertRefused(engine().post("/task/" + review + "/complete", variables("decision", "MAYBE")), "decision");
    assertRefused(engine().post("/task/" + rate + "/complete", variables("ratingResult", 9, "ratingEfficiency", 5)),
        "ratingResult");
    assertRefused(admin.post("/task/" + rate + "/submit-form", variables("ratingResult", 5)), "ratingEfficiency");
    assertRefused(asWorker.post("/task/" + confirm + "/submit-form",
        variables("confirmed", false, "refuseReason", longText)), "refuseReason");
    assertRefused(asWorker.post("/task/" + confirm + "/submit-form", variables("confirmed", false)), "refuseReason");

    assertThat(taskOf(toReview, "review")).isEqualTo(review);
    assertThat(taskOf(toRate, "rate")).isEqualTo(rate);
    assertThat(taskOf(toConfirm, "confirm")).isEqualTo(confirm);
    assertThat(api.get("/api/requests/" + toReview, adminToken()).text("status")).isEqualTo("PENDING_REVIEW");
    assertThat(api.get("/api/requests/" + toRate, adminToken()).text("status")).isEqualTo("AWAITING_RATING");
    assertThat(api.get("/api/requests/" + toConfirm, adminToken()).text("status")).isEqualTo("ASSIGNED");
  }

  private static void assertRefused(WebappSession.Result result, String field) {
    assertThat(result.status()).as(result.toString()).isEqualTo(400);
    assertThat(result.body().path("message").asText()).as(result.toString()).contains(field);
  }

  private static void assertRefused(ApiResponse result, String field) {
    assertThat(result.status()).as(result.toString()).isEqualTo(400);
    assertThat(result.body().path("message").asText()).as(result.toString()).contains(field);
  }

  private static void expect204(WebappSession.Result result) {
    assertThat(result.status()).as(result.toString()).isEqualTo(204);
  }

  /** Camunda's REST form of variables: {@code {"variables": {"name": {"value": ...}}}}. */
  static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return Map.of("variables", variables);
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private WebappSession loggedIn(String phone, String password) throws Exception {
    WebappSession session = new WebappSession("http://127.0.0.1:" + port);
    assertThat(session.login("tasklist", phone, password).status()).isEqualTo(200);
    return session;
  }

  private Person withPassword(Person person, String password) {
    expect(204, api.put("/api/me/password", person.token(), Map.of("newPassword", password)));
    return person;
  }

  private EngineRestClient engine() {
    return new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
  }

  private String taskOf(String requestId, String taskKey) {
    JsonNode tasks = expect(200, engine().get(
        "/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey=" + requestId)).body();
    assertThat(tasks).as("open %s tasks of %s", taskKey, requestId).hasSize(1);
    return tasks.path(0).path("id").asText();
  }

  private String processInstance(String requestId) {
    return expect(200, engine().get("/process-instance?businessKey=" + requestId)).body().path(0).path("id").asText();
  }

  private String processVariable(String requestId, String name) {
    return expect(200, engine().get("/process-instance/" + processInstance(requestId) + "/variables/" + name))
        .text("value");
  }
}
