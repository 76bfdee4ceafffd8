package cn.campus.repair.request;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.materials.Materials;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
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
 * changes, so one variable serves every task), and on the parts steps, task-local {@code
 * partsSummary}, the parts waiting in words, and {@code warehouseChoices}, the warehouses to issue
 * from. A step asked again (confirm after a refusal, assign after it) starts from an empty form: the
 * forms prefill from process variables, and the last answer is no longer the question.
 */
@Component
class TasklistFormData {

  static final String VAR_REQUEST_SUMMARY = "requestSummary";
  /** On the parts steps, task-local: the lines waiting, in words (球阀 DN20 × 1个、DN25 三通 × 2). */
  static final String VAR_PARTS_SUMMARY = "partsSummary";
  /** On the issuing step, task-local: the warehouses as the form's select reads them ({@code valuesKey}). */
  static final String VAR_WAREHOUSE_CHOICES = "warehouseChoices";

  private final RequestRows rows;
  private final Catalogue catalogue;
  private final Materials materials;
  private final ObjectMapper json;

  TasklistFormData(RequestRows rows, Catalogue catalogue, Materials materials, ObjectMapper json) {
    this.materials = materials;
    this.json = json;
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
    if (RepairProcess.TASK_ISSUE_PARTS.equals(task.getTaskDefinitionKey())
        || RepairProcess.TASK_APPROVE_PARTS.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(VAR_PARTS_SUMMARY, partsSummary(instance.getProcessBusinessKey()));
    }
    if (RepairProcess.TASK_ISSUE_PARTS.equals(task.getTaskDefinitionKey())) {
      task.setVariableLocal(VAR_WAREHOUSE_CHOICES, SpinValues.jsonValue(warehouseChoices()).create());
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

  private String warehouseChoices() {
    List<Map<String, String>> choices = materials.warehouses().stream()
        .map(warehouse -> Map.of("value", warehouse.id(), "label",
            warehouse.location().isEmpty() ? warehouse.name() : warehouse.name() + " · " + warehouse.location()))
        .toList();
    try {
      return json.writeValueAsString(choices);
    } catch (JsonProcessingException cannotHappenForStrings) {
      throw new IllegalStateException(cannotHappenForStrings);
    }
  }

  private String partsSummary(String requestId) {
    return materials.partsOf(requestId).lines().stream()
        .filter(line -> "REQUESTED".equals(line.state()))
        .map(line -> line.name() + " × " + line.quantity() + (line.unit() == null ? "" : line.unit())
            + (line.unitPrice() == null ? "（目录外）" : "（¥" + line.unitPrice() + "）"))
        .collect(Collectors.joining("、"));
  }

  private String summary(RequestRow request) {
    String place = Stream.of(request.building(), request.room(), request.locationDetail())
        .filter(part -> part != null && !part.isBlank())
        .collect(Collectors.joining(" "));
    String category = catalogue.find(request.categoryCode()).map(Category::name).orElse(request.categoryCode());
    return String.join(" · ", request.number(), category, place, request.description());
  }
}
