package cn.campus.repair.identity;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.common.ApiException.FieldError;
import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.process.TaskCompletions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Camunda's authorizations cannot say, said in front of its REST APIs (the webapps' and the
 * engine REST API): with the default task permission {@code TASK_WORK}, the engine still lets an
 * assignee complete a task with any variables, claim it for someone else or give it back, and
 * throw a BPMN error that ends the request; and it lets anyone who reads a process definition read
 * the statistics of all its instances. So:
 * <ul>
 *   <li>Everyone, admins too, completes a task ({@code complete}, {@code submit-form},
 *       {@code resolve}) only with what {@link TaskCompletions} allows: 400 otherwise, before the
 *       engine is called, so nothing changes and our listeners never see a value they would refuse.
 *   <li>Workers change nothing else but claiming a task for themselves, giving back one that others
 *       could take, and commenting; they read what the engine lets them read, except statistics,
 *       and none of Cockpit's or Admin's own APIs. Requesters (an account that changed role while
 *       logged in) do nothing at all.
 *   <li>Admins do the rest, but write no variable the request starts with, nor {@code workerId},
 *       outside a completion that allows it: the read model would no longer match the engine.
 * </ul>
 *
 * <p>Why a servlet filter and not an engine command interceptor: only the request says which
 * variables were submitted (the engine merges them into the process before any listener runs, and
 * its commands keep them in internal fields); a refusal here is the engine REST API's own error
 * form ({@code {type, message}}), which Tasklist shows; deny-by-default for workers also closes
 * any endpoint a later Camunda adds; and our own API, which checks the same rules itself and calls
 * the engine directly, is not in the way. The filter runs before Camunda's webapp filters (it reads
 * who is logged in from Camunda's session) and, for the engine REST API, after Spring Security has
 * authenticated the admin.
 */
class WebappRequestGuard extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(WebappRequestGuard.class);

  /** Written only when the request starts, or by the one task whose form sets them. */
  private static final Set<String> PROTECTED = Stream.concat(TaskCompletions.SET_AT_START.stream(),
      Stream.of(RepairProcess.VAR_WORKER_ID)).collect(Collectors.toUnmodifiableSet());

  /** Cockpit's batch operations send long lists of ids; a form's variables are far smaller. */
  private static final int MAX_BODY = 10 * 1024 * 1024;

  /**
   * Not "AuthorizationException": the webapps read that one's list of missing grants, which a
   * refusal of ours has not.
   */
  private static final String FORBIDDEN_TYPE = "RestException";

  private final AccountDirectory accounts;
  private final TaskCompletions completions;
  private final ProcessEngine engine;
  private final ObjectMapper json;
  private final String webappPath;
  private final String engineRestPath;

  WebappRequestGuard(AccountDirectory accounts, TaskCompletions completions, ProcessEngine engine, ObjectMapper json,
      String webappPath, String engineRestPath) {
    this.accounts = accounts;
    this.completions = completions;
    this.engine = engine;
    this.json = json;
    this.webappPath = webappPath;
    this.engineRestPath = engineRestPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<CamundaCall> parsed = CamundaCall.of(request, webappPath, engineRestPath);
    if (parsed.isEmpty() || isLogin(parsed.get())) {
      chain.doFilter(request, response);
      return;
    }
    CamundaCall call = parsed.get();
    Optional<User> caller = caller(request, call);
    if (caller.isPresent() && !caller.get().active()) {
      // Deactivated while logged in: the webapp session ends now, not at Camunda's next re-check.
      Optional.ofNullable(request.getSession(false)).ifPresent(HttpSession::invalidate);
      write(response, HttpStatus.UNAUTHORIZED, "AuthenticationException", "账号已停用", List.of());
      return;
    }
    if (caller.isEmpty()) {
      // Not logged in: Camunda's own filters answer 401 (the engine REST API's chain already did).
      chain.doFilter(request, response);
      return;
    }
    Optional<String> forbidden = forbidden(call, caller.get());
    if (forbidden.isPresent()) {
      log.info("Refused {} for {}: {}", call, caller.get().id(), forbidden.get());
      write(response, HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, forbidden.get(), List.of());
      return;
    }
    if (call.api() != CamundaCall.Api.ENGINE || call.reads()) {
      chain.doFilter(request, response);
      return;
    }
    BufferedBody body = BufferedBody.of(request, MAX_BODY);
    if (body == null) {
      write(response, HttpStatus.PAYLOAD_TOO_LARGE, "InvalidRequestException", "请求内容过大", List.of());
      return;
    }
    Optional<Refusal> refusal = refusal(call, caller.get(), body);
    if (refusal.isPresent()) {
      log.info("Refused {} for {}: {}", call, caller.get().id(), refusal.get().message());
      write(response, refusal.get().status(), refusal.get().type(), refusal.get().message(), refusal.get().errors());
      return;
    }
    chain.doFilter(body.request(), response);
  }

  private static boolean isLogin(CamundaCall call) {
    return call.api() == CamundaCall.Api.WEBAPP && call.startsWith("admin", "auth");
  }

  /** Who is logged in: Camunda's webapp session, or the admin Spring Security let into the engine REST API. */
  private Optional<User> caller(HttpServletRequest request, CamundaCall call) {
    String userId;
    if (request.getRequestURI().startsWith(request.getContextPath() + engineRestPath)) {
      IdentityService identity = engine.getIdentityService();
      userId = Optional.ofNullable(identity.getCurrentAuthentication()).map(Authentication::getUserId).orElse(null);
    } else {
      HttpSession session = request.getSession(false);
      var authentication = session == null ? null
          : AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
      userId = authentication == null ? null : authentication.getIdentityId();
    }
    return accounts.findById(userId);
  }

  /** What only admins may do, whatever Camunda's grants say; empty when the caller may. */
  private Optional<String> forbidden(CamundaCall call, User caller) {
    if (caller.role() == Role.ADMIN) {
      return Optional.empty();
    }
    // Keepers work their steps in Tasklist exactly as workers do theirs.
    if (caller.role() != Role.WORKER && caller.role() != Role.WAREHOUSE) {
      return Optional.of("报修人不能使用流程平台");
    }
    if (call.api() == CamundaCall.Api.WEBAPP) {
      boolean staticAsset = call.reads() && call.segments().size() >= 4 && call.segment(1).equals("plugin")
          && call.segment(3).equals("static");
      boolean tasklistOrWelcome = call.reads()
          && (call.startsWith("tasklist") || call.startsWith("welcome") || call.startsWith("engine"));
      return staticAsset || tasklistOrWelcome ? Optional.empty() : Optional.of("只有管理员可以使用驾驶舱和管理后台");
    }
    if (call.reads()) {
      return call.contains("statistics") || call.startsWith("metrics")
          ? Optional.of("只有管理员可以查看流程统计")
          : Optional.empty();
    }
    boolean query = call.is("task") || call.is("task", "count")
        || call.is("filter", "*", "list") || call.is("filter", "*", "count") || call.is("filter", "*", "singleResult")
        || call.is("group") || call.is("group", "count")
        || call.is("variable-instance") || call.is("variable-instance", "count")
        || call.is("history", "task") || call.is("history", "task", "count")
        || call.is("history", "variable-instance") || call.is("history", "variable-instance", "count");
    boolean taskWork = call.is("task", "*", "claim") || call.is("task", "*", "unclaim")
        || call.is("task", "*", "comment", "create") || isCompletion(call);
    return query || taskWork
        ? Optional.empty()
        : Optional.of("只有管理员可以进行此操作：维修工只能认领、完成自己的任务");
  }

  private static boolean isCompletion(CamundaCall call) {
    return call.is("task", "*", "complete") || call.is("task", "*", "submit-form") || call.is("task", "*", "resolve");
  }

  private Optional<Refusal> refusal(CamundaCall call, User caller, BufferedBody body) {
    if (isCompletion(call)) {
      return completionRefusal(call.segment(1), body);
    }
    JsonNode content = body.isJson() ? body.json(json) : MissingNode.getInstance();
    if (content == null) {
      return Optional.of(Refusal.invalid("请求内容不是有效的 JSON", List.of()));
    }
    if (caller.role() != Role.ADMIN) {
      return workerTaskRefusal(call, caller, content);
    }
    Set<String> written = RestVariables.namesWritten(content);
    pathVariable(call).ifPresent(written::add);
    List<String> kept = written.stream().filter(PROTECTED::contains).sorted().toList();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    String message = "变量 " + String.join("、", kept) + " 由报修单决定，只能通过报修单的操作修改";
    return Optional.of(Refusal.invalid(message, kept.stream().map(name -> new FieldError(name, message)).toList()));
  }

  private Optional<Refusal> completionRefusal(String taskId, BufferedBody body) {
    if (!body.isJson()) {
      return Optional.of(Refusal.invalid("请求内容应为 JSON", List.of()));
    }
    JsonNode content = body.json(json);
    if (content == null || !(content.isObject() || content.isMissingNode())) {
      return Optional.of(Refusal.invalid("请求内容不是有效的 JSON", List.of()));
    }
    RestVariables variables = RestVariables.of(content.path("variables"), json);
    List<FieldError> errors = variables.errors().isEmpty()
        ? completions.check(taskId, variables.values())
        : variables.errors();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    String summary = errors.stream().map(error -> error.field() + "：" + error.message()).collect(Collectors.joining("；"));
    return Optional.of(Refusal.invalid("不能这样完成任务。" + summary, errors));
  }

  /** A worker claims only for themselves, and gives back only a task that others could then take. */
  private Optional<Refusal> workerTaskRefusal(CamundaCall call, User caller, JsonNode content) {
    if (call.is("task", "*", "claim") && !caller.id().equals(content.path("userId").asText(null))) {
      return Optional.of(Refusal.forbidden("只能为自己认领任务"));
    }
    if (call.is("task", "*", "unclaim") && !hasCandidates(call.segment(1))) {
      return Optional.of(Refusal.forbidden("这项任务由流程指派给你，不能退回；需要换人请联系管理员"));
    }
    return Optional.empty();
  }

  private boolean hasCandidates(String taskId) {
    TaskService tasks = engine.getTaskService();
    try {
      return tasks.getIdentityLinksForTask(taskId).stream()
          .map(IdentityLink::getType)
          .anyMatch(IdentityLinkType.CANDIDATE::equals);
    } catch (RuntimeException noSuchTask) {
      return true; // the engine then answers for a task that is not there
    }
  }

  /** {@code .../variables/{name}} and {@code .../localVariables/{name}}, with or without {@code /data}. */
  private static Optional<String> pathVariable(CamundaCall call) {
    List<String> segments = call.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      if (segments.get(i).equals("variables") || segments.get(i).equals("localVariables")) {
        return Optional.of(segments.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The engine REST API's own error form, which Tasklist shows: {@code {type, message}}, and our fields. */
  private void write(HttpServletResponse response, HttpStatus status, String type, String message,
      List<FieldError> errors) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), new CamundaError(type, message, null, errors));
  }

  private record CamundaError(String type, String message, Integer code, List<FieldError> errors) {}

  private record Refusal(HttpStatus status, String type, String message, List<FieldError> errors) {

    static Refusal invalid(String message, List<FieldError> errors) {
      return new Refusal(HttpStatus.BAD_REQUEST, "InvalidRequestException", message, errors);
    }

    static Refusal forbidden(String message) {
      return new Refusal(HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, message, List.of());
    }
  }
}
