package cn.campus.repair.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The model's refusal routes, the parts path and the approval threshold, driven through the engine
 * as Tasklist or the engine REST API would, and checked as people see them.
 */
class MaterialsProcessTest extends IntegrationTest {

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private JdbcClient jdbc;

  private Person student;
  private Person worker;
  private Stockroom stockroom;

  @BeforeEach
  void setUp() {
    init(engine);
    student = newStudent();
    worker = newWorker("WATER_ELECTRIC");
    stockroom = Stockroom.create(api, adminToken());
  }

  @Test
  void aRefusalForPartsGoesToTheWarehouseAndBackToTheSameWorkerNeverToDispatch() {
    String valve = stockroom.part("阀门", "35.50", 0, 5);
    ProcessInstance pi = instanceOf(requestAt("ASSIGNED", student, worker));

    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false,
        RepairProcess.VAR_REFUSE_CATEGORY, "PARTS",
        RepairProcess.VAR_PARTS_REQUESTED, "[{\"partId\":\"" + valve + "\",\"quantity\":1}]"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ISSUE_PARTS);
    assertThat(task(pi)).hasCandidateGroup("warehouse");
    assertThat(statusOf(pi)).isEqualTo("AWAITING_PARTS");
    assertThat(requestView(pi).path("worker").path("id").asText()).as("the worker stays").isEqualTo(worker.id());

    complete(task(pi), withVariables(RepairProcess.VAR_WAREHOUSE_ID, stockroom.warehouseId()));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REPAIR);
    assertThat(task(pi)).isAssignedTo(worker.id());
    assertThat(stockroom.quantity(valve)).isEqualTo(4);
    assertThat(textsQueuedFor(pi)).contains("PARTS_REQUESTED", "PARTS_READY");
    assertThat(historyOf(pi)).contains("PARTS_REQUESTED", "PARTS_ISSUED").doesNotContain("REFUSED");

    complete(task(pi), withVariables(RepairProcess.VAR_COMPLETION_NOTE, "换了阀门"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_RATE);
    JsonNode parts = requestView(pi).path("parts");
    assertThat(parts.path("cost").decimalValue()).isEqualByComparingTo("35.50");
    assertThat(parts.path("lines").get(0).path("used").asInt()).isEqualTo(1);
  }

  @Test
  void partsAskedForDuringTheRepairComeBackToTheRepairAndWhatWasNotUsedGoesBack() {
    String tape = stockroom.part("生料带", "2.00", 0, 10);
    String requestId = requestAt("IN_PROGRESS", student, worker);
    ProcessInstance pi = instanceOf(requestId);

    expect(200, api.post("/api/requests/" + requestId + "/requestParts", worker.token(),
        Map.of("parts", List.of(Map.of("partId", tape, "quantity", 3), Map.of("name", "DN25 三通", "quantity", 1)))));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ISSUE_PARTS);

    Person keeper = newKeeper();
    expect(200, api.post("/api/requests/" + requestId + "/issueParts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId())));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REPAIR);
    assertThat(stockroom.quantity(tape)).isEqualTo(7);

    JsonNode lines = requestView(pi).path("parts").path("lines");
    String tapeLine = lines.get(0).path("partId").asText().equals(tape) ? lines.get(0).path("id").asText()
        : lines.get(1).path("id").asText();
    expect(200, api.post("/api/requests/" + requestId + "/complete", worker.token(),
        Map.of("note", "修好了", "parts", List.of(Map.of("lineId", tapeLine, "used", 1)))));
    assertThat(stockroom.quantity(tape)).as("two came back").isEqualTo(9);
    assertThat(requestView(pi).path("parts").path("cost").decimalValue()).isEqualByComparingTo("2.00");
  }

  @Test
  void notMySpecialtyGoesBackToDispatchWithoutThatWorkerInTheSuggestions() {
    Person other = newWorker("WATER_ELECTRIC");
    String requestId = requestAt("ASSIGNED", student, worker);
    ProcessInstance pi = instanceOf(requestId);

    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false,
        RepairProcess.VAR_REFUSE_CATEGORY, "NOT_MY_SPECIALTY"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ASSIGN);
    assertThat(statusOf(pi)).isEqualTo("AWAITING_DISPATCH");

    String choices = String.valueOf(engine.getTaskService().getVariableLocal(task(pi).getId(), "workerChoices"));
    assertThat(choices).contains(other.id()).doesNotContain("\"" + worker.id() + "\"");
    ApiResponse workers = api.get("/api/workers?size=100&request=" + requestId, adminToken());
    assertThat(workers.body().path("items").findValuesAsText("id")).contains(other.id()).doesNotContain(worker.id());
  }

  @Test
  void outsourcingRecordsAContractorAndADueDateThenTheRequesterRates() {
    ProcessInstance pi = instanceOf(requestAt("ASSIGNED", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false,
        RepairProcess.VAR_REFUSE_CATEGORY, "OUTSOURCE", RepairProcess.VAR_REFUSE_REASON, "需要高空作业车"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_OUTSOURCE);
    assertThat(task(pi)).hasCandidateGroup("admins");
    assertThat(statusOf(pi)).isEqualTo("AWAITING_OUTSOURCE");

    String due = LocalDate.now().plusDays(3).toString();
    complete(task(pi), withVariables(RepairProcess.VAR_CONTRACTOR, "温州某某机电公司",
        RepairProcess.VAR_OUTSOURCE_DUE, due));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_OUTSOURCED_REPAIR);
    assertThat(statusOf(pi)).isEqualTo("OUTSOURCED");
    assertThat(task(pi).getDueDate()).isNotNull();
    assertThat(requestView(pi).path("currentStep").path("dueAt").isTextual()).as("due on the contractor's date").isTrue();

    complete(task(pi), withVariables(RepairProcess.VAR_COMPLETION_NOTE, "外包单位已更换灯具"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_RATE);
    assertThat(historyOf(pi)).contains("OUTSOURCED", "COMPLETED");
  }

  @Test
  void partsCostingMoreThanTheModelsThresholdWaitForTheAdminsApproval() {
    String pump = stockroom.part("水泵", "300.00", 0, 4);
    ProcessInstance pi = instanceOf(requestAt("ASSIGNED", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false, RepairProcess.VAR_REFUSE_CATEGORY, "PARTS",
        RepairProcess.VAR_PARTS_REQUESTED, "[{\"partId\":\"" + pump + "\",\"quantity\":2}]"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_APPROVE_PARTS);
    assertThat(task(pi)).hasCandidateGroup("admins");
    assertThat(statusOf(pi)).isEqualTo("PENDING_APPROVAL");

    complete(task(pi), withVariables(RepairProcess.VAR_PARTS_APPROVED, true));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ISSUE_PARTS);
  }

  @Test
  void declinedPartsAreNotIssuedAndTheWorkerRepairsWithoutThem() {
    String pump = stockroom.part("水泵", "300.00", 0, 4);
    ProcessInstance pi = instanceOf(requestAt("ASSIGNED", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false, RepairProcess.VAR_REFUSE_CATEGORY, "PARTS",
        RepairProcess.VAR_PARTS_REQUESTED, "[{\"partId\":\"" + pump + "\",\"quantity\":2}]"));
    complete(task(pi), withVariables(RepairProcess.VAR_PARTS_APPROVED, false, RepairProcess.VAR_APPROVAL_NOTE, "太贵"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REPAIR);
    assertThat(task(pi)).isAssignedTo(worker.id());
    assertThat(textsQueuedFor(pi)).contains("PARTS_DECLINED");
    assertThat(stockroom.quantity(pump)).isEqualTo(4);
    assertThat(requestView(pi).path("parts").path("lines").get(0).path("state").asText()).isEqualTo("REFUSED");
  }

  @Test
  void partsWithinTheThresholdGoStraightToTheWarehouse() {
    String pump = stockroom.part("水泵", "250.00", 0, 4);
    ProcessInstance pi = instanceOf(requestAt("ASSIGNED", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false, RepairProcess.VAR_REFUSE_CATEGORY, "PARTS",
        RepairProcess.VAR_PARTS_REQUESTED, "[{\"partId\":\"" + pump + "\",\"quantity\":2}]"));
    assertThat(pi).as("500.00 is not more than 500").isWaitingAt(RepairProcess.TASK_ISSUE_PARTS);
  }

  private ProcessInstance instanceOf(String requestId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RepairProcess.KEY).processInstanceBusinessKey(requestId).singleResult();
  }

  private JsonNode requestView(ProcessInstance pi) {
    ApiResponse view = api.get("/api/requests/" + pi.getBusinessKey(), adminToken());
    assertThat(view.status()).as(view.toString()).isEqualTo(200);
    return view.body();
  }

  private String statusOf(ProcessInstance pi) {
    return requestView(pi).path("status").asText();
  }

  private List<String> historyOf(ProcessInstance pi) {
    return requestView(pi).path("history").findValuesAsText("action");
  }

  private List<String> textsQueuedFor(ProcessInstance pi) {
    return jdbc.sql("SELECT template FROM sms_message WHERE request_id = :id ORDER BY created_at")
        .param("id", pi.getBusinessKey()).query(String.class).list();
  }
}
