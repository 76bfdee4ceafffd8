package cn.campus.repair.process;

import cn.campus.repair.common.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a completion of one of the repair process's user tasks must follow, however it arrives:
 * our API, Tasklist's forms or the engine REST API. One place for all three, so a person can do
 * through a webapp no more than the API would let them.
 */
public interface TaskInputRules {

  /**
   * What is wrong with completing task {@code taskKey} with {@code variables}: a variable the task
   * may not set, a missing or invalid value, each with the field and a zh-CN message. An empty list
   * when the completion may go ahead; an empty Optional when there are no rules for the task (a
   * step a manager added), whose deployed form's fields are then all it may set.
   */
  Optional<List<ApiException.FieldError>> check(String taskKey, Map<String, Object> variables);
}
