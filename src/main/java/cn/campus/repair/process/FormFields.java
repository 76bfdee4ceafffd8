package cn.campus.repair.process;

import cn.campus.repair.common.ApiException.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * What a Camunda Form (form-js JSON) lets a task be completed with: exactly its keyed fields, each
 * with the value its type takes and its {@code validate} constraints (required, min, max, minLength,
 * maxLength, pattern), the options of a select, radio, checklist or tag list, and a number's
 * decimal digits. The rules a manager writes into a form in Modeler are then the server's rules as
 * well as the browser's, for steps the code knows nothing about.
 *
 * <p>A field hidden by its condition need not be filled in. Conditions are FEEL; the two forms
 * the shipped forms use, {@code =name} and {@code =not(name)}, are understood, and a field with any
 * other condition is not required here (its other constraints still hold).
 */
final class FormFields {

  private static final Pattern HIDE_IF = Pattern.compile("=\\s*([A-Za-z_]\\w*)\\s*");
  private static final Pattern HIDE_UNLESS = Pattern.compile("=\\s*not\\s*\\(\\s*([A-Za-z_]\\w*)\\s*\\)\\s*");

  private final Map<String, Field> fields;

  private FormFields(Map<String, Field> fields) {
    this.fields = fields;
  }

  static FormFields of(JsonNode schema) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(schema.path("components"), fields);
    return new FormFields(fields);
  }

  static FormFields none() {
    return new FormFields(Map.of());
  }

  Set<String> keys() {
    return fields.keySet();
  }

  /** The variable names whose values list a field's options ({@code valuesKey}). */
  Set<String> optionSources() {
    return fields.values().stream().map(Field::valuesKey).filter(key -> key != null).collect(Collectors.toSet());
  }

  /**
   * What is wrong with completing the task with {@code submitted}; {@code current} reads the task's
   * variables (the options a {@code valuesKey} names, what a condition reads when not submitted).
   */
  List<FieldError> check(Map<String, Object> submitted, Function<String, Object> current) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : submitted.keySet()) {
      if (!fields.containsKey(name)) {
        errors.add(new FieldError(name, "不是该任务表单中的字段，不能提交"));
      }
    }
    for (Field field : fields.values()) {
      Object value = submitted.get(field.key());
      if (isEmpty(value)) {
        if (field.required() && !field.mayBeHidden(submitted, current)) {
          errors.add(new FieldError(field.key(), "请填写" + field.label()));
        }
        continue;
      }
      field.problem(value, current).ifPresent(message -> errors.add(new FieldError(field.key(), message)));
    }
    return errors;
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String path = component.path("path").asText("");
      if (!key.isBlank() && !component.path("disabled").asBoolean(false)) {
        fields.put(key, Field.of(key, component));
      } else if (!path.isBlank()) {
        // A group or dynamic list with a path submits one object under it; its inner rules are the form's.
        fields.put(path, Field.container(path, component));
      } else if (component.has("components")) {
        collect(component.path("components"), fields);
      }
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof String text && text.isEmpty()
        || value instanceof Collection<?> list && list.isEmpty();
  }

  private record Field(
      String key,
      String type,
      String label,
      JsonNode validate,
      List<String> staticOptions,
      String valuesKey,
      boolean optionsUnknown,
      String hideWhen,
      Integer decimalDigits) {

    static Field of(String key, JsonNode component) {
      String type = component.path("type").asText("");
      List<String> options = new ArrayList<>();
      component.path("values").forEach(option -> options.add(option.path("value").asText()));
      String valuesKey = component.path("valuesKey").asText("");
      JsonNode hide = component.path("conditional").path("hide");
      JsonNode digits = component.path("decimalDigits");
      return new Field(
          key,
          type,
          component.path("label").asText(key),
          component.path("validate"),
          options.isEmpty() ? null : List.copyOf(options),
          valuesKey.isBlank() ? null : valuesKey,
          component.has("valuesExpression"),
          hide.isTextual() && !hide.asText().isBlank() ? hide.asText() : null,
          digits.isNumber() ? digits.asInt() : null);
    }

    static Field container(String path, JsonNode component) {
      return new Field(path, "container", component.path("label").asText(path),
          com.fasterxml.jackson.databind.node.MissingNode.getInstance(), null, null, true, null, null);
    }

    boolean required() {
      return validate.path("required").asBoolean(false);
    }

    boolean mayBeHidden(Map<String, Object> submitted, Function<String, Object> current) {
      if (hideWhen == null) {
        return false;
      }
      Matcher shown = HIDE_IF.matcher(hideWhen);
      Matcher hidden = HIDE_UNLESS.matcher(hideWhen);
      if (!shown.matches() && !hidden.matches()) {
        return true;
      }
      String name = shown.matches() ? shown.group(1) : hidden.group(1);
      Object value = submitted.containsKey(name) ? submitted.get(name) : current.apply(name);
      boolean truthy = value != null && !Boolean.FALSE.equals(value);
      return shown.matches() == truthy;
    }

    Optional<String> problem(Object value, Function<String, Object> current) {
      return switch (type) {
        case "checkbox" -> value instanceof Boolean ? Optional.empty() : Optional.of("应为是或否");
        case "number" -> number(value);
        case "checklist", "taglist" -> value instanceof List<?> chosen
            ? chosen.stream().map(item -> option(item, current)).flatMap(Optional::stream).findFirst()
            : Optional.of("应为选项的列表");
        case "select", "radio" -> value instanceof Map || value instanceof List
            ? Optional.of("取值无效")
            : option(value, current);
        case "container" -> Optional.empty();
        default -> value instanceof String text ? text(text) : Optional.of("应为文字");
      };
    }

    private Optional<String> number(Object value) {
      BigDecimal number;
      try {
        number = value instanceof Number n ? new BigDecimal(n.toString())
            : value instanceof String text ? new BigDecimal(text.trim()) : null;
      } catch (NumberFormatException notANumber) {
        number = null;
      }
      if (number == null) {
        return Optional.of("应为数字");
      }
      if (validate.has("min") && number.compareTo(validate.path("min").decimalValue()) < 0
          || validate.has("max") && number.compareTo(validate.path("max").decimalValue()) > 0) {
        return Optional.of(range());
      }
      if (decimalDigits != null && number.stripTrailingZeros().scale() > decimalDigits) {
        return Optional.of(decimalDigits == 0 ? "应为整数" : "最多" + decimalDigits + "位小数");
      }
      return Optional.empty();
    }

    private String range() {
      boolean min = validate.has("min");
      boolean max = validate.has("max");
      String from = min ? validate.path("min").decimalValue().toPlainString() : null;
      String to = max ? validate.path("max").decimalValue().toPlainString() : null;
      return min && max ? "应在" + from + "到" + to + "之间" : min ? "不能小于" + from : "不能大于" + to;
    }

    private Optional<String> text(String text) {
      int length = text.codePointCount(0, text.length());
      if (validate.has("maxLength") && length > validate.path("maxLength").asInt()) {
        return Optional.of("最多" + validate.path("maxLength").asInt() + "个字");
      }
      if (validate.has("minLength") && length < validate.path("minLength").asInt()) {
        return Optional.of("至少" + validate.path("minLength").asInt() + "个字");
      }
      String pattern = validate.path("pattern").asText("");
      if (!pattern.isEmpty()) {
        try {
          if (!Pattern.compile(pattern).matcher(text).find()) {
            return Optional.of("格式不正确");
          }
        } catch (PatternSyntaxException notJavaSyntax) {
          // A JavaScript pattern Java cannot read: the browser checked it; nothing more to say here.
        }
      }
      return Optional.empty();
    }

    private Optional<String> option(Object value, Function<String, Object> current) {
      if (optionsUnknown) {
        return Optional.empty();
      }
      List<String> options = staticOptions != null ? staticOptions : optionsFrom(current.apply(valuesKey));
      if (options == null) {
        return Optional.empty();
      }
      String chosen = String.valueOf(value);
      return options.contains(chosen)
          ? Optional.empty()
          : Optional.of("只能从给出的选项中选择" + (options.size() <= 5 ? "（" + String.join("、", options) + "）" : ""));
    }

    /** A valuesKey variable: a list of {label, value} or of plain strings, as form-js reads it. */
    private static List<String> optionsFrom(Object source) {
      if (!(source instanceof List<?> list)) {
        return valuesKeyIsMissing(source);
      }
      List<String> options = new ArrayList<>();
      for (Object item : list) {
        options.add(item instanceof Map<?, ?> option ? String.valueOf(option.get("value")) : String.valueOf(item));
      }
      return options;
    }

    /** No option list at all is no choice at all; anything but a list is the form's author's business. */
    private static List<String> valuesKeyIsMissing(Object source) {
      return source == null ? List.of() : null;
    }
  }
}
