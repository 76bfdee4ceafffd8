package cn.campus.repair.request;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.process.RepairProcess;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist forms show besides the fields they fill in: {@code requestSummary}, the request
 * in one line, put on the process instance when its first task is created (what it says never
 * changes, so one variable serves every task).
 * A step asked again (confirm after a refusal, assign after it) starts from an empty form: the
 * forms prefill from process variables, and the last answer is no longer the question.
 */
@Component
class TasklistFormData {

  static final String VAR_REQUEST_SUMMARY = "requestSummary";

  private final RequestRows rows;
  private final Catalogue catalogue;

  TasklistFormData(RequestRows rows, Catalogue catalogue) {
    this.rows = rows;
    this.catalogue = catalogue;
  }

  @EventListener
  public void onTask(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
        || !task.getProcessDefinitionId().startsWith(RepairProcess.KEY + ":")) {
      return;
    }
    DelegateExecution instance = task.getExecution().getProcessInstance();
    if (!instance.hasVariableLocal(VAR_REQUEST_SUMMARY)) {
      rows.find(instance.getProcessBusinessKey())
          .ifPresent(request -> instance.setVariableLocal(VAR_REQUEST_SUMMARY, summary(request)));
    }
    Set<String> answers = new HashSet<>();
    RequestActions.completing(task.getTaskDefinitionKey()).forEach(action -> {
      answers.addAll(action.fixedVariables().keySet());
      answers.addAll(action.variableOfField().values());
    });
    if (!answers.isEmpty()) {
      task.getExecution().removeVariables(answers);
    }
  }

  private String summary(RequestRow request) {
    String place = Stream.of(request.building(), request.room(), request.locationDetail())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
    String category = catalogue.find(request.categoryCode()).map(Category::name).orElse(request.categoryCode());
    return String.join(" · ", request.number(), category, place, request.description());
  }
}
