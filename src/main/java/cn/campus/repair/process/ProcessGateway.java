package cn.campus.repair.process;

import cn.campus.repair.common.ApiException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The only way the API moves a request: start its process, complete one of its user tasks, or
 * correlate the cancel message, each as the person who asked (so the engine's own history and
 * our listeners know the actor). A task or subscription that is not there is a 409.
 *
 * <p>The API has already decided that the person may do this (their role, their own request or
 * task), so the engine's authorization checks, which guard the webapps, are off for these calls.
 */
@Component
public class ProcessGateway {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final CommandExecutor commandExecutor;

  ProcessGateway(
      RuntimeService runtimeService,
      TaskService taskService,
      IdentityService identityService,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.commandExecutor = engineConfiguration.getCommandExecutorTxRequired();
  }

  /**
   * Starts the request's process; answers the instance with its variables as the start left them
   * (what the service-level decision answered among them), read from the engine's memory rather
   * than the database.
   */
  public Started start(String requestId, Map<String, Object> variables, String actorId) {
    return as(actorId, () -> {
      ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(RepairProcess.KEY)
          .businessKey(requestId)
          .setVariables(variables)
          .executeWithVariablesInReturn();
      return new Started(instance.getId(), instance.getVariables());
    });
  }

  /** A process instance just started, and its variables once it waits at its first step. */
  public record Started(String processInstanceId, Map<String, Object> variables) {}

  /**
   * Completes the request's open task {@code taskKey}; 409 when the process is not waiting there.
   * {@code knownTaskId} is the task the read model says the request waits at (null if it does not
   * know): completed by id, without searching, and a task that is gone meanwhile is a 409 as well.
   */
  public void complete(String processInstanceId, String knownTaskId, String taskKey, Map<String, Object> variables,
      String actorId) {
    String taskId = knownTaskId != null ? knownTaskId : openTask(processInstanceId, taskKey);
    try {
      as(actorId, () -> {
        taskService.complete(taskId, variables);
        return null;
      });
    } catch (NullValueException taskMissing) {
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        throw notWaitingThere();
      }
      throw taskMissing;
    }
  }

  private String openTask(String processInstanceId, String taskKey) {
    Task task = taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw notWaitingThere();
    }
    return task.getId();
  }

  private static ApiException notWaitingThere() {
    return ApiException.conflict("报修单当前状态不允许此操作");
  }

  /** Sends the request's process {@code message}; 409 when the model does not wait for it now. */
  public void correlate(String requestId, String message, Map<String, Object> variables, String actorId) {
    as(actorId, () -> {
      try {
        runtimeService.createMessageCorrelation(message)
            .processInstanceBusinessKey(requestId)
            .setVariables(variables)
            .correlateWithResult();
      } catch (MismatchingMessageCorrelationException notWaitingForIt) {
        throw ApiException.conflict("报修单当前状态不允许此操作");
      }
      return null;
    });
  }

  /** The open tasks of every process assigned to {@code userId}, oldest first. */
  public List<HeldTask> tasksAssignedTo(String userId) {
    return taskService.createTaskQuery().taskAssignee(userId).orderByTaskCreateTime().asc().list().stream()
        .map(task -> new HeldTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
            task.getCreateTime().toInstant(), task.getProcessInstanceId(), businessKey(task.getProcessInstanceId())))
        .toList();
  }

  private String businessKey(String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /**
   * Hands task {@code taskId} to {@code assignee} (null: back to its candidate group), as {@code
   * actorId}. The engine reports the new hands ({@link StepAssigned}); on a step the model gives
   * to the request's worker ({@code ${workerId}}) the request's worker follows. 409 when the task
   * is gone.
   */
  public void reassign(String taskId, String assignee, String actorId) {
    try {
      as(actorId, () -> {
        taskService.setAssignee(taskId, assignee);
        return null;
      });
    } catch (NullValueException taskMissing) {
      throw ApiException.conflict("该任务已完成或已不存在");
    }
  }

  /** A task someone holds; {@code businessKey} is the request's id for a repair request's task. */
  public record HeldTask(String taskId, String taskKey, String taskName, java.time.Instant since,
      String processInstanceId, String businessKey) {}

  private <T> T as(String actorId, java.util.function.Supplier<T> work) {
    identityService.setAuthenticatedUserId(actorId);
    try {
      return commandExecutor.execute(context -> context.runWithoutAuthorization(work::get));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
