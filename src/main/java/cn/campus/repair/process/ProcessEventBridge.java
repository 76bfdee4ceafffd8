package cn.campus.repair.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the engine's events the service listens to as Spring events: a user task created,
 * assigned or completed (the {@code DelegateTask}) and a process instance's end (the {@code
 * DelegateExecution}), inside the engine's command, so their listeners ({@link RequestSteps},
 * Tasklist's form data, the dispatch form's workers) work in its transaction as before.
 *
 * <p>It replaces Camunda's Spring event bridge ({@code camunda.bpm.eventing}, off), which publishes
 * every activity's start and end and every sequence flow taken, each twice (the delegate and an
 * immutable copy): some two hundred events in a request's life, of which about fifteen were heard.
 * Its listeners are added as the bridge added them with {@code skippable} off: after the model's
 * own, and built in, so an instance deleted with its custom listeners skipped (Cockpit's cancel)
 * still ends the request.
 */
@Component
class ProcessEventBridge extends AbstractProcessEnginePlugin {

  /** Task events heard; a task's update, deletion and timeout are not. */
  private static final List<String> TASK_EVENTS =
      List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE);

  private final ApplicationEventPublisher events;

  ProcessEventBridge(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener onTask = task -> events.publishEvent(task);
    ExecutionListener onInstanceEnd = instance -> events.publishEvent(instance);
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new Listeners(onTask, onInstanceEnd));
  }

  /** Puts the two listeners on every process definition and user task as they are parsed. */
  private static final class Listeners extends AbstractBpmnParseListener {

    private final TaskListener onTask;
    private final ExecutionListener onInstanceEnd;

    Listeners(TaskListener onTask, ExecutionListener onInstanceEnd) {
      this.onTask = onTask;
      this.onInstanceEnd = onInstanceEnd;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
      definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, onInstanceEnd);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      TASK_EVENTS.forEach(event -> task.addBuiltInTaskListener(event, onTask));
    }
  }
}
