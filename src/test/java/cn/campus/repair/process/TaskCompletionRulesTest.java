package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step completed outside our API follows the same rules as the API's action; an instance an
 * operator deletes leaves a cancelled request.
 */
class TaskCompletionRulesTest extends IntegrationTest {

  @Autowired
  private TaskInputRules rules;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private TaskService taskService;

  private EngineRestClient engine;

  @BeforeEach
  void connect() {
    engine = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
  }

  @Test
  void theRulesNameVariablesATaskMayNotSet() {
    List<ApiException.FieldError> problems = rules.check(RepairProcess.TASK_CONFIRM,
        Map.of("confirmed", true, "requesterId", "1001", "workerId", "1002")).orElseThrow();

    assertThat(problems).extracting(ApiException.FieldError::field).containsExactlyInAnyOrder("requesterId", "workerId");
    assertThat(rules.check(RepairProcess.TASK_CONFIRM, Map.of("confirmed", false)).orElseThrow())
        .extracting(ApiException.FieldError::field).containsExactly("refuseReason");
    assertThat(rules.check(RepairProcess.TASK_CONFIRM, Map.of("confirmed", false, "refuseReason", "没带梯子")))
        .hasValue(List.of());
    assertThat(rules.check("survey", Map.of("anything", 1))).as("a step a manager added has no rules here").isEmpty();
    assertThat(rules.check(RepairProcess.TASK_CONFIRM, Map.of("confirmed", "true")).orElseThrow())
        .as("a text is no answer to 接单").extracting(ApiException.FieldError::field).containsExactly("confirmed");
    assertThat(rules.check(RepairProcess.TASK_RATE, Map.of("ratingResult", "5", "ratingEfficiency", 4.9)).orElseThrow())
        .as("scores are whole numbers").isNotEmpty();
  }

  @Test
  void anInstanceAnOperatorDeletesLeavesACancelledRequest() {
    String id = submitted(newStudent());
    String instance = expect(200, engine.get("/process-instance?businessKey=" + id)).body().path(0).path("id").asText();

    runtimeService.deleteProcessInstance(instance, "重复报修");

    ApiResponse request = api.get("/api/requests/" + id, adminToken());
    assertThat(request.text("status")).isEqualTo("CANCELLED");
    assertThat(request.body().path("currentStep").isNull()).isTrue();
    assertThat(request.body().path("history").findValuesAsText("action")).contains("CANCELLED");
  }

  @Test
  void aStepClaimedInTasklistShowsWhoHoldsIt() {
    String id = submitted(newStudent());
    String adminId = api.get("/api/me", adminToken()).text("id");

    expect(204, engine.post("/task/" + openTask(id) + "/claim", Map.of("userId", adminId)));
    assertThat(api.get("/api/requests/" + id, adminToken()).body().path("currentStep").path("assignee").path("id").asText())
        .isEqualTo(adminId);

    expect(204, engine.post("/task/" + openTask(id) + "/unclaim", Map.of()));
    assertThat(api.get("/api/requests/" + id, adminToken()).body().path("currentStep").path("assignee").isNull()).isTrue();
  }

  /**
   * The engine's own calls, one thread creating the step and another claiming it, then the first
   * giving it back: what one thread saw when it created a step must not outlive its transaction.
   */
  @Test
  void aStepGivenBackOnTheThreadThatCreatedItHasNobodyHoldingIt() throws Exception {
    String id = submitted(newStudent());
    String adminId = api.get("/api/me", adminToken()).text("id");
    taskService.complete(openTask(id), Map.of(RepairProcess.VAR_DECISION, "ACCEPT"));
    String assign = openTask(id);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      other.submit(() -> taskService.claim(assign, adminId)).get();
    } finally {
      other.shutdown();
    }

    taskService.claim(assign, null);

    assertThat(api.get("/api/requests/" + id, adminToken()).body().path("currentStep").path("assignee").isNull()).isTrue();
  }

  private String openTask(String requestId) {
    return expect(200, engine.get("/task?processInstanceBusinessKey=" + requestId)).body().path(0).path("id").asText();
  }
}
