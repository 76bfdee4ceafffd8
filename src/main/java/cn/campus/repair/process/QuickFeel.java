package cn.campus.repair.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The decision tables' FEEL, with its commonest forms answered here: a quoted text, a variable's
 * name, a list of quoted texts, a list of comparisons with a whole number. Everything else goes to
 * Camunda's own FEEL engine ({@code delegate}), which parses the expression anew and builds its
 * hundreds of built-in functions anew for every single evaluation: evaluating the service-level
 * table that way was a fifth of the service's CPU per request (docs/performance.md). The answers
 * are the delegate's (QuickFeelTest compares them on every form, value type and edge case); where
 * a value's type is not one these forms know, the delegate answers.
 */
final class QuickFeel implements FeelEngine {

  private static final Pattern TEXT = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)?\\s*(-?\\d{1,18})");
  /** Names FEEL reads as literals or operators, not as variables. */
  private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "for", "if",
      "some", "every", "in", "instance", "of", "between", "function", "then", "else", "satisfies", "return");

  private final FeelEngine delegate;

  QuickFeel(FeelEngine delegate) {
    this.delegate = delegate;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    String text = expression.strip();
    Matcher quoted = TEXT.matcher(text);
    if (quoted.matches()) {
      return (T) quoted.group(1);
    }
    if (NAME.matcher(text).matches() && !FEEL_WORDS.contains(text)) {
      Object value = valueOf(text, variables);
      if (value instanceof String) {
        return (T) value;
      }
      if (isWhole(value)) {
        // FEEL's numbers come back whole as Long, whichever integer type went in.
        return (T) Long.valueOf(((Number) value).longValue());
      }
    }
    return delegate.evaluateSimpleExpression(expression, variables);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
    Object input = valueOf(inputVariable, variables);
    Optional<Boolean> answer = input instanceof String text ? textTests(expression, text)
        : isWhole(input) ? numberTests(expression, ((Number) input).longValue()) : Optional.empty();
    return answer.orElseGet(() -> delegate.evaluateSimpleUnaryTests(expression, inputVariable, variables));
  }

  /** {@code "A", "B"}: whether the input is one of them; empty when the tests are not all quoted texts. */
  private static Optional<Boolean> textTests(String expression, String input) {
    return anyHolds(expression, test -> {
      Matcher quoted = TEXT.matcher(test);
      return quoted.matches() ? Optional.of(quoted.group(1).equals(input)) : Optional.empty();
    });
  }

  /** {@code < 8, >= 22}: whether one of them holds; empty when they are not all such comparisons. */
  private static Optional<Boolean> numberTests(String expression, long input) {
    return anyHolds(expression, test -> {
      Matcher comparison = COMPARISON.matcher(test);
      if (!comparison.matches()) {
        return Optional.empty();
      }
      long bound = Long.parseLong(comparison.group(2));
      String operator = comparison.group(1) == null ? "=" : comparison.group(1);
      return Optional.of(switch (operator) {
        case "<" -> input < bound;
        case "<=" -> input <= bound;
        case ">" -> input > bound;
        case ">=" -> input >= bound;
        default -> input == bound;
      });
    });
  }

  /** Whether any of the comma-separated tests holds; empty when one of them is not a form {@code test} knows. */
  private static Optional<Boolean> anyHolds(String expression, Function<String, Optional<Boolean>> test) {
    List<String> tests = items(expression);
    boolean holds = false;
    for (String each : tests) {
      Optional<Boolean> answer = test.apply(each);
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      holds |= answer.get();
    }
    return tests.isEmpty() ? Optional.empty() : Optional.of(holds);
  }

  /** The comma-separated tests; a comma inside quotes ends none, so such a list is left to the delegate. */
  private static List<String> items(String expression) {
    List<String> items = new ArrayList<>();
    for (String item : expression.split(",", -1)) {
      String test = item.strip();
      if (test.isEmpty()) {
        return List.of();
      }
      items.add(test);
    }
    return items;
  }

  private static Object valueOf(String name, VariableContext variables) {
    if (!variables.containsVariable(name)) {
      return null;
    }
    TypedValue typed = variables.resolve(name);
    return typed == null ? null : typed.getValue();
  }

  private static boolean isWhole(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short;
  }
}
