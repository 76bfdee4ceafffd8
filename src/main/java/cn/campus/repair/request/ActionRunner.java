package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.ProcessGateway;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one of the {@link RequestActions} for a person through our API: locks the request's row (two
 * people acting on one request are served one after the other), checks who is asking and that the
 * request waits for this action, checks the body, then moves the process, which records what
 * happened ({@link ProcessFollower}) in the same transaction. A step that is not open in the engine
 * is a 409 whatever the read model said.
 */
@Service
class ActionRunner {

  private final RequestRows rows;
  private final ActionInputs inputs;
  private final ProcessGateway process;
  private final ProcessFollower follower;
  private final RequestQueries queries;

  ActionRunner(RequestRows rows, ActionInputs inputs, ProcessGateway process, ProcessFollower follower,
      RequestQueries queries) {
    this.rows = rows;
    this.inputs = inputs;
    this.process = process;
    this.follower = follower;
    this.queries = queries;
  }

  /**
   * Checks in the order a person can act on the answer: their role, the request, their part in it,
   * whether it waits for this action now, then the body (a malformed JSON document is refused
   * before all of them, by the web layer).
   */
  @Transactional
  RequestViews.Request act(CurrentUser me, String id, RequestAction<?> action, JsonNode json) {
    if (!me.is(action.party().role())) {
      throw ApiException.forbidden("当前账号无权进行此操作");
    }
    RequestRow request = rows.lock(id).orElseThrow(RequestQueries::unknown);
    if (!action.party().includes(me, request)) {
      throw ApiException.forbidden(action.party() == RequestAction.Party.WORKER ? "这不是派给你的任务" : "这不是你的报修单");
    }
    if (!action.isOpen(request)) {
      throw ApiException.conflict(request.openTaskName() == null
          ? "报修单当前状态（" + request.status() + "）不允许此操作"
          : "报修单正在「" + request.openTaskName() + "」环节，不能进行此操作");
    }
    Object body = inputs.fromJson(action, json);
    List<ApiException.FieldError> problems = inputs.problems(action, body);
    if (!problems.isEmpty()) {
      throw ActionInputs.invalid(problems);
    }
    Map<String, Object> variables = inputs.variables(action, body);
    if (action.taskKey() != null) {
      String knownTask = action.taskKey().equals(request.openTaskKey()) ? request.openTaskId() : null;
      process.complete(request.processInstanceId(), knownTask, action.taskKey(), variables, me.id());
    } else {
      Map<String, Object> sent = new java.util.LinkedHashMap<>(variables);
      action.record(body, follower.recorder(id, me, sent::put));
      process.correlate(id, action.message(), sent, me.id());
    }
    return queries.afterAction(me, id);
  }
}
