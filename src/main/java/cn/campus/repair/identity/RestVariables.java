package cn.campus.repair.identity;

import cn.campus.repair.common.ApiException.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Variables in the engine REST API's form, {@code {"name": {"value": ..., "type": ...}}}, read the
 * way the engine will read them: the plain values the rules check (text, whole and decimal
 * numbers, booleans, null, and a {@code Json} value's lists and maps), and the names anything in a
 * request body would write.
 */
final class RestVariables {

  /** The properties of the engine REST API's request bodies that hold variables to write. */
  private static final List<String> VARIABLE_MAPS = List.of("variables", "localVariables", "modifications",
      "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<FieldError> errors = new ArrayList<>();

  private RestVariables() {}

  /** The variables of a task completion ({@code body.variables}); a type the forms never send is an error. */
  static RestVariables of(JsonNode variables, ObjectMapper json) {
    RestVariables result = new RestVariables();
    if (variables == null || variables.isNull() || variables.isMissingNode()) {
      return result;
    }
    if (!variables.isObject()) {
      result.errors.add(new FieldError("variables", "格式不正确"));
      return result;
    }
    variables.fields().forEachRemaining(entry -> result.read(entry.getKey(), entry.getValue(), json));
    return result;
  }

  Map<String, Object> values() {
    return values;
  }

  List<FieldError> errors() {
    return errors;
  }

  private void read(String name, JsonNode variable, ObjectMapper json) {
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    try {
      Object plain = switch (type) {
        case "" -> untyped(value, json);
        case "null" -> null;
        case "string" -> value.isNull() || value.isMissingNode() ? null : value.asText();
        case "boolean" -> bool(value);
        case "integer" -> value.isNull() ? null : Math.toIntExact(whole(value));
        case "short" -> value.isNull() ? null : Short.valueOf(Long.toString(whole(value)));
        case "long" -> value.isNull() ? null : whole(value);
        case "double" -> value.isNull() ? null : decimal(value);
        case "json" -> value.isNull() ? null : json.convertValue(json.readTree(value.asText()), Object.class);
        default -> throw new IllegalArgumentException("不支持的变量类型 " + variable.path("type").asText());
      };
      values.put(name, plain);
    } catch (IOException | IllegalArgumentException | ArithmeticException wrong) {
      errors.add(new FieldError(name, wrong instanceof IOException ? "不是有效的 JSON" : messageOf(wrong)));
    }
  }

  private static String messageOf(Exception wrong) {
    // Our own refusals are worded for people; the parsers' (overflow, not a number) are not.
    return wrong.getClass() == IllegalArgumentException.class ? wrong.getMessage() : "取值与类型不符";
  }

  /** What the engine makes of a value without a type: Jackson's own reading of it. */
  private static Object untyped(JsonNode value, ObjectMapper json) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new IllegalArgumentException("列表或对象须注明类型 Json");
    }
    return json.convertValue(value, Object.class);
  }

  private static Boolean bool(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
      return Boolean.valueOf(value.asText());
    }
    throw new IllegalArgumentException("取值与类型不符");
  }

  private static Long whole(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.longValue();
    }
    if (value.isTextual()) {
      return Long.parseLong(value.asText().trim());
    }
    throw new IllegalArgumentException("取值与类型不符");
  }

  private static Double decimal(JsonNode value) {
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isTextual()) {
      return Double.parseDouble(value.asText().trim());
    }
    throw new IllegalArgumentException("取值与类型不符");
  }

  /**
   * Every variable name a request body would write or delete: the maps of variables the engine REST
   * API takes (a message's, a signal's, a start's, a modification's instructions'), and the names
   * a variables update deletes.
   */
  static Set<String> namesWritten(JsonNode body) {
    Set<String> names = new LinkedHashSet<>();
    if (body == null || !body.isObject()) {
      return names;
    }
    collectNames(body, names);
    for (String list : List.of("instructions", "startInstructions")) {
      body.path(list).forEach(instruction -> collectNames(instruction, names));
    }
    body.path("deletions").forEach(name -> names.add(name.asText()));
    return names;
  }

  private static void collectNames(JsonNode node, Set<String> names) {
    for (String map : VARIABLE_MAPS) {
      node.path(map).fieldNames().forEachRemaining(names::add);
    }
  }
}
