package cn.campus.repair.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Refuses a deployment whose {@code repair-request} breaks the process contract (the user tasks the
 * API completes, each declaring the request's status while it is open; well-formed statuses; a
 * way to cancel by message; and the service-level decision behind every deadline the model reads),
 * naming every missing piece. It runs while the engine parses the model, so a refused deployment changes
 * nothing: the version in force stays the newest, whether the model came from Camunda Modeler,
 * the engine REST API or {@code processes/}.
 */
class ProcessContractGuard extends AbstractBpmnParseListener {

  static final List<String> USER_TASKS = List.of(
      RepairProcess.TASK_REVIEW, RepairProcess.TASK_ASSIGN, RepairProcess.TASK_CONFIRM,
      RepairProcess.TASK_REPAIR, RepairProcess.TASK_RATE);
  /** The keepers' Camunda group, to which the parts step is offered. */
  private static final String KEEPERS = "warehouse";
  /** What an API client can filter on and store: upper-case words, as the shipped statuses. */
  static final Pattern STATUS = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
  private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);
  /** An expression reading one of the service level's answers (a timer, a due date, a recipient). */
  private static final Pattern READS_SERVICE_LEVEL = Pattern.compile(
      "\\$\\{[^}]*\\b(" + String.join("|", RepairProcess.SERVICE_LEVEL_OUTPUTS) + ")\\b");

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
    for (Element element : elements) {
      boolean declares = element.getTagName().equals("userTask") || element.getTagName().equals("endEvent");
      if (!declares) {
        continue;
      }
      Optional<String> status = property(element, RepairProcess.PROPERTY_STATUS);
      if (status.isPresent() && !STATUS.matcher(status.get()).matches()) {
        missing.add(element.attribute("id") + " 的 status 应为大写字母、数字和下划线（最多20个）：" + status.get());
      }
      if (element.getTagName().equals("userTask") && USER_TASKS.contains(element.attribute("id")) && status.isEmpty()) {
        missing.add("用户任务 " + element.attribute("id") + " 的扩展属性 status");
      }
    }

    Set<String> cancelMessages = children(definitions, "message").stream()
        .filter(message -> RepairProcess.MESSAGE_CANCELLED.equals(message.attribute("name")))
        .map(message -> message.attribute("id"))
        .collect(Collectors.toSet());
    boolean onATask = elements.stream()
        .filter(element -> element.getTagName().equals("boundaryEvent"))
        .filter(event -> userTasks.contains(event.attribute("attachedToRef")) && !"false".equals(event.attribute("cancelActivity")))
        .anyMatch(event -> catches(event, cancelMessages));
    boolean inAnEventSubprocess = elements.stream()
        .filter(element -> element.getTagName().equals("subProcess") && "true".equals(element.attribute("triggeredByEvent")))
        .flatMap(subprocess -> children(subprocess, "startEvent").stream())
        .filter(start -> !"false".equals(start.attribute("isInterrupting")))
        .anyMatch(start -> catches(start, cancelMessages));
    boolean caught = onATask || inAnEventSubprocess;
    if (!caught) {
      missing.add("捕获消息 " + RepairProcess.MESSAGE_CANCELLED + " 的中断事件（用户任务上的边界事件或事件子流程），报修人才能取消");
    }
    missing.addAll(mergeMissing(definitions, elements, userTasks));
    missing.addAll(serviceLevelMissing(elements));
    missing.addAll(partsMissing(definitions, elements));
    missing.addAll(smsChannelsMisnamed(elements));
    return missing;
  }

  /**
   * A model that lets workers ask for parts (it catches {@code PartsRequested}, or routes a refusal
   * for parts) needs the step where keepers issue them, offered to their group: otherwise the parts
   * would be asked for and never issued, or issued by nobody who can see the step.
   */
  private static List<String> partsMissing(Element definitions, List<Element> elements) {
    Set<String> partsMessages = children(definitions, "message").stream()
        .filter(message -> RepairProcess.MESSAGE_PARTS_REQUESTED.equals(message.attribute("name")))
        .map(message -> message.attribute("id"))
        .collect(Collectors.toSet());
    boolean asksForParts = elements.stream()
        .filter(element -> element.getTagName().equals("boundaryEvent") || element.getTagName().equals("startEvent"))
        .anyMatch(event -> catches(event, partsMessages))
        || elements.stream()
            .filter(element -> element.getTagName().equals("conditionExpression"))
            .map(Element::getText)
            .anyMatch(text -> text != null && text.contains(RepairProcess.VAR_REFUSE_CATEGORY) && text.contains("'PARTS'"));
    Optional<Element> issue = elements.stream()
        .filter(element -> element.getTagName().equals("userTask"))
        .filter(task -> RepairProcess.TASK_ISSUE_PARTS.equals(task.attribute("id")))
        .findFirst();
    if (issue.isEmpty()) {
      return asksForParts
          ? List.of("用户任务 " + RepairProcess.TASK_ISSUE_PARTS + "（备料发放，候选组 " + KEEPERS + "）：流程让维修工申领配件")
          : List.of();
    }
    String groups = issue.get().attributeNS(CAMUNDA, "candidateGroups");
    boolean offeredToKeepers = groups != null
        && Stream.of(groups.split(",")).map(String::strip).anyMatch(KEEPERS::equals);
    return offeredToKeepers ? List.of()
        : List.of("用户任务 " + RepairProcess.TASK_ISSUE_PARTS + " 的候选组 " + KEEPERS);
  }

  /**
   * Merging a duplicate is a step of the model, so that the API, the engine REST API and Cockpit
   * agree: an interrupting event catching {@value RepairProcess#MESSAGE_MERGED}, and an end event
   * declaring the status {@value RepairProcess#STATUS_MERGED}, the only status at which the service
   * links the duplicate to the request it was merged into.
   */
  private static List<String> mergeMissing(Element definitions, List<Element> elements, Set<String> userTasks) {
    Set<String> mergeMessages = children(definitions, "message").stream()
        .filter(message -> RepairProcess.MESSAGE_MERGED.equals(message.attribute("name")))
        .map(message -> message.attribute("id"))
        .collect(Collectors.toSet());
    boolean caught = elements.stream()
        .filter(element -> element.getTagName().equals("subProcess") && "true".equals(element.attribute("triggeredByEvent")))
        .flatMap(subprocess -> children(subprocess, "startEvent").stream())
        .filter(start -> !"false".equals(start.attribute("isInterrupting")))
        .anyMatch(start -> catches(start, mergeMessages))
        || elements.stream()
            .filter(element -> element.getTagName().equals("boundaryEvent"))
            .filter(event -> userTasks.contains(event.attribute("attachedToRef"))
                && !"false".equals(event.attribute("cancelActivity")))
            .anyMatch(event -> catches(event, mergeMessages));
    boolean ends = elements.stream()
        .filter(element -> element.getTagName().equals("endEvent"))
        .anyMatch(end -> property(end, RepairProcess.PROPERTY_STATUS).filter(RepairProcess.STATUS_MERGED::equals).isPresent());
    List<String> missing = new ArrayList<>();
    if (!caught) {
      missing.add("捕获消息 " + RepairProcess.MESSAGE_MERGED + " 的中断事件（事件子流程），管理员才能合并重复报修");
    }
    if (!ends) {
      missing.add("声明 status " + RepairProcess.STATUS_MERGED + " 的结束事件（已合并）");
    }
    return missing;
  }

  /**
   * A "send SMS" step's channel is {@code auto} or {@code sms}: anything else would fail the step
   * when a request reaches it, and with it the action of the person who got it there.
   */
  private static List<String> smsChannelsMisnamed(List<Element> elements) {
    return elements.stream()
        .filter(element -> element.getTagName().equals("serviceTask"))
        .filter(task -> RepairProcess.DELEGATE_SEND_SMS.equals(task.attributeNS(CAMUNDA, "delegateExpression")))
        .flatMap(task -> children(task, "extensionElements").stream()
            .flatMap(extensions -> children(extensions, "inputOutput").stream())
            .flatMap(io -> children(io, "inputParameter").stream())
            .filter(input -> RepairProcess.INPUT_SMS_CHANNEL.equals(input.attribute("name")))
            .map(input -> input.getText() == null ? "" : input.getText().strip())
            .filter(channel -> !RepairProcess.SMS_CHANNELS.contains(channel))
            .map(channel -> task.attribute("id") + " 的通知渠道 " + RepairProcess.INPUT_SMS_CHANNEL
                + " 应为 auto 或 sms：" + channel))
        .toList();
  }

  /**
   * Every answer of the service level the model reads (timers, due dates, a recipient) must be
   * mapped out of a business rule task calling the decision: otherwise the first request to reach
   * that expression would fail, and with the timers on review, every submission.
   */
  private static List<String> serviceLevelMissing(List<Element> elements) {
    Set<String> read = new TreeSet<>();
    elements.forEach(element -> readsServiceLevel(element, read));
    List<Element> deciders = elements.stream()
        .filter(element -> element.getTagName().equals("businessRuleTask"))
        .filter(task -> RepairProcess.DECISION_SERVICE_LEVEL.equals(task.attributeNS(CAMUNDA, "decisionRef")))
        .toList();
    Set<String> mapped = deciders.stream()
        .flatMap(task -> children(task, "extensionElements").stream())
        .flatMap(extensions -> children(extensions, "inputOutput").stream())
        .flatMap(io -> children(io, "outputParameter").stream())
        .map(parameter -> parameter.attribute("name"))
        .collect(Collectors.toSet());
    read.removeAll(mapped);
    if (read.isEmpty()) {
      return List.of();
    }
    return List.of((deciders.isEmpty() ? "调用决策 " + RepairProcess.DECISION_SERVICE_LEVEL + " 的业务规则任务（「服务时限」模板）"
        : "业务规则任务 " + deciders.get(0).attribute("id") + " 的输出映射")
        + "：流程用到了 " + String.join("、", read));
  }

  private static void readsServiceLevel(Element element, Set<String> found) {
    List<String> texts = new ArrayList<>();
    texts.add(element.getText());
    element.attributes().forEach(name -> texts.add(element.attribute(name)));
    for (String text : texts) {
      if (text == null || element.getTagName().equals("outputParameter")) {
        continue;
      }
      Matcher matcher = READS_SERVICE_LEVEL.matcher(text);
      while (matcher.find()) {
        found.add(matcher.group(1));
      }
    }
  }

  private static Optional<String> property(Element element, String name) {
    return children(element, "extensionElements").stream()
        .flatMap(extensions -> children(extensions, "properties").stream())
        .flatMap(properties -> children(properties, "property").stream())
        .filter(property -> name.equals(property.attribute("name")))
        .map(property -> property.attribute("value"))
        .filter(value -> value != null && !value.isBlank())
        .map(String::strip)
        .findFirst();
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
