package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The merge path of {@code repair-request}: the event subprocess that catches {@code RequestMerged}
 * at any step and ends the duplicate at 已合并 ({@code MERGED}), driven through the engine as the
 * engine REST API would drive it.
 */
class MergeProcessTest extends IntegrationTest {

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private HistoryService historyService;

  private Person student;
  private Person other;
  private Person worker;

  @BeforeEach
  void setUp() {
    init(engine);
    student = newStudent();
    other = newStudent();
    worker = newWorker("WATER_ELECTRIC");
  }

  @Test
  void aDuplicateAwaitingReviewIsMergedAndEndsAsMerged() {
    String kept = submitted(student);
    ProcessInstance duplicate = instanceOf(submitted(other));
    assertThat(duplicate).isWaitingAt(RepairProcess.TASK_REVIEW);

    merge(duplicate, kept);

    assertThat(duplicate).isEnded();
    assertThat(endEventOf(duplicate)).as("the instance leaves through the merge subprocess").isEqualTo("SubProcess_Merged");
    JsonNode ended = api.get("/api/requests/" + duplicate.getBusinessKey(), adminToken()).body();
    assertThat(ended.path("status").asText()).isEqualTo("MERGED");
    assertThat(ended.path("mergedInto").asText()).isEqualTo(kept);
    assertThat(ended.path("currentStep").isNull()).isTrue();
    assertThat(api.get("/api/requests/" + kept, adminToken()).body().path("followers").asInt()).isEqualTo(1);
  }

  @Test
  void aDuplicateIsMergedAtAnyStepEvenWhileItsWorkerHasIt() {
    String kept = submitted(student);
    ProcessInstance duplicate = instanceOf(submitted(other));
    complete(task(duplicate), withVariables(RepairProcess.VAR_DECISION, "ACCEPT"));
    complete(task(duplicate), withVariables(RepairProcess.VAR_WORKER_ID, worker.id()));
    complete(task(duplicate), withVariables(RepairProcess.VAR_CONFIRMED, true));
    assertThat(duplicate).isWaitingAt(RepairProcess.TASK_REPAIR);

    merge(duplicate, kept);

    assertThat(duplicate).isEnded();
    assertThat(endEventOf(duplicate)).as("the instance leaves through the merge subprocess").isEqualTo("SubProcess_Merged");
    assertThat(api.get("/api/requests/" + duplicate.getBusinessKey(), adminToken()).text("status")).isEqualTo("MERGED");
  }

  @Test
  void aMergeIntoNothingOrIntoItselfIsRefusedAndTheDuplicateWaitsOn() {
    String kept = submitted(student);
    ProcessInstance duplicate = instanceOf(submitted(other));

    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(RepairProcess.MESSAGE_MERGED)
        .processInstanceBusinessKey(duplicate.getBusinessKey()).correlate())
        .hasMessageContaining(RepairProcess.VAR_MERGED_INTO);
    assertThatThrownBy(() -> merge(duplicate, duplicate.getBusinessKey()))
        .hasMessageContaining("不能把报修单合并到它自己");
    assertThatThrownBy(() -> merge(duplicate, "999999999")).hasMessageContaining("不存在");

    assertThat(duplicate).isWaitingAt(RepairProcess.TASK_REVIEW);
    assertThat(api.get("/api/requests/" + duplicate.getBusinessKey(), adminToken()).text("status"))
        .isEqualTo("PENDING_REVIEW");
    assertThat(api.get("/api/requests/" + kept, adminToken()).body().path("followers").asInt()).isZero();
  }

  @Test
  void aMergeIntoAnEndedRequestIsRefused() {
    ProcessInstance keptInstance = instanceOf(submitted(student));
    complete(task(keptInstance), withVariables(RepairProcess.VAR_DECISION, "REJECT"));
    ProcessInstance duplicate = instanceOf(submitted(other));

    assertThatThrownBy(() -> merge(duplicate, keptInstance.getBusinessKey())).hasMessageContaining("已结束");
    assertThat(duplicate).isWaitingAt(RepairProcess.TASK_REVIEW);
  }

  private void merge(ProcessInstance duplicate, String keptId) {
    runtimeService.createMessageCorrelation(RepairProcess.MESSAGE_MERGED)
        .processInstanceBusinessKey(duplicate.getBusinessKey())
        .setVariables(Map.of(RepairProcess.VAR_MERGED_INTO, keptId))
        .correlate();
  }

  private ProcessInstance instanceOf(String requestId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RepairProcess.KEY).processInstanceBusinessKey(requestId).singleResult();
  }

  private String endEventOf(ProcessInstance pi) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getEndActivityId();
  }
}
