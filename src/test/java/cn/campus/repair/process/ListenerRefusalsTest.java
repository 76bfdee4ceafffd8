package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task listener's refusal of a completion is a 400 through the engine REST API, and the task stays. */
class ListenerRefusalsTest extends IntegrationTest {

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private TaskService taskService;

  @Test
  void aListenersRefusalIsA400AndTheTaskStaysOpen() {
    repositoryService.createDeployment().name("listener-refusal").addModelInstance("listener-refusal.bpmn",
        Bpmn.createExecutableProcess("listener-refusal")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("step").camundaCandidateGroups("admins")
            .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, Refuse.class)
            .endEvent()
            .done())
        .deploy();
    String instance = runtimeService.startProcessInstanceByKey("listener-refusal").getId();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    ApiResponse refused = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD)
        .post("/task/" + task + "/complete", Map.of());

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains("这一步现在不能完成");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  /** Stands for a listener of ours that finds what the task was completed with unacceptable. */
  public static class Refuse implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      throw new BadUserRequestException("这一步现在不能完成");
    }
  }
}
