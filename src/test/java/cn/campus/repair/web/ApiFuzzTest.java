package cn.campus.repair.web;

import static cn.campus.repair.web.FuzzBodies.AREA;
import static cn.campus.repair.web.FuzzBodies.KEPT;
import static cn.campus.repair.web.FuzzBodies.NEW_PHONE;
import static cn.campus.repair.web.FuzzBodies.OWN_PHONE;
import static cn.campus.repair.web.FuzzBodies.PART;
import static cn.campus.repair.web.FuzzBodies.WAREHOUSE;
import static cn.campus.repair.web.FuzzBodies.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiClient;
import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.Problems;
import cn.campus.repair.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every JSON endpoint of the API called over HTTP with random and malformed bodies (see {@link
 * FuzzBodies}), as the role it is for and as the wrong ones: no answer is 500 or more, every
 * refusal is problem+json with a Chinese detail, and a refused call changes nothing (the tables
 * the API writes read the same after it as before). What is called is listed once, in {@link
 * #ENDPOINTS} and {@link #ACTIONS}: keep them in step with the API.
 *
 * <p>The data a refusal may change by design is left out of the comparison: a wrong password or
 * code counts towards its lock ({@code password_failure}, {@code login_code.attempts}).
 */
@JqwikSpringSupport
class ApiFuzzTest extends IntegrationTest {

  enum Caller { ADMIN, WORKER, KEEPER, STUDENT, OTHER_STUDENT, ANONYMOUS, BOGUS_TOKEN }

  /** An endpoint, who may call it, and a valid body of its. */
  record Endpoint(String method, String path, Caller caller, Map<String, Object> validBody) {}

  /** A request action, {@code POST /api/requests/{id}/{name}}, who may take it, and a valid body. */
  record Action(String name, Caller caller, Map<String, Object> validBody) {}

  static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("POST", "/api/auth/sms-code", Caller.ANONYMOUS, Map.of("phone", NEW_PHONE)),
      new Endpoint("POST", "/api/auth/login", Caller.ANONYMOUS,
          Map.of("phone", OWN_PHONE, "password", "fuzz-password-1", "code", "123456")),
      new Endpoint("POST", "/api/auth/wechat", Caller.ANONYMOUS, Map.of("code", "fuzz-wx-login-code")),
      new Endpoint("POST", "/api/auth/wechat/bind", Caller.ANONYMOUS,
          Map.of("ticket", "fuzz-ticket", "phoneCode", "fuzz-phone-code")),
      new Endpoint("POST", "/api/me/wechat/subscriptions", Caller.STUDENT,
          Map.of("results", Map.of("fuzz-template", "accept"))),
      new Endpoint("DELETE", "/api/me/wechat", Caller.STUDENT, Map.of()),
      new Endpoint("PATCH", "/api/me", Caller.STUDENT, Map.of("name", "张同学", "department", "数理学院", "address", "7号楼301")),
      new Endpoint("POST", "/api/me", Caller.WORKER, Map.of("name", "钱师傅", "department", "后勤处", "address", "维修班")),
      new Endpoint("PUT", "/api/me/password", Caller.STUDENT,
          Map.of("currentPassword", "fuzz-password-1", "newPassword", "fuzz-password-2")),
      new Endpoint("POST", "/api/staff", Caller.ADMIN,
          Map.of("phone", NEW_PHONE, "name", "孙师傅", "role", "WORKER", "specialties", List.of("WATER_ELECTRIC"))),
      new Endpoint("POST", "/api/requests", Caller.STUDENT, Map.of(
          "categoryCode", "WATER_ELECTRIC",
          "description", "宿舍卫生间水龙头漏水",
          "location", Map.of("building", "7号楼", "room", "301", "detail", "卫生间", "latitude", 27.9, "longitude", 120.7),
          "contactPhone", OWN_PHONE,
          "attachmentIds", List.of())),
      new Endpoint("POST", "/api/materials/parts", Caller.ADMIN, Map.of("name", "球阀", "spec", "DN20", "unit", "个",
          "unitPrice", 35.5, "category", "水暖", "shelf", "A-01", "minStock", 2)),
      new Endpoint("PUT", "/api/materials/parts/" + PART, Caller.ADMIN, Map.of("name", "模糊测试配件", "spec", "DN25",
          "unit", "个", "unitPrice", 12, "minStock", 1, "retired", false)),
      new Endpoint("POST", "/api/materials/warehouses", Caller.ADMIN, Map.of("name", "二号仓库", "location", "北区")),
      new Endpoint("POST", "/api/materials/receipts", Caller.KEEPER,
          Map.of("warehouseId", WAREHOUSE, "partId", PART, "quantity", 3, "note", "采购入库")),
      new Endpoint("POST", "/api/materials/counts", Caller.KEEPER,
          Map.of("warehouseId", WAREHOUSE, "partId", PART, "counted", 500, "note", "月末盘点")),
      new Endpoint("POST", "/api/notices", Caller.ADMIN, Map.of(
          "areaId", AREA, "categoryCode", "WATER_ELECTRIC", "reason", "管道检修",
          "startsAt", "2099-01-01T08:00:00+08:00", "endsAt", "2099-01-01T18:00:00+08:00")));

  static final List<Action> ACTIONS = List.of(
      new Action("review", Caller.ADMIN, Map.of("decision", "ACCEPT", "note", "同意受理")),
      new Action("assign", Caller.ADMIN, Map.of("workerId", WORKER)),
      new Action("accept", Caller.WORKER, null),
      new Action("refuse", Caller.WORKER, Map.of("category", "OTHER", "reason", "今天排不开")),
      new Action("requestParts", Caller.WORKER,
          Map.of("parts", List.of(Map.of("partId", PART, "quantity", 1), Map.of("name", "DN25 三通", "quantity", 2)))),
      new Action("issueParts", Caller.KEEPER, Map.of("warehouseId", WAREHOUSE, "note", "已备好")),
      new Action("approveParts", Caller.ADMIN, Map.of("approved", true, "note", "同意")),
      new Action("outsource", Caller.ADMIN, Map.of("contractor", "某某机电", "dueDate", "2030-01-01")),
      new Action("complete", Caller.WORKER, Map.of("note", "已更换水龙头")),
      new Action("rate", Caller.STUDENT, Map.of("result", 5, "efficiency", 4, "comment", "很及时")),
      new Action("cancel", Caller.STUDENT, Map.of("reason", "已自行修好")),
      new Action("follow", Caller.OTHER_STUDENT, null),
      new Action("merge", Caller.ADMIN, Map.of("into", KEPT)));

  private static final List<String> COUNTED = List.of("app_user", "auth_token", "login_code", "login_code_send",
      "repair_request", "request_history", "request_worker", "worker_search_term", "request_attachment",
      "idempotency_key", "attachment",
      "part", "warehouse", "stock_movement", "request_part", "request_excluded_worker",
      "request_follower", "outage_notice", "outage_follower",
      "wechat_binding", "wechat_agreement", "wechat_login_ticket");

  private static final List<String> STATES = List.of(
      "PENDING_REVIEW", "AWAITING_DISPATCH", "ASSIGNED", "IN_PROGRESS", "AWAITING_RATING", "AWAITING_PARTS");

  /** The fuzz test's own people and requests, made once per run (the context is shared). */
  private static World world;

  /** The fuzz test's own area, where its outage notices are posted. */
  private static String area;

  /** The data as the last accepted call left it; a refused call must leave it so. */
  private static String baseline;

  @Autowired
  private JdbcClient jdbc;

  /** A call to make: what, as whom, with which body; ids and new phones are chosen when it is sent. */
  record Call(String method, String path, Caller caller, FuzzBodies.Body body, String idempotencyKey, String bogusToken) {}

  @BeforeProperty
  void newProperty() {
    baseline = null;
  }

  /** jqwik-spring injects this instance's fields around each try, so the set-up waits for the first. */
  @BeforeTry
  void prepare() {
    api = new ApiClient("http://127.0.0.1:" + port);
    if (world == null) {
      world = new World(fuzzAdmin(), newWorker("WATER_ELECTRIC"), newKeeper(), newStudent(), newStudent(), stock());
      area = new Campus(api, adminToken()).area();
    }
    if (baseline == null) {
      smsSender.reset();
      replenishRequests();
      awaitQuiet();
      baseline = snapshot();
    }
  }

  @Property(tries = 600)
  void accountAndSubmissionEndpointsNeverFail(@ForAll("endpointCalls") Call call) {
    check(call);
  }

  @Property(tries = 1000)
  void requestActionsNeverFail(@ForAll("actionCalls") Call call) {
    check(call);
  }

  @Property(tries = 120)
  void uploadsNeverFail(@ForAll("uploads") Call call) {
    check(call);
  }

  @Provide
  Arbitrary<Call> endpointCalls() {
    return Arbitraries.of(ENDPOINTS).flatMap(endpoint -> calls(
        Arbitraries.just(endpoint.method()), Arbitraries.just(endpoint.path()), endpoint.caller(),
        FuzzBodies.from(endpoint.validBody()), endpoint.path().equals("/api/requests")));
  }

  @Provide
  Arbitrary<Call> actionCalls() {
    Arbitrary<String> requests = Arbitraries.frequencyOf(
        Tuple.of(85, Arbitraries.of(STATES)),
        Tuple.of(15, Arbitraries.of("999999999", "abc", "-1", "1.5", "99999999999999999999999", "%E4%BD%A0",
            "x".repeat(300), "%2e%2e", "null")));
    return Arbitraries.of(ACTIONS).flatMap(action -> calls(
        Arbitraries.just("POST"),
        requests.map(request -> "/api/requests/{" + request + "}/" + action.name()),
        action.caller(), FuzzBodies.from(action.validBody()), false));
  }

  @Provide
  Arbitrary<Call> uploads() {
    return calls(Arbitraries.just("POST"), Arbitraries.just("/api/attachments"), Caller.STUDENT, FuzzBodies.uploads(), false);
  }

  private static Arbitrary<Call> calls(
      Arbitrary<String> methods, Arbitrary<String> paths, Caller rightCaller, Arbitrary<FuzzBodies.Body> bodies,
      boolean idempotent) {
    Arbitrary<Caller> callers = Arbitraries.frequencyOf(
        Tuple.of(11, Arbitraries.just(rightCaller)), Tuple.of(9, Arbitraries.of(Caller.class)));
    Arbitrary<String> keys = idempotent
        ? Arbitraries.of("fuzz-key-1", "fuzz-key-2", "报修-1", "ké", "x".repeat(101), "").injectNull(0.5)
        : Arbitraries.just(null);
    Arbitrary<String> bogusTokens = Arbitraries.of("x", "Bearer", "0".repeat(64), "报修", "a".repeat(2000));
    return Combinators.combine(methods, paths, callers, bodies, keys, bogusTokens).as(Call::new);
  }

  private void check(Call call) {
    ApiResponse answer = send(call);
    Statistics.label("status").collect(answer.status());
    Statistics.label("body").collect(call.body().kind());
    String what = call.method() + " " + call.path() + " as " + call.caller() + " with " + call.body() + " answered "
        + answer.status() + " " + answer.headers().getContentType() + " " + answer.body();
    assertThat(answer.status()).as(what).isLessThan(500).matches(status -> status < 300 || status >= 400);
    if (answer.status() >= 400) {
      Problems.assertIsProblem(what, answer);
      assertThat(snapshot()).as("data after the refused " + what).isEqualTo(baseline);
    } else {
      replenishRequests();
      awaitQuiet();
      baseline = snapshot();
    }
  }

  private ApiResponse send(Call call) {
    Map<String, String> headers = new LinkedHashMap<>();
    Person caller = world.person(call.caller());
    switch (call.caller()) {
      case ANONYMOUS -> { }
      case BOGUS_TOKEN -> headers.put("Authorization", "Bearer " + call.bogusToken());
      default -> headers.put("Authorization", "Bearer " + caller.token());
    }
    if (call.body().contentType() != null) {
      headers.put("Content-Type", call.body().contentType());
    }
    if (call.idempotencyKey() != null) {
      headers.put("Idempotency-Key", call.idempotencyKey());
    }
    String ownPhone = caller == null ? world.student().phone() : caller.phone();
    // Markers are ASCII; the body's other bytes pass through ISO-8859-1 unchanged.
    String body = new String(call.body().bytes(), StandardCharsets.ISO_8859_1)
        .replace(NEW_PHONE, "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000)))
        .replace(OWN_PHONE, ownPhone)
        .replace(WORKER, world.worker().id())
        .replace(PART, world.stock().partId())
        .replace(WAREHOUSE, world.stock().warehouseId())
        .replace(AREA, area)
        .replace(KEPT, requestIn("AWAITING_DISPATCH"));
    return new RawHttp(port).send(call.method(), path(call.path()), headers, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** {PENDING_REVIEW} and the like name one of the fuzz test's requests in that state, if it has one. */
  private String path(String template) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    int close = template.indexOf('}');
    String name = template.substring(open + 1, close);
    String id = STATES.contains(name) ? requestIn(name)
        : ("{" + name + "}").equals(PART) ? world.stock().partId() : name;
    return template.substring(0, open) + id + template.substring(close + 1);
  }

  private String requestIn(String status) {
    return jdbc.sql("""
            SELECT id FROM repair_request WHERE requester_id = :student AND status = :status
            ORDER BY created_at DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY""")
        .param("student", world.student().id())
        .param("status", status)
        .query(String.class)
        .optional()
        .orElse("999999998");
  }

  /** A request in each state the actions act on, made again once an action has moved it on. */
  private void replenishRequests() {
    for (String status : STATES) {
      if (!requestIn(status).equals("999999998")) {
        continue;
      }
      if (status.equals("AWAITING_PARTS")) {
        String id = requestAt("IN_PROGRESS", world.student(), world.worker());
        expect(200, api.post("/api/requests/" + id + "/requestParts", world.worker().token(),
            Map.of("parts", List.of(Map.of("partId", world.stock().partId(), "quantity", 1)))));
      } else {
        requestAt(status, world.student(), world.worker());
      }
    }
  }

  /** A warehouse holding plenty of one part, so that a valid issue succeeds for a long time. */
  private Stock stock() {
    String admin = adminToken();
    String warehouse = expect(201, api.post("/api/materials/warehouses", admin,
        Map.of("name", "模糊测试仓库" + ThreadLocalRandom.current().nextInt(1_000_000)))).text("id");
    String part = expect(201, api.post("/api/materials/parts", admin, Map.of("name", "模糊测试配件",
        "spec", "S" + ThreadLocalRandom.current().nextInt(1_000_000), "unit", "个", "unitPrice", 1, "minStock", 0))).text("id");
    expect(201, api.post("/api/materials/receipts", admin,
        Map.of("warehouseId", warehouse, "partId", part, "quantity", 100_000)));
    return new Stock(warehouse, part);
  }

  private record Stock(String warehouseId, String partId) {}

  /**
   * What the API writes, as counts of every table a call may add to and the rows of the fuzz
   * test's people and requests; messages only those about them, since other tests' retries may
   * still be sending theirs.
   */
  private String snapshot() {
    String counts = COUNTED.stream().map(table -> "(SELECT COUNT(*) FROM " + table + ") AS " + table)
        .collect(Collectors.joining(", "));
    return jdbc.sql("SELECT " + counts + """
            , (SELECT SUM(rating_count) FROM worker_rating) AS ratings,
              (SELECT SUM(quantity) FROM stock) AS stock,
              (SELECT COUNT(*) FROM sms_message WHERE phone IN (:phones)
                OR request_id IN (SELECT id FROM repair_request WHERE requester_id IN (:ids))) AS messages,
              (SELECT COUNT(*) FROM sms_outbox WHERE phone IN (:phones)) AS outbox""")
        .param("phones", world.phones()).param("ids", world.ids()).query().singleRow()
        + " users=" + jdbc.sql("""
            SELECT id, name, department, address, role, specialties, password_hash FROM app_user
            WHERE id IN (:ids) ORDER BY id""")
        .param("ids", world.ids()).query().listOfRows()
        + " requests=" + jdbc.sql("""
            SELECT id, status, worker_id, rating_result, rating_efficiency, rating_comment, open_task_id, updated_at
            FROM repair_request WHERE requester_id IN (:ids) ORDER BY id""")
        .param("ids", world.ids()).query().listOfRows();
  }

  /** After an accepted call, until the texts it queued have been sent. */
  private void awaitQuiet() {
    Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
            SELECT COUNT(*) FROM sms_message WHERE status IN ('PENDING', 'SENDING') AND (phone IN (:phones)
              OR request_id IN (SELECT id FROM repair_request WHERE requester_id IN (:ids)))""")
        .param("phones", world.phones()).param("ids", world.ids()).query(Long.class).single() == 0);
  }

  /** An admin of the fuzz test's own: wrong passwords sent by the fuzz never lock the shared one. */
  private Person fuzzAdmin() {
    String phone = newPhone();
    expect(201, api.post("/api/staff", adminToken(), Map.of("phone", phone, "name", "模糊测试管理员", "role", "ADMIN")));
    ApiResponse login = expect(200, loginByCode(phone));
    return new Person(login.body().path("user").path("id").asText(), phone, login.text("token"));
  }

  private record World(Person admin, Person worker, Person keeper, Person student, Person otherStudent, Stock stock) {

    Person person(Caller caller) {
      return switch (caller) {
        case ADMIN -> admin;
        case WORKER -> worker;
        case KEEPER -> keeper;
        case STUDENT -> student;
        case OTHER_STUDENT -> otherStudent;
        case ANONYMOUS, BOGUS_TOKEN -> null;
      };
    }

    List<String> ids() {
      return List.of(admin.id(), worker.id(), keeper.id(), student.id(), otherStudent.id());
    }

    List<String> phones() {
      return List.of(admin.phone(), worker.phone(), keeper.phone(), student.phone(), otherStudent.phone());
    }
  }
}
