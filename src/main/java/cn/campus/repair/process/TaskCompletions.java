package cn.campus.repair.process;

import cn.campus.repair.common.ApiException.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a user task may be completed with the variables a person submits through Tasklist or the
 * engine REST API. The repair process's own tasks follow {@link TaskInputRules}, the same rules as
 * our API's actions; a task they do not know (a step a manager added), or every task while no
 * rules are installed, may set exactly the keyed fields of its deployed Camunda Form, valid by the
 * form's own constraints ({@link FormFields}), and a task without a form may set nothing. The
 * variables the request starts with are never set by a task, whatever a form says.
 */
@Component
public class TaskCompletions {

  /**
   * Set when the request starts, read by the model (the rating's assignee, the service level's
   * timers and due dates) and our read model: the request's own variables and what the service-level
   * decision answered for them.
   */
  public static final Set<String> SET_AT_START = Stream.concat(
          Stream.of(RepairProcess.VAR_REQUEST_ID, RepairProcess.VAR_REQUESTER_ID),
          Stream.concat(RepairProcess.SERVICE_LEVEL_INPUTS.stream(), RepairProcess.SERVICE_LEVEL_OUTPUTS.stream()))
      .collect(Collectors.toUnmodifiableSet());

  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final ObjectProvider<TaskInputRules> rules;
  private final ObjectMapper json;
  private final CommandExecutor commandExecutor;

  TaskCompletions(
      TaskService taskService,
      FormService formService,
      RepositoryService repositoryService,
      ObjectProvider<TaskInputRules> rules,
      ObjectMapper json,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.rules = rules;
    this.json = json;
    this.commandExecutor = engineConfiguration.getCommandExecutorTxRequired();
  }

  /**
   * What is wrong with completing task {@code taskId} with {@code variables} (plain values: text,
   * numbers, booleans, null, lists and maps for JSON), each with the field and a zh-CN message; an
   * empty list when it may go ahead, or when there is no such task (the engine then says so).
   */
  public List<FieldError> check(String taskId, Map<String, Object> variables) {
    Task task = asEngine(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    for (String name : variables.keySet()) {
      if (SET_AT_START.contains(name)) {
        errors.add(new FieldError(name, "由报修单决定，任何任务都不能修改"));
      }
    }
    Optional<List<FieldError>> byRules = isRepairProcess(task)
        ? Optional.ofNullable(rules.getIfAvailable()).flatMap(r -> r.check(task.getTaskDefinitionKey(), variables))
        : Optional.empty();
    List<FieldError> found = byRules.orElseGet(
        () -> deployedForm(taskId).check(variables, name -> asEngine(() -> variable(taskId, name))));
    found.stream().filter(error -> !SET_AT_START.contains(error.field())).forEach(errors::add);
    return errors;
  }

  /**
   * One read of the engine's, whoever asks: whether the person may work on the task is the
   * engine's own check when the completion goes ahead. Each read is a command of its own, so one
   * that fails (a form that is not there) fails alone.
   */
  private <T> T asEngine(Supplier<T> read) {
    return commandExecutor.execute(context -> context.runWithoutAuthorization(read::get));
  }

  private boolean isRepairProcess(Task task) {
    return task.getProcessDefinitionId() != null
        && RepairProcess.KEY.equals(
            asEngine(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId())).getKey());
  }

  private FormFields deployedForm(String taskId) {
    FormData form = asEngine(() -> formService.getTaskFormData(taskId));
    boolean linked = form.getCamundaFormRef() != null && form.getCamundaFormRef().getKey() != null;
    if (form.getFormKey() == null && !linked) {
      return FormFields.none();
    }
    try (InputStream deployed = asEngine(() -> formService.getDeployedTaskForm(taskId))) {
      return FormFields.of(json.readTree(deployed));
    } catch (ProcessEngineException formNotDeployed) {
      return FormFields.none();
    } catch (IOException notJson) {
      // An embedded HTML form: nothing we can read its fields from, so nothing may be set.
      return FormFields.none();
    }
  }

  /** A task variable as a form reads it: JSON (the worker list of the assign form) as lists and maps. */
  private Object variable(String taskId, String name) {
    TypedValue value = taskService.getVariableTyped(taskId, name, false);
    if (value == null) {
      return null;
    }
    Object plain = value instanceof SerializableValue serializable && !serializable.isDeserialized()
        ? serializable.getValueSerialized()
        : value.getValue();
    if (plain instanceof String text && value instanceof SerializableValue) {
      try {
        return json.convertValue(json.readTree(text), Object.class);
      } catch (IOException notJson) {
        return text;
      }
    }
    return plain;
  }
}
