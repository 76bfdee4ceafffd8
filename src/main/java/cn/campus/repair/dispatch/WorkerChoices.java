package cn.campus.repair.dispatch;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.request.RequestDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist assign form's worker list: on each {@code assign} task, task-local so it vanishes
 * with the task, {@code workerChoices} (a JSON list read by the form's select, form-js {@code
 * valuesKey}): the request's category's specialists first, then the others, each group least
 * loaded first, each labelled with specialty and current load; never a worker who refused the
 * request as outside their specialty.
 */
@Component
class WorkerChoices {

  static final String VAR_WORKER_CHOICES = "workerChoices";

  private final RequestDirectory requests;
  private final Users users;
  private final Catalogue catalogue;
  private final ObjectMapper json;

  WorkerChoices(RequestDirectory requests, Users users, Catalogue catalogue, ObjectMapper json) {
    this.requests = requests;
    this.users = users;
    this.catalogue = catalogue;
    this.json = json;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
        && task.getProcessDefinitionId().startsWith(RepairProcess.KEY + ":")
        && RepairProcess.TASK_ASSIGN.equals(task.getTaskDefinitionKey())) {
      Object category = task.getVariable(RepairProcess.VAR_CATEGORY_CODE);
      Set<String> excluded = requests.excludedWorkers(task.getExecution().getProcessBusinessKey());
      task.setVariableLocal(VAR_WORKER_CHOICES,
          SpinValues.jsonValue(workerChoices(category == null ? null : category.toString(), excluded)).create());
    }
  }

  /** Workers who refused this request as outside their specialty are not offered again. */
  private String workerChoices(String category, Set<String> excluded) {
    Map<String, Integer> active = requests.activeTasksByWorker();
    List<Map<String, String>> choices = users.findByRole(Role.WORKER).stream()
        .filter(worker -> !excluded.contains(worker.id()))
        .sorted(Comparator.comparing((User worker) -> !worker.specialties().contains(category))
            .thenComparingInt((User worker) -> active.getOrDefault(worker.id(), 0))
            .thenComparing(User::name))
        .map(worker -> Map.of("value", worker.id(), "label", label(worker, active.getOrDefault(worker.id(), 0))))
        .toList();
    try {
      return json.writeValueAsString(choices);
    } catch (JsonProcessingException cannotHappenForStrings) {
      throw new IllegalStateException(cannotHappenForStrings);
    }
  }

  private String label(User worker, int active) {
    String specialties = worker.specialties().isEmpty() ? "无专长"
        : worker.specialties().stream().map(this::categoryName).collect(Collectors.joining("/"));
    return "%s · %s · 进行中 %d".formatted(worker.name(), specialties, active);
  }

  private String categoryName(String code) {
    return catalogue.find(code).map(Category::name).orElse(Objects.toString(code, ""));
  }
}
