package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service level in the running process, with the engine's clock moved: each stage's due date
 * and timers come from what the table answered when the request started; three quarters of the way
 * to a deadline whoever holds the step is reminded, at the deadline the table's escalation list is
 * told, and the request keeps waiting either way. The job executor fires the due timers, as in
 * production.
 */
class ServiceLevelProcessTest extends IntegrationTest {

  /** repair.recipients.supervisors in the tests' configuration. */
  private static final String SUPERVISOR_PHONE = "13600000002";

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private ManagementService managementService;

  @Autowired
  private JdbcClient jdbc;

  private Person student;
  private Person worker;

  @BeforeEach
  void setUp() {
    init(engine);
    student = newStudent();
    worker = newWorker("WATER_ELECTRIC");
  }

  @Test
  void anUrgentLeakGetsTheTablesDeadlinesAndEachStageIsDueThatLongAfterItStarts() {
    ProcessInstance pi = instanceOf(submitted(student));

    assertThat(runtimeService.getVariables(pi.getId())).containsEntry("priority", "URGENT")
        .containsEntry("reviewDeadline", "PT30M").containsEntry("dispatchDeadline", "PT30M")
        .containsEntry("confirmDeadline", "PT15M").containsEntry("repairDeadline", "PT4H")
        .containsEntry("escalateTo", "supervisors");
    assertDueAfter(task(pi), Duration.ofMinutes(30));
    assertThat(timer(pi, "BoundaryEvent_ReviewReminder").getDuedate())
        .isCloseTo(Date.from(task(pi).getCreateTime().toInstant().plus(Duration.ofSeconds(22 * 60 + 30))), 1000);

    complete(task(pi), withVariables(RepairProcess.VAR_DECISION, "ACCEPT"));
    assertThat(timer(pi, "BoundaryEvent_ReviewReminder")).as("review's timers end with review").isNull();
    assertThat(timer(pi, "BoundaryEvent_ReviewOverdue")).isNull();
    assertThat(timer(pi, "BoundaryEvent_AssignOverdue")).isNotNull();
    assertDueAfter(task(pi), Duration.ofMinutes(30));

    complete(task(pi), withVariables(RepairProcess.VAR_WORKER_ID, worker.id()));
    assertDueAfter(task(pi), Duration.ofMinutes(15));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, true));
    assertDueAfter(task(pi), Duration.ofHours(4));
    assertThat(timer(pi, "BoundaryEvent_RepairOverdue").getDuedate()).isCloseTo(task(pi).getDueDate(), 1000);
  }

  @Test
  void anOrdinaryReportTakesItsCategorysRow() {
    String id = expect(201, api.post("/api/requests", student.token(), Map.of(
        "categoryCode", "FURNITURE", "description", "柜门合页松了", "location", Map.of("building", "7号楼")))).text("id");

    ProcessInstance pi = instanceOf(id);

    assertThat(runtimeService.getVariables(pi.getId())).containsEntry("priority", "NORMAL")
        .containsEntry("repairDeadline", "P3D").containsEntry("escalateTo", "admins");
  }

  @Test
  void theReviewersAreRemindedThenTheSupervisorsToldWhileTheRequestWaits() {
    String id = submitted(student);
    ProcessInstance pi = instanceOf(id);
    Instant created = task(pi).getCreateTime().toInstant();
    String number = api.get("/api/requests/" + id, adminToken()).text("number");

    assertThat(timer(pi, "BoundaryEvent_ReviewOverdue").getDuedate())
        .isCloseTo(Date.from(created.plus(Duration.ofMinutes(30))), 1000);

    fire(timer(pi, "BoundaryEvent_ReviewReminder"));
    awaitQueued(pi, "DEADLINE_REMINDER");
    assertThat(textsQueuedFor(pi)).as("not yet escalated").doesNotContain("DEADLINE_ESCALATED");
    assertThat(timer(pi, "BoundaryEvent_ReviewOverdue")).as("escalation still ahead").isNotNull();
    awaitSmsAbout(ADMIN_PHONE, "DEADLINE_REMINDER", number);

    fire(timer(pi, "BoundaryEvent_ReviewOverdue"));
    awaitQueued(pi, "DEADLINE_ESCALATED");
    var escalation = awaitSmsAbout(SUPERVISOR_PHONE, "DEADLINE_ESCALATED", number);
    assertThat(escalation.params()).containsExactly(number, "水电", "审核报修", escalation.params().get(3));

    assertThat(pi).isWaitingAt(RepairProcess.TASK_REVIEW);
    ApiResponse request = api.get("/api/requests/" + id, adminToken());
    assertThat(request.text("status")).isEqualTo("PENDING_REVIEW");
    // Every admin reviews, and other tests add admins: each person is reminded once, told once.
    assertThat(textsAndPhonesQueuedFor(pi)).doesNotHaveDuplicates()
        .anyMatch(sent -> sent.startsWith("DEADLINE_REMINDER ")).anyMatch(sent -> sent.startsWith("DEADLINE_ESCALATED "));
  }

  @Test
  void theWorkerHoldingTheStepIsTheOneReminded() {
    String id = requestAt("ASSIGNED", student, worker);
    ProcessInstance pi = instanceOf(id);
    String number = api.get("/api/requests/" + id, adminToken()).text("number");

    assertThat(timer(pi, "BoundaryEvent_ConfirmReminder").getDuedate()).isCloseTo(
        Date.from(task(pi).getCreateTime().toInstant().plus(Duration.ofSeconds(11 * 60 + 15))), 1000);
    fire(timer(pi, "BoundaryEvent_ConfirmReminder"));

    var reminder = awaitSmsAbout(worker.phone(), "DEADLINE_REMINDER", number);
    assertThat(reminder.params().get(1)).isEqualTo("维修工确认接单");
  }

  private void assertDueAfter(Task task, Duration deadline) {
    assertThat(task.getDueDate()).as(task.getTaskDefinitionKey() + " is due " + deadline + " after it starts")
        .isCloseTo(Date.from(task.getCreateTime().toInstant().plus(deadline)), 1000);
  }

  /**
   * Runs this request's timer now. Moving the engine's clock instead would fire every timer that the
   * other tests' requests leave in the shared database, a flood that slows the tests after it.
   */
  private void fire(Job timer) {
    managementService.executeJob(timer.getId());
  }

  private ProcessInstance instanceOf(String requestId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RepairProcess.KEY).processInstanceBusinessKey(requestId).singleResult();
  }

  private Job timer(ProcessInstance pi, String boundaryEvent) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(boundaryEvent)
        .singleResult();
  }

  private void awaitQueued(ProcessInstance pi, String template) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> textsQueuedFor(pi).contains(template));
  }

  private List<String> textsQueuedFor(ProcessInstance pi) {
    return jdbc.sql("SELECT template FROM sms_message WHERE request_id = :id ORDER BY created_at")
        .param("id", pi.getBusinessKey()).query(String.class).list();
  }

  private List<String> textsAndPhonesQueuedFor(ProcessInstance pi) {
    return jdbc.sql("SELECT template, phone FROM sms_message WHERE request_id = :id ORDER BY created_at")
        .param("id", pi.getBusinessKey()).query((row, n) -> row.getString("template") + " " + row.getString("phone"))
        .list();
  }
}
