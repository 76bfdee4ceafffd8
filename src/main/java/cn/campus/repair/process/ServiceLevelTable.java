package cn.campus.repair.process;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * What is wrong with a {@value RepairProcess#DECISION_SERVICE_LEVEL} table as the process would use
 * it, each problem a sentence naming the column or the row (its number, counting from 1, and its
 * id): the inputs the process feeds it and the outputs its timers read; rows read top to bottom
 * with the first that matches winning and the last answering everything, so that no request is
 * left without deadlines; every deadline a positive ISO-8601 duration the timers can read, every
 * recipient given; every condition a FEEL test the engine can parse.
 */
final class ServiceLevelTable {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private static final Pattern QUOTED = Pattern.compile("\"(.*)\"", Pattern.DOTALL);
  /** A bare word in a text column's condition: a value whose quotes were forgotten, matching nothing. */
  private static final Pattern BARE_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final List<String> FEEL_WORDS = List.of("true", "false", "null", "not");

  private ServiceLevelTable() {}

  /** The problems of the model's service-level decision; none when it has no such decision. */
  static List<String> problems(DmnModelInstance model) {
    if (!(model.getModelElementById(RepairProcess.DECISION_SERVICE_LEVEL) instanceof Decision decision)) {
      return List.of();
    }
    if (!(decision.getExpression() instanceof DecisionTable table)) {
      return List.of("决策 " + RepairProcess.DECISION_SERVICE_LEVEL + " 应为决策表");
    }
    List<String> problems = new ArrayList<>();
    if (table.getHitPolicy() != HitPolicy.FIRST) {
      problems.add("命中策略应为 FIRST（从上往下第一条符合的规则生效），现为 " + table.getHitPolicy());
    }
    List<Input> inputs = List.copyOf(table.getInputs());
    List<String> inputNames = inputs.stream().map(ServiceLevelTable::inputName).toList();
    RepairProcess.SERVICE_LEVEL_INPUTS.stream().filter(name -> !inputNames.contains(name))
        .forEach(name -> problems.add("缺少输入列 " + name));
    List<String> outputNames = table.getOutputs().stream().map(Output::getName).toList();
    RepairProcess.SERVICE_LEVEL_OUTPUTS.stream().filter(name -> !outputNames.contains(name))
        .forEach(name -> problems.add("缺少输出列 " + name));

    List<Rule> rules = List.copyOf(table.getRules());
    if (rules.isEmpty() || !answersEverything(rules.get(rules.size() - 1))) {
      problems.add("最后一行应为兜底规则（每个条件都是 -），否则没有规则符合的报修就没有时限");
    }
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      String row = "第" + (i + 1) + "行（" + rule.getId() + "）";
      List<UnaryTests> conditions = List.copyOf(rule.getInputEntries());
      for (int column = 0; column < conditions.size() && column < inputs.size(); column++) {
        String name = inputNames.get(column);
        conditionProblem(inputs.get(column), text(conditions.get(column)))
            .ifPresent(problem -> problems.add(row + " " + name + " 的条件" + problem));
      }
      List<LiteralExpression> answers = List.copyOf(rule.getOutputEntries());
      for (int column = 0; column < answers.size() && column < outputNames.size(); column++) {
        String name = outputNames.get(column);
        String answer = text(answers.get(column));
        if (RepairProcess.SERVICE_LEVEL_DEADLINES.contains(name)) {
          durationProblem(answer).ifPresent(problem -> problems.add(row + " " + name + problem));
        } else if (RepairProcess.VAR_ESCALATE_TO.equals(name) && unquoted(answer).filter(s -> !s.isBlank()).isEmpty()) {
          problems.add(row + " " + name + " 应为带引号的收件人，如 \"admins\" 或 \"supervisors\"：" + shown(answer));
        }
      }
    }
    return problems;
  }

  /** The variable a column reads: its input expression, as the process names its variables. */
  private static String inputName(Input input) {
    return input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
        : input.getInputExpression().getText().getTextContent().strip();
  }

  private static boolean answersEverything(Rule rule) {
    return rule.getInputEntries().stream().map(ServiceLevelTable::text).allMatch(ServiceLevelTable::isAny);
  }

  private static boolean isAny(String condition) {
    return condition.isEmpty() || condition.equals("-");
  }

  private static Optional<String> conditionProblem(Input input, String condition) {
    if (isAny(condition)) {
      return Optional.empty();
    }
    if (FEEL.parseUnaryTests(condition).isFailure()) {
      return Optional.of("无法解析：" + condition);
    }
    String type = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
    boolean textColumn = type == null || type.equals("string");
    boolean bareWord = Arrays.stream(condition.split(","))
        .map(String::strip)
        .anyMatch(part -> BARE_WORD.matcher(part).matches() && !FEEL_WORDS.contains(part));
    if (textColumn && bareWord) {
      return Optional.of("中的文字应加英文双引号，如 \"URGENT\"：" + condition);
    }
    return Optional.empty();
  }

  private static Optional<String> durationProblem(String answer) {
    String expected = " 应为带引号的 ISO-8601 时长，如 \"PT30M\"、\"PT4H\"、\"P3D\"：" + shown(answer);
    Optional<String> duration = unquoted(answer);
    if (duration.isEmpty()) {
      return Optional.of(expected);
    }
    try {
      Duration parsed = Duration.parse(duration.get().strip());
      return parsed.isNegative() || parsed.isZero() ? Optional.of(" 应长于零：" + answer) : Optional.empty();
    } catch (DateTimeParseException notADuration) {
      return Optional.of(expected);
    }
  }

  private static Optional<String> unquoted(String answer) {
    Matcher quoted = QUOTED.matcher(answer);
    return quoted.matches() ? Optional.of(quoted.group(1)) : Optional.empty();
  }

  private static String shown(String answer) {
    return answer.isEmpty() ? "（空）" : answer;
  }

  private static String text(UnaryTests entry) {
    return entry.getText() == null || entry.getText().getTextContent() == null ? ""
        : entry.getText().getTextContent().strip();
  }

  private static String text(LiteralExpression entry) {
    return entry.getText() == null || entry.getText().getTextContent() == null ? ""
        : entry.getText().getTextContent().strip();
  }
}
