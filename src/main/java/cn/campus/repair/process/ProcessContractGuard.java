package cn.campus.repair.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a deployment whose {@code repair-request} breaks the process contract (the user tasks the
 * API completes, and the cancel message while the request waits before {@code repair}), naming
 * every missing piece. It runs while the engine parses the model, so a refused deployment changes
 * nothing: the version in force stays the newest, whether the model came from Camunda Modeler,
 * the engine REST API or {@code processes/}.
 */
class ProcessContractGuard extends AbstractBpmnParseListener {

  static final List<String> USER_TASKS = List.of(
      RepairProcess.TASK_REVIEW, RepairProcess.TASK_ASSIGN, RepairProcess.TASK_CONFIRM,
      RepairProcess.TASK_REPAIR, RepairProcess.TASK_RATE);
  static final List<String> CANCELLABLE_AT = List.of(
      RepairProcess.TASK_REVIEW, RepairProcess.TASK_ASSIGN, RepairProcess.TASK_CONFIRM);

  @Override
  public void parseRootElement(Element definitions, List<ProcessDefinitionEntity> processDefinitions) {
    for (Element process : children(definitions, "process")) {
      if (RepairProcess.KEY.equals(process.attribute("id"))) {
        List<String> missing = missing(definitions, process);
        if (!missing.isEmpty()) {
          throw new BpmnParseException(
              "流程 " + RepairProcess.KEY + " 不符合流程契约（见 docs/process.md），缺少："
                  + String.join("；", missing), process);
        }
      }
    }
  }

  private static List<String> missing(Element definitions, Element process) {
    List<Element> elements = descendants(process).toList();
    Set<String> userTasks = elements.stream()
        .filter(element -> element.getTagName().equals("userTask"))
        .map(element -> element.attribute("id"))
        .collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    USER_TASKS.stream().filter(id -> !userTasks.contains(id)).forEach(id -> missing.add("用户任务 " + id));

    Set<String> cancelMessages = children(definitions, "message").stream()
        .filter(message -> RepairProcess.MESSAGE_CANCELLED.equals(message.attribute("name")))
        .map(message -> message.attribute("id"))
        .collect(Collectors.toSet());
    if (cancelMessages.isEmpty()) {
      missing.add("消息 " + RepairProcess.MESSAGE_CANCELLED);
      return missing;
    }
    boolean eventSubprocessCatches = elements.stream()
        .filter(element -> element.getTagName().equals("subProcess")
            && "true".equals(element.attribute("triggeredByEvent")))
        .flatMap(subprocess -> children(subprocess, "startEvent").stream())
        .anyMatch(start -> catches(start, cancelMessages));
    if (!eventSubprocessCatches) {
      for (String task : CANCELLABLE_AT) {
        boolean caught = elements.stream()
            .anyMatch(element -> element.getTagName().equals("boundaryEvent")
                && task.equals(element.attribute("attachedToRef"))
                && catches(element, cancelMessages));
        if (userTasks.contains(task) && !caught) {
          missing.add("在 " + task + " 上捕获消息 " + RepairProcess.MESSAGE_CANCELLED + " 的边界事件");
        }
      }
    }
    return missing;
  }

  private static boolean catches(Element event, Set<String> messageIds) {
    return children(event, "messageEventDefinition").stream()
        .anyMatch(definition -> messageIds.contains(definition.attribute("messageRef")));
  }

  private static List<Element> children(Element parent, String tagName) {
    return parent.elements().stream().filter(child -> child.getTagName().equals(tagName)).toList();
  }

  private static Stream<Element> descendants(Element parent) {
    return parent.elements().stream().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
  }
}
