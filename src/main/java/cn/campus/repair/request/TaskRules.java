package cn.campus.repair.request;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.InvalidTaskInput;
import cn.campus.repair.process.TaskInputRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@link TaskInputRules} from the table of {@link RequestActions}: a task may be completed with the
 * variables of the actions that complete it, valid by the same rules as those actions' API bodies.
 */
@Component
class TaskRules implements TaskInputRules {

  private final ActionInputs inputs;

  TaskRules(ActionInputs inputs) {
    this.inputs = inputs;
  }

  @Override
  public Optional<List<ApiException.FieldError>> check(String taskKey, Map<String, Object> variables) {
    List<RequestAction<?>> actions = RequestActions.completing(taskKey);
    if (actions.isEmpty()) {
      return Optional.empty();
    }
    List<ApiException.FieldError> problems = new ArrayList<>();
    Set<String> allowed = new LinkedHashSet<>();
    actions.forEach(action -> {
      allowed.addAll(action.fixedVariables().keySet());
      allowed.addAll(action.variableOfField().values());
    });
    variables.keySet().stream().filter(name -> !allowed.contains(name))
        .forEach(name -> problems.add(new ApiException.FieldError(name, "这一步不能填写该项")));
    Optional<RequestAction<?>> action = actions.stream().filter(candidate -> candidate.matches(variables::get)).findFirst();
    if (action.isEmpty()) {
      actions.get(0).fixedVariables().keySet()
          .forEach(name -> problems.add(new ApiException.FieldError(name, "请选择一项")));
      return Optional.of(problems);
    }
    try {
      Object body = inputs.fromVariables(action.get(), variables::get);
      problems.addAll(ActionInputs.asVariables(action.get(), inputs.problems(action.get(), body)));
    } catch (InvalidTaskInput wrongType) {
      problems.addAll(wrongType.errors());
    }
    return Optional.of(problems);
  }
}
