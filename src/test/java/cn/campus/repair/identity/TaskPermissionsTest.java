package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.campus.repair.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the engine's own authorizations do for a task's assignee, with the default task permission
 * TASK_WORK: claim and complete, but no variables, no new assignee, no delegation. And what they do
 * not do, which is why {@link WebappRequestGuard} checks every completion in front of the REST APIs.
 */
class TaskPermissionsTest extends IntegrationTest {

  @Autowired
  private TaskService taskService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private IdentityService identityService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theAssigneeMayNeitherSetVariablesNorReassignNorDelegate() {
    Person worker = newWorker("WATER_ELECTRIC");
    Person colleague = newWorker("WATER_ELECTRIC");
    Task confirm = confirmTask(requestAt("ASSIGNED", newStudent(), worker));

    identityService.setAuthentication(worker.id(), List.of(CamundaGroup.WORKERS.id()));
    assertThatThrownBy(() -> taskService.setVariable(confirm.getId(), "requesterId", worker.id()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.setAssignee(confirm.getId(), colleague.id()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.delegateTask(confirm.getId(), colleague.id()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService.addCandidateUser(confirm.getId(), colleague.id()))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void theEngineAloneLetsTheAssigneeCompleteWithAnyVariable() {
    Person worker = newWorker("WATER_ELECTRIC");
    Task confirm = confirmTask(requestAt("ASSIGNED", newStudent(), worker));

    identityService.setAuthentication(worker.id(), List.of(CamundaGroup.WORKERS.id()));
    taskService.complete(confirm.getId(), Map.of("confirmed", true, "requesterId", worker.id()));
    identityService.clearAuthentication();

    assertThat(runtimeService.getVariable(confirm.getProcessInstanceId(), "requesterId")).isEqualTo(worker.id());
  }

  private Task confirmTask(String requestId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(requestId).taskDefinitionKey("confirm")
        .singleResult();
  }
}
