package cn.campus.repair.benchmark.bareengine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * One repair request from its start to its end, as a plain Camunda application would walk it: start
 * an instance with the variables the model reads (the service-level table's inputs among them, as
 * the service sends them for a leak reported on a weekday morning), then for each of the five user
 * tasks a task query and a completion with the variables the next gateway or assignee needs, the same values the
 * benchmark's clients send our API (benchmark/src/test/java/.../RepairSimulation.java). Nobody is
 * authenticated: the starter leaves authorization off, as a bare engine has it.
 *
 * <p>The process contract's words (docs/process.md) are spelled here again rather than taken from the
 * service's classes, so that the benchmark does not depend on the product.
 */
@Component
class Lifecycle {

  private static final String PROCESS_KEY = "repair-request";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final AtomicLong requests = new AtomicLong();

  Lifecycle(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  void walk() {
    String requestId = Long.toString(requests.incrementAndGet());
    String requester = "student-" + requestId;
    String worker = "worker-" + requestId;
    String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, requestId, Map.of(
            "requestId", requestId,
            "requesterId", requester,
            "categoryCode", "WATER_ELECTRIC",
            "priority", "URGENT",
            "buildingType", "DORMITORY",
            "submittedHour", 10,
            "submittedWeekday", 3))
        .getId();
    complete(instance, "review", Map.of("decision", "ACCEPT"));
    complete(instance, "assign", Map.of("workerId", worker));
    complete(instance, "confirm", Map.of("confirmed", true));
    complete(instance, "repair", Map.of("completionNote", "换了阀芯"));
    complete(instance, "rate", Map.of("ratingResult", 5, "ratingEfficiency", 5));
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("instance " + instance + " is not waiting at " + taskKey);
    }
    tasks.complete(task.getId(), variables);
  }
}
