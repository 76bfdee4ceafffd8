package cn.campus.repair.request;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.materials.Materials;
import cn.campus.repair.process.InvalidTaskInput;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * An action's body, however it arrives: as the JSON of our API, or as the variables a task is
 * completed with from Tasklist or the engine REST API; and the one set of rules it must pass (the
 * body record's constraints and the action's own checks). Errors name what the caller sent: the
 * body's fields, or the task's variables.
 */
@Component
class ActionInputs implements RequestAction.Services {

  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

  private final ObjectMapper json;
  private final Validator validator;
  private final Users users;
  private final Materials materials;

  ActionInputs(ObjectMapper json, Validator validator, Users users, Materials materials) {
    this.materials = materials;
    // A value of the wrong kind is refused, not guessed at: "5" is no score, 4.9 is not 4, "true"
    // does not answer "confirmed" (the gateway would read it one way and the history another).
    this.json = json.copy()
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    this.validator = validator;
    this.users = users;
  }

  /** The body of an API call; a missing body is an empty one where the action allows that. */
  Object fromJson(RequestAction<?> action, JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      if (action.bodyRequired()) {
        throw ApiException.invalid("body", "请求内容不能为空");
      }
      body = json.createObjectNode();
    }
    if (!body.isObject()) {
      throw ApiException.invalid("body", "请求内容应为 JSON 对象");
    }
    try {
      return json.treeToValue(body, action.bodyType());
    } catch (JsonMappingException wrongType) {
      throw ApiException.invalid(fieldOf(wrongType, "body"), "取值无效");
    } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
      throw ApiException.invalid("body", "请求内容无法解析");
    }
  }

  /** The body a task's completion amounts to, read from its variables. */
  Object fromVariables(RequestAction<?> action, Function<String, Object> variable) {
    Map<String, Object> fields = new LinkedHashMap<>();
    action.variableOfField().forEach((field, name) -> fields.put(field,
        action.isJsonField(field) ? parsed(variable.apply(name), name) : whole(variable.apply(name))));
    try {
      return json.convertValue(fields, action.bodyType());
    } catch (IllegalArgumentException wrongType) {
      String field = wrongType.getCause() instanceof JsonMappingException mapping ? fieldOf(mapping, null) : null;
      String name = field == null ? action.variableOfField().values().stream().findFirst().orElse("variables")
          : action.variableOfField().getOrDefault(field, field);
      throw new InvalidTaskInput(List.of(new ApiException.FieldError(name, "取值无效")));
    }
  }

  /** A list held as JSON text; a text that is no JSON is refused as the variable's value. */
  private Object parsed(Object value, String variable) {
    if (!(value instanceof String text)) {
      return value;
    }
    try {
      return json.readValue(text, Object.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      throw new InvalidTaskInput(List.of(new ApiException.FieldError(variable, "应为 JSON 列表")));
    }
  }

  /** A form's number field may arrive as 5.0: a whole number all the same. */
  private static Object whole(Object value) {
    if ((value instanceof Double || value instanceof Float) && ((Number) value).doubleValue() % 1 == 0
        && Math.abs(((Number) value).doubleValue()) < Long.MAX_VALUE) {
      return ((Number) value).longValue();
    }
    return value;
  }

  /** What is wrong with the body, by the body's field names; empty when it may go ahead. */
  List<ApiException.FieldError> problems(RequestAction<?> action, Object body) {
    List<ApiException.FieldError> problems = new ArrayList<>();
    validator.validate(body).stream()
        .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
        .forEach(v -> problems.add(new ApiException.FieldError(v.getPropertyPath().toString(), v.getMessage())));
    if (problems.isEmpty()) {
      problems.addAll(action.problems(body, this));
    }
    return problems;
  }

  /** The same problems, named by the task variables the fields become. */
  static List<ApiException.FieldError> asVariables(RequestAction<?> action, List<ApiException.FieldError> problems) {
    return problems.stream()
        .map(problem -> new ApiException.FieldError(
            action.variableOfField().getOrDefault(problem.field(), problem.field()), problem.message()))
        .toList();
  }

  /** The process variables the body becomes. */
  Map<String, Object> variables(RequestAction<?> action, Object body) {
    Map<String, Object> fields = json.convertValue(body, FIELDS);
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (action.isJsonField(field.getKey()) && field.getValue() != null) {
        try {
          field.setValue(json.writeValueAsString(field.getValue()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException cannotHappenForMapsAndLists) {
          throw new IllegalStateException(cannotHappenForMapsAndLists);
        }
      }
    }
    return action.variables(fields);
  }

  static ApiException invalid(List<ApiException.FieldError> problems) {
    String detail = problems.stream().map(ApiException.FieldError::message).distinct().collect(Collectors.joining("；"));
    return new ApiException(HttpStatus.BAD_REQUEST, detail, problems, null);
  }

  @Override
  public boolean isActiveWorker(String userId) {
    return userId != null && users.findById(userId).filter(user -> user.role() == Role.WORKER && user.active()).isPresent();
  }

  @Override
  public String nameOf(String userId) {
    return users.findById(userId).map(User::name).orElse(userId);
  }

  @Override
  public List<ApiException.FieldError> partProblems(String field, List<Materials.Wanted> wanted) {
    return materials.problems(field, wanted);
  }

  @Override
  public List<ApiException.FieldError> warehouseProblems(String warehouseId) {
    return materials.issueProblems(warehouseId);
  }

  private static String fieldOf(JsonMappingException failure, String fallback) {
    return failure.getPath().stream()
        .map(JsonMappingException.Reference::getFieldName)
        .filter(name -> name != null)
        .findFirst()
        .orElse(fallback);
  }
}
