package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * One identity: people log into Tasklist and Cockpit with their mini program phone and password,
 * see what their role allows, and what they complete there moves the request as the API would.
 */
class WebappIdentityTest extends IntegrationTest {

  @Test
  void peopleLogInWithTheirPhoneAndAreKnownByTheirAccountId() throws Exception {
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    Person student = withPassword(newStudent(), "student-pass");

    WebappSession cockpit = session();
    WebappSession.Result admin = cockpit.login("cockpit", ADMIN_PHONE, ADMIN_PASSWORD);
    assertThat(admin.status()).isEqualTo(200);
    assertThat(texts(admin.body().path("authorizedApps"))).contains("tasklist", "cockpit", "admin");
    String adminId = admin.body().path("userId").asText();
    assertThat(adminId).isNotEqualTo(ADMIN_PHONE);
    assertThat(groupIds(cockpit, adminId)).containsExactlyInAnyOrder("admins", "camunda-admin");

    WebappSession.Result asWorker = session().login("tasklist", worker.phone(), "worker-pass");
    assertThat(asWorker.status()).isEqualTo(200);
    assertThat(asWorker.body().path("userId").asText()).isEqualTo(worker.id());
    assertThat(texts(asWorker.body().path("authorizedApps"))).contains("tasklist").doesNotContain("cockpit");
    assertThat(groupIds(cockpit, worker.id())).containsExactly("workers");
    assertThat(cockpit.get("/user/" + worker.id() + "/profile").body().path("firstName").asText())
        .isEqualTo("师傅" + worker.phone().substring(7));
    assertThat(session().login("cockpit", worker.phone(), "worker-pass").status()).isEqualTo(403);

    assertThat(session().login("tasklist", worker.phone(), "wrong").status()).isEqualTo(401);
    assertThat(session().login("tasklist", student.phone(), "student-pass").status()).isEqualTo(401);
  }

  @Test
  void requestersCannotLogIntoAnyWebapp() throws Exception {
    Person student = withPassword(newStudent(), "student-pass");
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");

    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      WebappSession session = session();
      assertThat(session.login(app, student.phone(), "student-pass").status()).as(app).isEqualTo(401);
      assertThat(session.get("/user/" + student.id() + "/profile").status()).as(app).isEqualTo(401);
    }
    assertThat(session().login("welcome", worker.phone(), "worker-pass").status()).isEqualTo(200);
  }

  @Test
  void aWorkerFindsNobodyButThemselvesInTheUserAndGroupQueries() throws Exception {
    Person student = newStudent();
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    Person colleague = newWorker("WATER_ELECTRIC");
    WebappSession tasklist = session();
    assertThat(tasklist.login("tasklist", worker.phone(), "worker-pass").status()).isEqualTo(200);

    assertThat(userIds(tasklist, "/user")).containsExactly(worker.id());
    assertThat(userIds(tasklist, "/user?firstNameLike=%25")).containsExactly(worker.id());
    assertThat(userIds(tasklist, "/user?memberOfGroup=workers")).containsExactly(worker.id());
    assertThat(userIds(tasklist, "/user?id=" + student.phone())).as("a phone lookup").isEmpty();
    assertThat(userIds(tasklist, "/user?id=" + colleague.phone())).as("a phone lookup").isEmpty();
    assertThat(userIds(tasklist, "/user?idIn=" + colleague.id() + "," + student.id())).isEmpty();
    assertThat(tasklist.get("/user/count").body().path("count").asInt()).isEqualTo(1);
    assertThat(tasklist.get("/user/" + colleague.id() + "/profile").status()).isEqualTo(404);
    assertThat(groupIds(tasklist, colleague.id())).isEmpty();
    assertThat(groupIds(tasklist, ADMIN_PHONE)).isEmpty();
    assertThat(tasklist.get("/identity/groups?userId=" + colleague.id()).body().path("groups")).isEmpty();
    assertThat(tasklist.get("/identity/groups?userId=" + worker.id()).body().path("groupUsers").toString())
        .doesNotContain(colleague.id());

    WebappSession admin = session();
    assertThat(admin.login("tasklist", ADMIN_PHONE, ADMIN_PASSWORD).status()).isEqualTo(200);
    assertThat(userIds(admin, "/user?memberOfGroup=workers")).contains(worker.id(), colleague.id());
    assertThat(admin.get("/user/" + colleague.id() + "/profile").status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsSeeCockpitAndTheStatisticsOfAllRequests() throws Exception {
    submitted(newStudent());
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    WebappSession tasklist = session();
    assertThat(tasklist.login("tasklist", worker.phone(), "worker-pass").status()).isEqualTo(200);

    assertThat(session().login("cockpit", worker.phone(), "worker-pass").status()).isEqualTo(403);
    assertThat(tasklist.get("/process-definition/statistics").status()).isEqualTo(403);
    assertThat(tasklist.get("/process-definition/statistics?rootIncidents=true").status()).isEqualTo(403);
    assertThat(tasklist.get("/process-definition/key/repair-request/statistics").status()).isEqualTo(403);
    assertThat(tasklist.get("/process-definition/%73tatistics").status()).as("the path Jersey decodes").isEqualTo(403);
    assertThat(tasklist.getApi("/cockpit/plugin/base/default/process-instance/count").status()).isEqualTo(403);

    WebappSession cockpit = session();
    assertThat(cockpit.login("cockpit", ADMIN_PHONE, ADMIN_PASSWORD).status()).isEqualTo(200);
    JsonNode statistics = cockpit.get("/process-definition/statistics").body();
    assertThat(statistics.findValues("instances").stream().mapToInt(JsonNode::asInt).sum()).isPositive();
  }

  @Test
  void aWorkerSeesOnlyTheirOwnTasksAndCompletingOneMovesTheRequest() throws Exception {
    Person student = newStudent();
    Person worker = withPassword(newWorker("WATER_ELECTRIC"), "worker-pass");
    Person colleague = withPassword(newWorker("WATER_ELECTRIC"), "colleague-pass");
    String mine = requestAt("ASSIGNED", student, worker);
    String theirs = requestAt("ASSIGNED", student, colleague);
    submitted(student);

    WebappSession tasklist = session();
    assertThat(tasklist.login("tasklist", worker.phone(), "worker-pass").status()).isEqualTo(200);
    JsonNode tasks = tasklist.get("/task?maxResults=1000").body();
    assertThat(tasks).isNotEmpty()
        .allSatisfy(task -> assertThat(task.path("assignee").asText()).isEqualTo(worker.id()));
    String myTask = taskOf(tasklist, mine);
    assertThat(tasklist.get("/task?processInstanceBusinessKey=" + theirs).body()).isEmpty();

    WebappSession colleagueSession = session();
    colleagueSession.login("tasklist", colleague.phone(), "colleague-pass");
    assertThat(colleagueSession.post("/task/" + myTask + "/submit-form", confirmed()).status()).isEqualTo(403);

    assertThat(tasklist.post("/task/" + myTask + "/submit-form", confirmed()).status()).isEqualTo(204);

    JsonNode request = api.get("/api/requests/" + mine, student.token()).body();
    assertThat(request.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(request.path("history").toString()).contains("WORKER_ACCEPTED").contains(worker.id());
    assertThat(awaitSms(student.phone(), "REQUEST_ACCEPTED", 1).get(0).params()).contains(worker.id());
  }

  private static Map<String, Object> confirmed() {
    return Map.of("variables", Map.of("confirmed", Map.of("value", true, "type", "Boolean")));
  }

  private String taskOf(WebappSession session, String requestId) throws Exception {
    JsonNode tasks = session.get("/task?processInstanceBusinessKey=" + requestId).body();
    assertThat(tasks).hasSize(1);
    return tasks.path(0).path("id").asText();
  }

  private WebappSession session() {
    return new WebappSession("http://127.0.0.1:" + port);
  }

  private Person withPassword(Person person, String password) {
    expect(204, api.put("/api/me/password", person.token(), Map.of("newPassword", password)));
    return person;
  }

  private static List<String> groupIds(WebappSession session, String userId) throws Exception {
    return StreamSupport.stream(session.get("/group?member=" + userId).body().spliterator(), false)
        .map(group -> group.path("id").asText())
        .toList();
  }

  private static List<String> userIds(WebappSession session, String query) throws Exception {
    WebappSession.Result result = session.get(query);
    assertThat(result.status()).as(query).isEqualTo(200);
    return StreamSupport.stream(result.body().spliterator(), false).map(user -> user.path("id").asText()).toList();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
