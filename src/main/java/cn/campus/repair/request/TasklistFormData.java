package cn.campus.repair.request;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.process.RepairProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist forms show besides the fields they fill in: {@code requestSummary}, the request
 * in one line, put on the process instance when its first task is created (what it says never
 * changes, so one variable serves every task), and on each {@code assign} task, task-local so it
 * vanishes with the task, the {@code workerChoices} the form's worker list reads (form-js {@code
 * valuesKey}), least loaded first, each labelled with specialty and current load.
 * A {@code confirm} asked again after a refusal starts from an empty form: the forms prefill from
 * process variables, and the last refusal's answer is no longer the question.
 */
@Component
class TasklistFormData {

  static final String VAR_REQUEST_SUMMARY = "requestSummary";
  static final String VAR_WORKER_CHOICES = "workerChoices";

  private final RequestRecords records;
  private final Users users;
  private final Catalogue catalogue;
  private final ObjectMapper json;

  TasklistFormData(RequestRecords records, Users users, Catalogue catalogue, ObjectMapper json) {
    this.records = records;
    this.users = users;
    this.catalogue = catalogue;
    this.json = json;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
        || !task.getProcessDefinitionId().startsWith(RepairProcess.KEY + ":")) {
      return;
    }
    DelegateExecution instance = task.getExecution().getProcessInstance();
    if (!instance.hasVariableLocal(VAR_REQUEST_SUMMARY)) {
      records.find(instance.getProcessBusinessKey())
          .ifPresent(request -> instance.setVariableLocal(VAR_REQUEST_SUMMARY, summary(request)));
    }
    if (RepairProcess.TASK_ASSIGN.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(VAR_WORKER_CHOICES, SpinValues.jsonValue(workerChoices()).create());
    }
    if (RepairProcess.TASK_CONFIRM.equals(task.getTaskDefinitionKey())) {
      task.getExecution().removeVariables(List.of(RepairProcess.VAR_CONFIRMED, RepairProcess.VAR_REFUSE_REASON));
    }
  }

  private String summary(RequestRow request) {
    String place = Stream.of(request.building(), request.room(), request.locationDetail())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
    return String.join(" · ", request.number(), categoryName(request.categoryCode()), place, request.description());
  }

  private String workerChoices() {
    Map<String, Integer> active = records.activeTasks();
    List<Map<String, String>> choices = users.findByRole(Role.WORKER).stream()
        .sorted(Comparator.comparingInt((User worker) -> active.getOrDefault(worker.id(), 0)).thenComparing(User::name))
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
