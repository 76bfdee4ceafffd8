package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.campus.repair.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code repair-request}, driven through the engine as Tasklist or the engine REST
 * API would drive it, checking both where the process waits and the status people see.
 */
class RepairProcessTest extends IntegrationTest {

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private ManagementService managementService;

  @Autowired
  private TaskService taskService;

  @Autowired
  private HistoryService historyService;

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
  void everyModelDeclaresAHistoryTimeToLive() {
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isNotNull());
  }

  @Test
  void acceptedRequestIsAssignedConfirmedRepairedAndRated() {
    ProcessInstance pi = instanceOf(submitted(student));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REVIEW);
    assertThat(task(pi)).hasCandidateGroup("admins");
    assertThat(statusOf(pi)).isEqualTo("PENDING_REVIEW");

    complete(task(pi), withVariables(RepairProcess.VAR_DECISION, "ACCEPT", RepairProcess.VAR_REVIEW_NOTE, "ok"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ASSIGN);
    assertThat(statusOf(pi)).isEqualTo("AWAITING_DISPATCH");

    complete(task(pi), withVariables(RepairProcess.VAR_WORKER_ID, worker.id()));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_CONFIRM);
    assertThat(textsQueuedFor(pi)).containsExactlyInAnyOrder("MATERIALS_NEEDED", "TASK_ASSIGNED");
    assertThat(task(pi)).isAssignedTo(worker.id());
    assertThat(statusOf(pi)).isEqualTo("ASSIGNED");

    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, true));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REPAIR);
    assertThat(textsQueuedFor(pi)).contains("REQUEST_ACCEPTED").hasSize(3);
    assertThat(statusOf(pi)).isEqualTo("IN_PROGRESS");

    complete(task(pi), withVariables(RepairProcess.VAR_COMPLETION_NOTE, "换阀芯"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_RATE);
    assertThat(textsQueuedFor(pi)).contains("REPAIR_COMPLETED").hasSize(4);
    assertThat(task(pi)).isAssignedTo(student.id());
    assertThat(statusOf(pi)).isEqualTo("AWAITING_RATING");

    complete(task(pi), withVariables(RepairProcess.VAR_RATING_RESULT, 4, RepairProcess.VAR_RATING_EFFICIENCY, 5));
    assertThat(pi).isEnded();
    assertThat(endEventOf(pi)).isEqualTo("EndEvent_Closed");
    assertThat(statusOf(pi)).isEqualTo("CLOSED");
  }

  @Test
  void rejectedRequestEndsAfterTellingTheRequester() {
    ProcessInstance pi = instanceOf(submitted(student));
    complete(task(pi), withVariables(RepairProcess.VAR_DECISION, "REJECT"));
    assertThat(pi).isEnded();
    assertThat(endEventOf(pi)).isEqualTo("EndEvent_Rejected");
    assertThat(textsQueuedFor(pi)).containsExactly("REQUEST_REJECTED");
    assertThat(statusOf(pi)).isEqualTo("REJECTED");
  }

  @Test
  void refusedTaskGoesBackToDispatch() {
    ProcessInstance pi = instanceOf(requestAt("ASSIGNED", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, false, RepairProcess.VAR_REFUSE_REASON, "生病"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ASSIGN);
    assertThat(statusOf(pi)).isEqualTo("AWAITING_DISPATCH");
    assertThat(api.get("/api/requests/" + pi.getBusinessKey(), student.token()).body().path("worker").isNull()).isTrue();

    complete(task(pi), withVariables(RepairProcess.VAR_WORKER_ID, worker.id()));
    assertThat(taskService.getVariables(task(pi).getId()))
        .as("the next worker's form does not open with the last refusal filled in")
        .doesNotContainKeys(RepairProcess.VAR_CONFIRMED, RepairProcess.VAR_REFUSE_REASON);
  }

  @Test
  void cancelMessageEndsTheRequestAtReviewDispatchOrConfirmation() {
    for (String stage : new String[] {"PENDING_REVIEW", "AWAITING_DISPATCH", "ASSIGNED"}) {
      ProcessInstance pi = instanceOf(requestAt(stage, student, worker));
      runtimeService.createMessageCorrelation(RepairProcess.MESSAGE_CANCELLED)
          .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
      assertThat(pi).isEnded();
      assertThat(endEventOf(pi)).isEqualTo("EndEvent_Cancelled");
      assertThat(statusOf(pi)).as(stage).isEqualTo("CANCELLED");
    }
  }

  @Test
  void aRequestCannotBeCancelledOnceRepairStarted() {
    ProcessInstance pi = instanceOf(requestAt("IN_PROGRESS", student, worker));
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(RepairProcess.MESSAGE_CANCELLED)
        .processInstanceBusinessKey(pi.getBusinessKey()).correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REPAIR);
  }

  @Test
  void anUnratedRepairClosesItselfAfterSevenDays() {
    ProcessInstance pi = instanceOf(requestAt("AWAITING_RATING", student, worker));
    Job timer = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId("BoundaryEvent_RatingTimeout").singleResult();
    assertThat(timer.getDuedate()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(6))));

    // Only this request's timer runs: moving the engine's clock would fire every timer that the
    // other tests' requests leave in the shared database, a flood that slows the tests after it.
    managementService.executeJob(timer.getId());
    Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count() == 0);

    assertThat(pi).isEnded();
    assertThat(endEventOf(pi)).isEqualTo("EndEvent_AutoClosed");
    assertThat(statusOf(pi)).isEqualTo("CLOSED");
  }

  private ProcessInstance instanceOf(String requestId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RepairProcess.KEY).processInstanceBusinessKey(requestId).singleResult();
  }

  @Test
  void aPoorRatingOpensARevisitThatSendsTheRequestBackThroughDispatchAndAsksForARatingAgain() {
    ProcessInstance pi = instanceOf(requestAt("AWAITING_RATING", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_RATING_RESULT, 2, RepairProcess.VAR_RATING_EFFICIENCY, 3));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_REVISIT);
    assertThat(task(pi)).hasCandidateGroup("admins");
    assertThat(statusOf(pi)).isEqualTo("PENDING_REVISIT");

    complete(task(pi), withVariables(RepairProcess.VAR_REVISIT_OUTCOME, "REWORK", RepairProcess.VAR_REVISIT_NOTE, "仍在漏水"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_ASSIGN);
    assertThat(statusOf(pi)).isEqualTo("AWAITING_DISPATCH");

    complete(task(pi), withVariables(RepairProcess.VAR_WORKER_ID, worker.id()));
    complete(task(pi), withVariables(RepairProcess.VAR_CONFIRMED, true));
    complete(task(pi), withVariables(RepairProcess.VAR_COMPLETION_NOTE, "换了整个龙头"));
    assertThat(pi).isWaitingAt(RepairProcess.TASK_RATE);
    assertThat(taskService.getVariables(task(pi).getId()))
        .as("the second rating starts from an empty form").doesNotContainKey(RepairProcess.VAR_RATING_RESULT);

    complete(task(pi), withVariables(RepairProcess.VAR_RATING_RESULT, 5, RepairProcess.VAR_RATING_EFFICIENCY, 4));
    assertThat(pi).isEnded();
    assertThat(endEventOf(pi)).isEqualTo("EndEvent_Closed");
    assertThat(statusOf(pi)).isEqualTo("CLOSED");
    assertThat(api.get("/api/requests/" + pi.getBusinessKey(), adminToken()).body().path("history").findValuesAsText("action"))
        .containsSubsequence("COMPLETED", "RATED", "REWORK", "ASSIGNED", "WORKER_ACCEPTED", "COMPLETED", "RATED");
  }

  @Test
  void aRevisitMayCloseTheRequest() {
    ProcessInstance pi = instanceOf(requestAt("AWAITING_RATING", student, worker));
    complete(task(pi), withVariables(RepairProcess.VAR_RATING_RESULT, 1, RepairProcess.VAR_RATING_EFFICIENCY, 1));

    complete(task(pi), withVariables(RepairProcess.VAR_REVISIT_OUTCOME, "CLOSE", RepairProcess.VAR_REVISIT_NOTE, "已电话致歉"));

    assertThat(pi).isEnded();
    assertThat(endEventOf(pi)).isEqualTo("EndEvent_ClosedAfterRevisit");
    assertThat(statusOf(pi)).isEqualTo("CLOSED");
    assertThat(api.get("/api/requests/" + pi.getBusinessKey(), adminToken()).body().path("history").findValuesAsText("note"))
        .contains("已电话致歉");
  }

  @Test
  void aRatingAboveTheThresholdClosesWithoutARevisit() {
    ProcessInstance pi = instanceOf(requestAt("AWAITING_RATING", student, worker));

    complete(task(pi), withVariables(RepairProcess.VAR_RATING_RESULT, 3, RepairProcess.VAR_RATING_EFFICIENCY, 1));

    assertThat(pi).isEnded();
    assertThat(endEventOf(pi)).isEqualTo("EndEvent_Closed");
  }

  /**
   * The templates of the texts the model's SMS steps queued for the request. The engine keeps no
   * activity history at our level ({@link HistoryLevels}), so the steps show by what they did.
   */
  private List<String> textsQueuedFor(ProcessInstance pi) {
    return jdbc.sql("SELECT template FROM sms_message WHERE request_id = :id ORDER BY created_at")
        .param("id", pi.getBusinessKey()).query(String.class).list();
  }

  private String endEventOf(ProcessInstance pi) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getEndActivityId();
  }

  private String statusOf(ProcessInstance pi) {
    return api.get("/api/requests/" + pi.getBusinessKey(), adminToken()).text("status");
  }
}
