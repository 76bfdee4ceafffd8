package cn.campus.repair.wechat;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(OutputCaptureExtension.class)
class WechatLoginApiTest extends WechatIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void aReturningStudentIsLoggedInWithoutTyping() {
    String openid = newOpenid();
    String phone = newPhone();
    ApiResponse bound = expect(200, bindByButton(openid, phone));
    assertThat(bound.body().path("bound").asBoolean()).isTrue();
    assertThat(bound.body().path("user").path("phone").asText()).isEqualTo(phone);
    assertThat(bound.body().path("user").path("role").asText()).isEqualTo("USER");

    ApiResponse again = expect(200, silentLogin(openid));

    assertThat(again.body().path("bound").asBoolean()).isTrue();
    assertThat(again.body().path("ticket").isMissingNode()).isTrue();
    ApiResponse me = expect(200, api.get("/api/me", again.text("token")));
    assertThat(me.text("phone")).isEqualTo(phone);
    assertThat(me.text("id")).isEqualTo(bound.body().path("user").path("id").asText());
  }

  @Test
  void anUnboundWechatUserMustProveTheirPhoneFirst() {
    ApiResponse first = expect(200, silentLogin(newOpenid()));

    assertThat(first.body().path("bound").asBoolean()).isFalse();
    assertThat(first.body().path("token").isMissingNode()).isTrue();
    assertThat(first.text("ticket")).hasSizeGreaterThan(30);
    assertThat(first.text("ticketExpiresAt")).isNotBlank();
  }

  @Test
  void anSmsCodeBindsAsWellAndAWrongOneLeavesTheTicketUsable() {
    String openid = newOpenid();
    String phone = newPhone();
    String ticket = expect(200, silentLogin(openid)).text("ticket");
    String code = requestCode(phone);

    assertProblem(401, api.post("/api/auth/wechat/bind", null,
        Map.of("ticket", ticket, "phone", phone, "code", code.equals("000000") ? "111111" : "000000")));
    ApiResponse bound = expect(200, api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket, "phone", phone, "code", code)));

    String id = bound.body().path("user").path("id").asText();
    assertThat(bound.body().path("user").path("phone").asText()).isEqualTo(phone);
    assertThat(expect(200, silentLogin(openid)).body().path("user").path("id").asText()).isEqualTo(id);
    assertThat(assertProblem(400, api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket, "phoneCode", "p")))
        .fieldInError()).isEqualTo("ticket");
  }

  @Test
  void aWorkerAnAdminCreatedBindsOnTheirFirstLoginAndKeepsItThroughAPhoneChange() {
    Person worker = newWorker("WATER_ELECTRIC");
    String openid = newOpenid();

    ApiResponse bound = expect(200, bindByButton(openid, worker.phone()));
    assertThat(bound.body().path("user").path("id").asText()).isEqualTo(worker.id());
    assertThat(bound.body().path("user").path("role").asText()).isEqualTo("WORKER");

    String newPhone = newPhone();
    expect(200, api.patch("/api/staff/" + worker.id(), adminToken(), Map.of("phone", newPhone)));

    ApiResponse again = expect(200, silentLogin(openid));
    assertThat(again.body().path("user").path("id").asText()).isEqualTo(worker.id());
    assertThat(again.body().path("user").path("phone").asText()).isEqualTo(newPhone);
  }

  @Test
  void aDeactivatedAccountNeverGetsAToken() {
    Person worker = newWorker("WATER_ELECTRIC");
    String openid = newOpenid();
    expect(200, bindByButton(openid, worker.phone()));
    expect(200, api.post("/api/staff/" + worker.id() + "/deactivate", adminToken(), Map.of()));

    ApiResponse silent = assertProblem(403, silentLogin(openid));
    assertThat(silent.text("detail")).contains("停用");

    Person other = newWorker("WATER_ELECTRIC");
    expect(200, api.post("/api/staff/" + other.id() + "/deactivate", adminToken(), Map.of()));
    String otherOpenid = newOpenid();
    assertProblem(403, bindByButton(otherOpenid, other.phone()));
    assertThat(expect(200, silentLogin(otherOpenid)).body().path("bound").asBoolean()).isFalse();
  }

  @Test
  void unbindingFromTheProfileEndsTheSilentLogin() {
    String openid = newOpenid();
    String token = expect(200, bindByButton(openid, newPhone())).text("token");
    assertThat(expect(200, api.get("/api/me/wechat", token)).body().path("bound").asBoolean()).isTrue();

    expect(204, api.delete("/api/me/wechat", token));

    assertThat(expect(200, api.get("/api/me/wechat", token)).body().path("bound").asBoolean()).isFalse();
    assertThat(expect(200, silentLogin(openid)).body().path("bound").asBoolean()).isFalse();
    assertProblem(404, api.delete("/api/me/wechat", token));
  }

  @Test
  void aTicketBindsOnceEvenWhenUsedTwiceAtTheSameMoment() throws Exception {
    String openid = newOpenid();
    String ticket = expect(200, silentLogin(openid)).text("ticket");
    List<Callable<ApiResponse>> binds = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String phoneCode = "phone-" + UUID.randomUUID();
      phones.add(newPhone());
      WECHAT.phoneCode(phoneCode, phones.get(i));
      binds.add(() -> api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket, "phoneCode", phoneCode)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> statuses = new ArrayList<>();
    for (Future<ApiResponse> answer : pool.invokeAll(binds)) {
      statuses.add(answer.get().status());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(200, 400);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM wechat_binding WHERE openid = :openid").param("openid", openid)
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE phone IN (:phones)").param("phones", phones)
        .query(Integer.class).single()).as("the refused binding made no account").isEqualTo(1);
  }

  @Test
  void refusalsNameTheFieldAndChangeNothing() {
    Integer bindings = jdbc.sql("SELECT COUNT(*) FROM wechat_binding").query(Integer.class).single();
    assertThat(assertProblem(400, api.post("/api/auth/wechat", null, Map.of("code", "unknown-code"))).fieldInError())
        .isEqualTo("code");
    assertThat(assertProblem(400, api.post("/api/auth/wechat", null, Map.of())).fieldInError()).isEqualTo("code");
    assertThat(assertProblem(400, api.post("/api/auth/wechat", null, Map.of("code", "a&appid=wxother"))).fieldInError())
        .isEqualTo("code");
    assertThat(assertProblem(400, api.post("/api/auth/wechat", null, Map.of("code", "<script>alert(1)</script>")))
        .fieldInError()).isEqualTo("code");
    assertThat(assertProblem(400, api.post("/api/auth/wechat", null, Map.of("code", "x".repeat(129)))).fieldInError())
        .isEqualTo("code");
    assertThat(assertProblem(400, api.post("/api/auth/wechat/bind", null, Map.of("ticket", "nope", "phoneCode", "p")))
        .fieldInError()).isEqualTo("ticket");
    String ticket = expect(200, silentLogin(newOpenid())).text("ticket");
    assertThat(assertProblem(400, api.post("/api/auth/wechat/bind", null,
        Map.of("ticket", ticket, "phoneCode", "p", "phone", "13900000000", "code", "123456"))).fieldInError())
        .isEqualTo("code");
    assertThat(assertProblem(400, api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket))).fieldInError())
        .isEqualTo("phoneCode");
    assertThat(assertProblem(400, api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket, "phoneCode", "unknown")))
        .fieldInError()).isEqualTo("phoneCode");
    String abroad = "phone-" + UUID.randomUUID();
    WECHAT.phoneCode(abroad, "+85261234567");
    assertThat(assertProblem(400, api.post("/api/auth/wechat/bind", null, Map.of("ticket", ticket, "phoneCode", abroad)))
        .fieldInError()).isEqualTo("phoneCode");

    RawHttp raw = new RawHttp(port);
    Map<String, String> json = Map.of("Content-Type", "application/json");
    assertProblem(400, raw.send("POST", "/api/auth/wechat", json, "{\"code\": ".getBytes(StandardCharsets.UTF_8)));
    assertProblem(400, raw.send("POST", "/api/auth/wechat", json,
        "{\"code\": \"a\", \"code\": \"b\"}".getBytes(StandardCharsets.UTF_8)));
    assertProblem(400, raw.send("POST", "/api/auth/wechat/bind", json,
        ("{\"ticket\": \"" + ticket + "\", \"ticket\": \"x\", \"phoneCode\": \"p\"}").getBytes(StandardCharsets.UTF_8)));
    assertProblem(413, raw.send("POST", "/api/auth/wechat", json,
        ("{\"code\": \"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8)));

    assertThat(jdbc.sql("SELECT COUNT(*) FROM wechat_binding").query(Integer.class).single()).isEqualTo(bindings);
  }

  @Test
  void aRefusedLoginCodeDoesNotPutTheAppSecretInTheLog(CapturedOutput output) {
    assertProblem(400, api.post("/api/auth/wechat", null, Map.of("code", "expired-code")));

    assertThat(output.getAll()).doesNotContain("stub-secret");
  }

  @Test
  void theProfileEndpointsAreForTheLoggedIn() {
    assertProblem(401, api.get("/api/me/wechat", null));
    assertProblem(401, api.delete("/api/me/wechat", null));
    assertProblem(401, api.post("/api/me/wechat/subscriptions", null, Map.of("results", Map.of(ACCEPTED, "accept"))));
  }

  @Test
  void theMiniProgramLearnsWhichTemplatesToAskForAtEachMoment() {
    ApiResponse settings = expect(200, api.get("/api/wechat/settings", null));

    assertThat(settings.body().path("enabled").asBoolean()).isTrue();
    assertThat(settings.body().path("subscribe").path("submit")).extracting(n -> n.asText())
        .containsExactly(COMPLETED, ACCEPTED, REJECTED);
    assertThat(settings.body().path("subscribe").path("accept")).extracting(n -> n.asText()).containsExactly(ASSIGNED);
  }
}
