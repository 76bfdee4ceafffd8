package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager's deployment from Camunda Modeler, over the engine REST API exactly as Modeler sends
 * it: the worked example of docs/process.md (shorter review deadline, a text to the admins when a
 * worker refuses), the contract guard, and the rollback.
 */
class ModelerDeploymentTest extends IntegrationTest {

  @Autowired
  private RepositoryService repositoryService;

  private EngineRestClient modeler;

  @BeforeEach
  void connectModeler() {
    modeler = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
  }

  @Test
  void anEditedModelIsTheNewVersionForNewRequestsWhileRunningOnesKeepTheirs() throws IOException {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String running = requestAt("ASSIGNED", student, worker);
    int shipped = latestVersion();
    String original = shippedModel();
    try {
      ApiResponse deployed = modeler.deploy("审核时限 4 小时，拒单短信通知管理员", "repair-request.bpmn",
          bytes(edited(original)));
      expect(200, deployed);
      assertThat(latestVersion()).isEqualTo(shipped + 1);
      String deployer = expect(200, modeler.get("/history/user-operation?operationType=Create&entityType=Deployment"
          + "&deploymentId=" + deployed.text("id"))).body().path(0).path("userId").asText();
      assertThat(deployer).isEqualTo(api.get("/api/me", adminToken()).text("id"));

      String waiting = submitted(student);
      String fresh = requestAt("ASSIGNED", student, worker);
      assertThat(versionOf(running)).isEqualTo(shipped);
      assertThat(versionOf(fresh)).isEqualTo(shipped + 1);
      assertThat(reviewDeadlineOf(waiting)).isBefore(Instant.now().plus(Duration.ofHours(5)));

      expect(200, api.post("/api/requests/" + running + "/refuse", worker.token(), Map.of("reason", "工具不全")));
      expect(200, api.post("/api/requests/" + fresh + "/refuse", worker.token(), Map.of("reason", "工具不全")));
      awaitSmsAbout(ADMIN_PHONE, "TASK_REFUSED", numberOf(fresh));
      assertThat(outbox.sentTo(ADMIN_PHONE, 500)).noneMatch(sms ->
          sms.template().equals("TASK_REFUSED") && sms.params().get(0).equals(numberOf(running)));
      assertThat(api.get("/api/requests/" + fresh, adminToken()).text("status")).isEqualTo("AWAITING_DISPATCH");
    } finally {
      expect(200, modeler.deploy("回滚到上线版本", "repair-request.bpmn", bytes(original)));
    }
    assertThat(latestVersion()).isEqualTo(shipped + 2);
    assertThat(versionOf(submitted(student))).isEqualTo(shipped + 2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "without the confirm task | \"confirm\" | \"workerConfirm\" | 用户任务 confirm",
      "without the cancel message | name=\"RequestCancelled\" | name=\"Withdrawn\" | 消息 RequestCancelled",
      "not cancellable at assign | attachedToRef=\"assign\" | attachedToRef=\"sendAssignedSms\" | 在 assign 上捕获消息 RequestCancelled"})
  void aModelThatBreaksTheContractIsRefusedNamingWhatIsMissing(String change, String from, String to, String missing)
      throws IOException {
    int before = latestVersion();
    String broken = shippedModel().replace(from, to);

    ApiResponse refused = modeler.deploy(change, "repair-request.bpmn", bytes(broken));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains("流程契约").contains(missing);
    assertThat(latestVersion()).isEqualTo(before);
    assertThat(versionOf(submitted(newStudent()))).isEqualTo(before);
  }

  @Test
  void workersCannotDeploy() throws IOException {
    Person worker = newWorker("NETWORK");
    expect(204, api.put("/api/me/password", worker.token(), Map.of("newPassword", "worker-pass")));
    int before = latestVersion();

    ApiResponse refused = new EngineRestClient("http://127.0.0.1:" + port, worker.phone(), "worker-pass")
        .deploy("维修工试图部署", "repair-request.bpmn", bytes(edited(shippedModel())));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(latestVersion()).isEqualTo(before);
  }

  @Test
  void theServiceDeploysDiagramsAndFormsButNotTheModelerTemplates() {
    String deploymentId = repositoryService.createDeploymentQuery()
        .deploymentName(ProcessDeployer.DEPLOYMENT_NAME).orderByDeploymentTime().desc().list().get(0).getId();
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId)).containsExactlyInAnyOrder(
        "repair-request.bpmn", "sms-delivery.bpmn",
        "review.form", "assign.form", "confirm.form", "repair.form", "rate.form");
  }

  /** What the worked example in docs/process.md changes in Modeler, made to the XML here. */
  private static String edited(String model) {
    String refusedSms = """
        <bpmn:serviceTask id="sendRefusedSms" name="短信通知管理员：维修工拒单" camunda:delegateExpression="${sendSmsDelegate}">
          <bpmn:extensionElements>
            <camunda:inputOutput>
              <camunda:inputParameter name="smsTemplate">TASK_REFUSED</camunda:inputParameter>
              <camunda:inputParameter name="smsRecipient">admins</camunda:inputParameter>
            </camunda:inputOutput>
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:sequenceFlow id="SequenceFlow_RefusedSmsToAssign" sourceRef="sendRefusedSms" targetRef="assign" />
      </bpmn:process>""";
    String changed = model
        .replace(">P1D</bpmn:timeDuration>", ">PT4H</bpmn:timeDuration>")
        .replace("sourceRef=\"Gateway_Confirmed\" targetRef=\"assign\"", "sourceRef=\"Gateway_Confirmed\" targetRef=\"sendRefusedSms\"")
        .replace("<bpmn:incoming>SequenceFlow_ConfirmedNo</bpmn:incoming>", "")
        .replace("</bpmn:process>", refusedSms);
    assertThat(changed).contains("PT4H").contains("targetRef=\"sendRefusedSms\"");
    return changed;
  }

  private static String shippedModel() throws IOException {
    try (InputStream in = ModelerDeploymentTest.class.getResourceAsStream("/processes/repair-request.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(String model) {
    return model.getBytes(StandardCharsets.UTF_8);
  }

  private int latestVersion() {
    return expect(200, modeler.get("/process-definition/key/" + RepairProcess.KEY)).body().path("version").asInt();
  }

  private int versionOf(String requestId) {
    String definitionId = expect(200, modeler.get("/process-instance?businessKey=" + requestId))
        .body().path(0).path("definitionId").asText();
    return expect(200, modeler.get("/process-definition/" + definitionId)).body().path("version").asInt();
  }

  private Instant reviewDeadlineOf(String requestId) {
    String instanceId = expect(200, modeler.get("/process-instance?businessKey=" + requestId))
        .body().path(0).path("id").asText();
    String due = expect(200, modeler.get("/job?timers=true&processInstanceId=" + instanceId))
        .body().path(0).path("dueDate").asText();
    return java.time.OffsetDateTime.parse(due, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
        .toInstant();
  }

  private String numberOf(String requestId) {
    return api.get("/api/requests/" + requestId, adminToken()).text("number");
  }
}
