package cn.campus.repair.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Problems;
import cn.campus.repair.support.RawHttp;
import cn.campus.repair.wechat.WechatIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WeChat endpoints with WeChat configured (against the WeChat stub), called with random and
 * malformed bodies as every kind of caller, as {@link ApiFuzzTest} does for the rest of the API: no
 * answer is 500 or more, every refusal is problem+json with a Chinese detail, and a refused call
 * changes nothing. A valid body carries a wx.login code, a ticket and a phone code the stub knows,
 * so the calls that should succeed do.
 */
@JqwikSpringSupport
class WechatApiFuzzTest extends WechatIntegrationTest {

  enum Caller { STUDENT, WORKER, ADMIN, ANONYMOUS, BOGUS_TOKEN }

  record Endpoint(String method, String path, Map<String, Object> validBody) {}

  record Call(Endpoint endpoint, Caller caller, FuzzBodies.Body body) {}

  private static final String CODE = "{wxCode}";
  private static final String TICKET = "{ticket}";
  private static final String PHONE_CODE = "{phoneCode}";

  static final List<Endpoint> ENDPOINTS = List.of(
      new Endpoint("POST", "/api/auth/wechat", Map.of("code", CODE)),
      new Endpoint("POST", "/api/auth/wechat/bind", Map.of("ticket", TICKET, "phoneCode", PHONE_CODE)),
      new Endpoint("POST", "/api/me/wechat/subscriptions", Map.of("results", Map.of(ACCEPTED, "accept", COMPLETED, "reject"))),
      new Endpoint("DELETE", "/api/me/wechat", Map.of()),
      new Endpoint("GET", "/api/me/wechat", Map.of()));

  private static Map<Caller, Person> people;

  @Autowired
  private JdbcClient jdbc;

  @BeforeTry
  void prepare() {
    api = new cn.campus.repair.support.ApiClient("http://127.0.0.1:" + port);
    if (people == null) {
      people = new LinkedHashMap<>();
      people.put(Caller.STUDENT, wechatStudent().person());
      people.put(Caller.WORKER, newWorker("WATER_ELECTRIC"));
      people.put(Caller.ADMIN, new Person("1001", ADMIN_PHONE, adminToken()));
    }
    Person student = people.get(Caller.STUDENT);
    if (!expectBound(student)) {
      // Unbound by an accepted DELETE: bound again, so the next calls meet a bound person too.
      String ticket = silentLogin(newOpenid()).text("ticket");
      String code = "phone-" + UUID.randomUUID();
      WECHAT.phoneCode(code, student.phone());
      api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket, "phoneCode", code));
    }
  }

  @Property(tries = 300)
  void wechatEndpointsNeverFail(@ForAll("calls") Call call) {
    String wxCode = "fuzz-code-" + UUID.randomUUID();
    WECHAT.code(wxCode, newOpenid());
    String ticket = silentLogin(newOpenid()).text("ticket");
    String phoneCode = "fuzz-phone-" + UUID.randomUUID();
    WECHAT.phoneCode(phoneCode, newPhone());
    String before = snapshot();

    ApiResponse answer = send(call, wxCode, ticket, phoneCode);

    Statistics.label("status").collect(answer.status());
    String what = call.endpoint().method() + " " + call.endpoint().path() + " as " + call.caller() + " with "
        + call.body() + " answered " + answer.status() + " " + answer.body();
    assertThat(answer.status()).as(what).isLessThan(500);
    if (answer.status() >= 400) {
      Problems.assertIsProblem(what, answer);
      assertThat(snapshot()).as("data after the refused " + what).isEqualTo(before);
    }
  }

  @Provide
  Arbitrary<Call> calls() {
    return Arbitraries.of(ENDPOINTS).flatMap(endpoint -> Combinators.combine(
        Arbitraries.just(endpoint),
        Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Caller.STUDENT)), Tuple.of(4, Arbitraries.of(Caller.class))),
        FuzzBodies.from(endpoint.validBody())).as(Call::new));
  }

  private ApiResponse send(Call call, String wxCode, String ticket, String phoneCode) {
    Map<String, String> headers = new LinkedHashMap<>();
    switch (call.caller()) {
      case ANONYMOUS -> { }
      case BOGUS_TOKEN -> headers.put("Authorization", "Bearer " + "0".repeat(43));
      default -> headers.put("Authorization", "Bearer " + people.get(call.caller()).token());
    }
    if (call.body().contentType() != null) {
      headers.put("Content-Type", call.body().contentType());
    }
    String body = new String(call.body().bytes(), StandardCharsets.ISO_8859_1)
        .replace(CODE, wxCode).replace(TICKET, ticket).replace(PHONE_CODE, phoneCode);
    return new RawHttp(port).send(call.endpoint().method(), call.endpoint().path(), headers,
        body.getBytes(StandardCharsets.ISO_8859_1));
  }

  private boolean expectBound(Person person) {
    return api.get("/api/me/wechat", person.token()).body().path("bound").asBoolean();
  }

  /** What the WeChat endpoints write: bindings, agreements, tickets, accounts and sessions. */
  private String snapshot() {
    return jdbc.sql("""
            SELECT (SELECT COUNT(*) FROM wechat_binding) AS bindings,
              (SELECT COALESCE(SUM(remaining), 0) FROM wechat_agreement) AS agreements,
              (SELECT COUNT(*) FROM wechat_login_ticket) AS tickets,
              (SELECT COUNT(*) FROM app_user) AS users,
              (SELECT COUNT(*) FROM auth_token) AS tokens""")
        .query().singleRow().toString();
  }
}
