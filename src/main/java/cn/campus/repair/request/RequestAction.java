package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.materials.Materials;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One thing a person does to a request through {@code POST /api/requests/{id}/{name}}: which step of
 * the process it completes (or, for {@code cancel}, the message it sends), who may do it, the body
 * it takes, the process variables the body becomes, what else it must check, and what the request's
 * history and read model record when the step is done, whether through our API, Tasklist or the
 * engine REST API.
 *
 * @param <B> the body's record type, whose Bean Validation annotations are the value rules
 */
final class RequestAction<B> {

  /** Who may act, in relation to the request. */
  enum Party {
    ADMIN,
    /** The worker the request is given to now. */
    WORKER,
    REQUESTER,
    /** Any warehouse keeper: the model offers the step to the group {@code warehouse}. */
    KEEPER;

    boolean includes(CurrentUser me, RequestRow request) {
      return switch (this) {
        case ADMIN -> me.is(Role.ADMIN);
        case WORKER -> me.is(Role.WORKER) && me.id().equals(request.workerId());
        case REQUESTER -> me.is(Role.USER) && me.id().equals(request.requesterId());
        case KEEPER -> me.is(Role.WAREHOUSE);
      };
    }

    Role role() {
      return switch (this) {
        case ADMIN -> Role.ADMIN;
        case WORKER -> Role.WORKER;
        case REQUESTER -> Role.USER;
        case KEEPER -> Role.WAREHOUSE;
      };
    }
  }

  /** What an action needs to check beyond its body's own rules: a person, a worker, a place. */
  interface Check<B> {
    List<ApiException.FieldError> problems(B body, Services services);
  }

  /** What the read model records when the action's step is done. */
  interface Effect<B> {
    void record(B body, Recording recording);
  }

  /** The read model's side of a completed step, for {@link Effect}s. */
  interface Recording {
    String requestId();

    /** Adds an entry to the request's history, by the person who acted. */
    void history(String action, String note);

    void assignWorker(String workerId);

    void releaseWorker();

    void rate(int result, int efficiency, String comment);

    /** Leaves the request's worker out of dispatch's suggestions for this request. */
    void excludeWorker();

    /** Sets a process variable the model reads next (the parts' cost at the approval gateway). */
    void processVariable(String name, Object value);

    /** The request's parts, as the person who acted. */
    Materials materials();

    /** Who acted, as a stock movement records them. */
    Materials.Actor actor();
  }

  /** Look-ups a {@link Check} may need. */
  interface Services {
    boolean isActiveWorker(String userId);

    String nameOf(String userId);

    /** What is wrong with the parts asked for (unknown or retired), named {@code field[i].partId}. */
    List<ApiException.FieldError> partProblems(String field, List<Materials.Wanted> wanted);

    List<ApiException.FieldError> warehouseProblems(String warehouseId);
  }

  private final String name;
  private final String taskKey;
  private final String message;
  private final Party party;
  private final Class<B> bodyType;
  private boolean bodyRequired;
  private final Map<String, String> variableOfField = new LinkedHashMap<>();
  private final Map<String, Object> fixedVariables = new LinkedHashMap<>();
  /** Fields held in their variable as JSON text (lists): Cockpit and Tasklist show them, no class needed. */
  private final java.util.Set<String> jsonFields = new java.util.HashSet<>();
  /** For an action that sends a message: the steps at which the model catches it (cancel: none, see cancellable). */
  private final java.util.Set<String> openAtTasks = new java.util.HashSet<>();
  private Check<B> check = (body, services) -> List.of();
  private Effect<B> effect = (body, recording) -> { };

  private RequestAction(String name, String taskKey, String message, Party party, Class<B> bodyType,
      boolean bodyRequired) {
    this.name = name;
    this.taskKey = taskKey;
    this.message = message;
    this.party = party;
    this.bodyType = bodyType;
    this.bodyRequired = bodyRequired;
  }

  /** An action that completes the process's open user task {@code taskKey}. */
  static <B> RequestAction<B> completing(String name, String taskKey, Party party, Class<B> bodyType) {
    return new RequestAction<>(name, taskKey, null, party, bodyType, true);
  }

  /** An action that sends the process the message {@code message}. */
  static <B> RequestAction<B> sending(String name, String message, Party party, Class<B> bodyType) {
    return new RequestAction<>(name, null, message, party, bodyType, false);
  }

  /** The body's field {@code field} becomes the process variable {@code variable}. */
  RequestAction<B> field(String field, String variable) {
    variableOfField.put(field, variable);
    return this;
  }

  /** The body's list field {@code field} becomes the process variable {@code variable}, as JSON text. */
  RequestAction<B> jsonField(String field, String variable) {
    jsonFields.add(field);
    return field(field, variable);
  }

  /** A message action taken while the request waits at {@code taskKey}, where the model catches the message. */
  RequestAction<B> openAt(String taskKey) {
    openAtTasks.add(taskKey);
    return this;
  }

  /** The process variable {@code variable} is always {@code value} for this action. */
  RequestAction<B> fixed(String variable, Object value) {
    fixedVariables.put(variable, value);
    return this;
  }

  /** The body may be left out entirely (an empty body means no note, no reason). */
  RequestAction<B> bodyOptional() {
    bodyRequired = false;
    return this;
  }

  RequestAction<B> checking(Check<B> check) {
    this.check = check;
    return this;
  }

  RequestAction<B> recording(Effect<B> effect) {
    this.effect = effect;
    return this;
  }

  String name() {
    return name;
  }

  /** The user task it completes; null for an action that sends a message. */
  String taskKey() {
    return taskKey;
  }

  String message() {
    return message;
  }

  Party party() {
    return party;
  }

  Class<B> bodyType() {
    return bodyType;
  }

  boolean bodyRequired() {
    return bodyRequired;
  }

  Map<String, String> variableOfField() {
    return Collections.unmodifiableMap(variableOfField);
  }

  Map<String, Object> fixedVariables() {
    return Collections.unmodifiableMap(fixedVariables);
  }

  boolean isJsonField(String field) {
    return jsonFields.contains(field);
  }

  /** Whether the request, as the read model has it, waits for this action now. */
  boolean isOpen(RequestRow request) {
    if (taskKey != null) {
      return taskKey.equals(request.openTaskKey());
    }
    return openAtTasks.isEmpty() ? request.cancellable() : openAtTasks.contains(request.openTaskKey());
  }

  /** Whether {@code me} may do it to {@code request} now. */
  boolean allows(CurrentUser me, RequestRow request) {
    return isOpen(request) && party.includes(me, request);
  }

  /** Whether completing its task with {@code variables} is this action (e.g. refuse, not accept). */
  boolean matches(Function<String, Object> variable) {
    return fixedVariables.entrySet().stream()
        .allMatch(fixed -> Objects.equals(fixed.getValue(), variable.apply(fixed.getKey())));
  }

  List<ApiException.FieldError> problems(Object body, Services services) {
    return check.problems(bodyType.cast(body), services);
  }

  void record(Object body, Recording recording) {
    effect.record(bodyType.cast(body), recording);
  }

  /** The process variables the body becomes: blank texts are absent, others stripped. */
  Map<String, Object> variables(Map<String, Object> bodyFields) {
    Map<String, Object> variables = new LinkedHashMap<>(fixedVariables);
    variableOfField.forEach((field, variable) -> variables.put(variable, normalized(bodyFields.get(field))));
    return variables;
  }

  static Object normalized(Object value) {
    if (value instanceof CharSequence text) {
      String stripped = text.toString().strip();
      return stripped.isEmpty() ? null : stripped;
    }
    return value;
  }
}
