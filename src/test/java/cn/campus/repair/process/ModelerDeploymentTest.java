package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager's deployment from Camunda Modeler, over the engine REST API exactly as Modeler sends
 * it: the worked examples of docs/process.md (a text to the admins when a worker refuses, a site
 * survey), the contract guard, and the rollback. The service-level table's examples are in
 * {@link ServiceLevelDeploymentTest}.
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
      ApiResponse deployed = modeler.deploy("拒单短信通知管理员", "repair-request.bpmn", bytes(edited(original)));
      expect(200, deployed);
      assertThat(latestVersion()).isEqualTo(shipped + 1);
      String deployer = expect(200, modeler.get("/history/user-operation?operationType=Create&entityType=Deployment"
          + "&deploymentId=" + deployed.text("id"))).body().path(0).path("userId").asText();
      assertThat(deployer).isEqualTo(api.get("/api/me", adminToken()).text("id"));

      String fresh = requestAt("ASSIGNED", student, worker);
      assertThat(versionOf(running)).isEqualTo(shipped);
      assertThat(versionOf(fresh)).isEqualTo(shipped + 1);

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
      "without the merge message | name=\"RequestMerged\" | name=\"Duplicate\" | 捕获消息 RequestMerged 的中断事件",
      "a merge that ends as closed | value=\"MERGED\" | value=\"CLOSED\" | 声明 status MERGED 的结束事件",
      "confirm declaring no status | <camunda:property name=\"status\" value=\"ASSIGNED\" /> | '' | 用户任务 confirm 的扩展属性 status",
      "an SMS step with an unknown channel | <camunda:inputParameter name=\"smsRecipient\">requester</camunda:inputParameter> | <camunda:inputParameter name=\"smsRecipient\">requester</camunda:inputParameter><camunda:inputParameter name=\"smsChannel\">wechat</camunda:inputParameter> | 的通知渠道 smsChannel 应为 auto 或 sms：wechat",
      "a status people cannot filter by | value=\"IN_PROGRESS\" | value=\"维修中\" | repair 的 status 应为大写字母",
      "deadlines without the table | camunda:decisionRef=\"service-level\" | camunda:decisionRef=\"sla\" | 调用决策 service-level 的业务规则任务（「服务时限」模板）：流程用到了 confirmDeadline、dispatchDeadline、escalateTo、repairDeadline、reviewDeadline",
      "parts asked for but nobody issues them | \"issueParts\" | \"prepareParts\" | 用户任务 issueParts（备料发放，候选组 warehouse）：流程让维修工申领配件",
      "the parts step not offered to the keepers | camunda:candidateGroups=\"warehouse\" | camunda:candidateGroups=\"admins\" | 用户任务 issueParts 的候选组 warehouse",
      "a deadline the table's answer is not mapped to | <camunda:outputParameter name=\"repairDeadline\">${decisionResult.getSingleResult().repairDeadline}</camunda:outputParameter> | '' | 业务规则任务 decideServiceLevel 的输出映射：流程用到了 repairDeadline"})
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
        "repair-request.bpmn", "sms-delivery.bpmn", "merge-request.bpmn", "service-level.dmn",
        "review.form", "assign.form", "confirm.form", "repair.form", "rate.form", "revisit.form", "merge.form",
        "approve-parts.form", "issue-parts.form", "outsource.form", "outsourced-repair.form");
  }

  @Test
  void aStepAManagerAddsIsTheRequestsCurrentStepAndItsActionsFollowTheModel() throws IOException {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String original = shippedModel();
    try {
      expect(200, modeler.deploy("接单后先现场勘察", "repair-request.bpmn", bytes(withSurveyStep(original))));
      String id = requestAt("ASSIGNED", student, worker);
      assertThat(allowedActions(id, worker.token())).containsExactly("accept", "refuse");

      ApiResponse accepted = expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), Map.of()));

      assertThat(accepted.text("status")).as("a step without a status keeps the one before it").isEqualTo("ASSIGNED");
      assertThat(accepted.body().path("currentStep").path("key").asText()).isEqualTo("survey");
      assertThat(accepted.body().path("currentStep").path("name").asText()).isEqualTo("现场勘察");
      assertThat(accepted.body().path("currentStep").path("assignee").path("id").asText()).isEqualTo(worker.id());
      assertThat(allowedActions(id, worker.token())).as("no API action completes the survey").isEmpty();
      assertThat(allowedActions(id, student.token())).as("the model lets nobody cancel here").isEmpty();
      expect(409, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of()));

      String survey = expect(200, modeler.get("/task?processInstanceBusinessKey=" + id)).body().path(0).path("id").asText();
      expect(204, modeler.post("/task/" + survey + "/complete", Map.of("variables", Map.of())));

      ApiResponse repairing = api.get("/api/requests/" + id, worker.token());
      assertThat(repairing.text("status")).isEqualTo("IN_PROGRESS");
      assertThat(repairing.body().path("currentStep").path("key").asText()).isEqualTo("repair");
      assertThat(allowedActions(id, worker.token())).containsExactly("complete", "requestParts");
      assertThat(repairing.body().path("history").findValuesAsText("action")).contains("STEP_COMPLETED");
    } finally {
      // Named apart from the other test's rollback: Modeler's duplicate filter compares with the last
      // deployment of the same name, and would skip a second identical "回滚到上线版本".
      expect(200, modeler.deploy("回滚：去掉现场勘察", "repair-request.bpmn", bytes(original)));
      Object survey = repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(RepairProcess.KEY).latestVersion().singleResult().getId())
          .getModelElementById("survey");
      assertThat(survey).isNull();
    }
  }

  /** docs/process.md, worked example 5: the rework threshold moved from 2 stars to 3. */
  @Test
  void aManagerRevisitsThreeStarRatingsToo() throws IOException {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String original = shippedModel();
    String threeStars = original.replace("${ratingResult &lt;= 2}", "${ratingResult &lt;= 3}")
        .replace("name=\"维修结果 ≤ 2 星\"", "name=\"维修结果 ≤ 3 星\"");
    assertThat(threeStars).isNotEqualTo(original);
    try {
      expect(200, modeler.deploy("3星及以下也回访", "repair-request.bpmn", bytes(threeStars)));
      String threeStarred = requestAt("AWAITING_RATING", student, worker);
      String fourStarred = requestAt("AWAITING_RATING", student, worker);

      assertThat(expect(200, api.post("/api/requests/" + threeStarred + "/rate", student.token(),
          Map.of("result", 3, "efficiency", 5))).text("status")).isEqualTo("PENDING_REVISIT");
      assertThat(expect(200, api.post("/api/requests/" + fourStarred + "/rate", student.token(),
          Map.of("result", 4, "efficiency", 5))).text("status")).isEqualTo("CLOSED");
    } finally {
      expect(200, modeler.deploy("回滚：2星及以下回访", "repair-request.bpmn", bytes(original)));
    }
  }

  /** A survey step between the worker's acceptance and the repair, declaring no status. */
  private static String withSurveyStep(String model) {
    String survey = """
        <bpmn:userTask id="survey" name="现场勘察" camunda:assignee="${workerId}" />
        <bpmn:sequenceFlow id="SequenceFlow_SurveyToRepair" sourceRef="survey" targetRef="repair" />
      </bpmn:process>""";
    String changed = model
        .replace("sourceRef=\"sendAcceptedSms\" targetRef=\"repair\"", "sourceRef=\"sendAcceptedSms\" targetRef=\"survey\"")
        .replace("</bpmn:process>", survey);
    assertThat(changed).contains("targetRef=\"survey\"");
    return changed;
  }

  private List<String> allowedActions(String requestId, String token) {
    List<String> actions = new ArrayList<>();
    expect(200, api.get("/api/requests/" + requestId, token)).body().path("allowedActions")
        .forEach(action -> actions.add(action.asText()));
    return actions;
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
        .replace("sourceRef=\"Gateway_RefuseReason\" targetRef=\"assign\"", "sourceRef=\"Gateway_RefuseReason\" targetRef=\"sendRefusedSms\"")
        .replace("<bpmn:incoming>SequenceFlow_RefusedToDispatch</bpmn:incoming>", "")
        .replace("</bpmn:process>", refusedSms);
    assertThat(changed).contains("targetRef=\"sendRefusedSms\"");
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

  private String numberOf(String requestId) {
    return api.get("/api/requests/" + requestId, adminToken()).text("number");
  }
}
