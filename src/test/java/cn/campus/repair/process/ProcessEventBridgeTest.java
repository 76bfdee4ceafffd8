package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * What the engine tells the service's listeners in a request's life: its tasks created, assigned
 * and completed, and the instance's end, nothing of the other activities and sequence flows.
 */
class ProcessEventBridgeTest extends IntegrationTest {

  @Autowired
  private ConfigurableApplicationContext context;

  @Autowired
  private RuntimeService runtimeService;

  @Test
  void aRequestsLifeIsHeardAsItsTasksAndItsEndOnly() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    Heard heard = listening(() -> {
      String id = requestAt("AWAITING_RATING", student, worker);
      expect(200, api.post("/api/requests/" + id + "/rate", student.token(), Map.of("result", 5, "efficiency", 4)));
      return id;
    });

    List<String> events = heard.about(heard.request);
    assertThat(events).allMatch(event -> event.matches("task \\w+ (create|assignment|complete)") || event.equals("instance end"));
    assertThat(events).containsOnlyOnce("instance end").last().isEqualTo("instance end");
    assertThat(events).contains("task review create", "task review complete", "task assign create",
        "task assign complete", "task confirm create", "task confirm complete", "task repair create",
        "task repair complete", "task rate create", "task rate complete");
    assertThat(heard.otherEngineEvents).as("the starter's event bridge is off").isEmpty();
  }

  @Test
  void anInstanceDeletedSkippingCustomListenersStillEndsTheRequest() {
    String id = submitted(newStudent());
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();

    runtimeService.deleteProcessInstance(instance, "重复报修", true);

    assertThat(api.get("/api/requests/" + id, adminToken()).text("status")).isEqualTo("CANCELLED");
  }

  /** The engine's events published while {@code life} ran; it answers the request it is about. */
  private Heard listening(Supplier<String> life) {
    Heard heard = new Heard();
    context.addApplicationListener(heard);
    try {
      heard.request = life.get();
    } finally {
      context.removeApplicationListener(heard);
    }
    return heard;
  }

  private static final class Heard implements ApplicationListener<ApplicationEvent> {

    private final Queue<String[]> byRequest = new ConcurrentLinkedQueue<>();
    private final Queue<String> otherEngineEvents = new ConcurrentLinkedQueue<>();
    private String request;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (!(event instanceof PayloadApplicationEvent<?> published)) {
        return;
      }
      Object payload = published.getPayload();
      if (payload instanceof DelegateTask task) {
        byRequest.add(new String[] {task.getExecution().getProcessBusinessKey(),
            "task " + task.getTaskDefinitionKey() + " " + task.getEventName()});
      } else if (payload instanceof DelegateExecution execution) {
        boolean instance = execution.getActivityInstanceId().equals(execution.getProcessInstanceId());
        byRequest.add(new String[] {execution.getProcessBusinessKey(), instance
            ? "instance " + execution.getEventName()
            : "activity " + execution.getCurrentActivityId() + " " + execution.getEventName()});
      } else if (payload.getClass().getName().startsWith("org.camunda.")) {
        otherEngineEvents.add(payload.getClass().getName());
      }
    }

    List<String> about(String requestId) {
      return byRequest.stream().filter(event -> requestId.equals(event[0])).map(event -> event[1]).toList();
    }
  }
}
