package cn.campus.repair.web;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The refusals that come from the framework rather than from our code (Spring Security's firewall,
 * Spring MVC's negotiation and binding, the error path itself) answer like ours: problem+json with
 * a Chinese detail, never 500. The Camunda webapps and the engine REST API keep their own answers.
 */
class FrameworkErrorsTest extends IntegrationTest {

  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

  @Autowired
  private JdbcClient jdbc;

  private RawHttp raw;

  @BeforeEach
  void rawClient() {
    raw = new RawHttp(port);
  }

  @Test
  void theErrorPathAskedForDirectlyIsNotFound() {
    assertProblem(404, api.get("/error", null));
    assertProblem(404, raw.send("GET", "/error", Map.of("Accept", "text/html"), null));
  }

  @Test
  void addressesTheFirewallRejectsAre400() {
    assertProblem(400, raw.send("GET", "/api/categories;x=1", Map.of(), null));
    assertProblem(400, raw.send("GET", "/api/%2e%2e/api/categories", Map.of(), null));
    assertProblem(400, raw.send("GET", "/camunda/app/%2e%2e/app/", Map.of(), null));
  }

  @Test
  void anUnsupportedMethodIs405() {
    ApiResponse answer = assertProblem(405, raw.send("DELETE", "/api/me",
        Map.of("Authorization", "Bearer " + newStudent().token()), null));
    assertThat(answer.headers().getFirst(HttpHeaders.ALLOW)).contains("GET");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    assertProblem(415, raw.send("POST", "/api/auth/login", Map.of("Content-Type", "text/plain"),
        "phone=13800000000".getBytes(StandardCharsets.UTF_8)));
    assertProblem(415, raw.send("POST", "/api/auth/login", Map.of("Content-Type", "application/json; charset=nope"),
        "{}".getBytes(StandardCharsets.UTF_8)));
    assertProblem(415, raw.send("POST", "/api/auth/login", Map.of("Content-Type", "no type at all"),
        "{}".getBytes(StandardCharsets.UTF_8)));
    assertProblem(415, raw.send("POST", "/api/auth/login", Map.of("Content-Type", "*/*"),
        "{}".getBytes(StandardCharsets.UTF_8)));
    assertProblem(415, raw.send("POST", "/api/auth/login", Map.of("Content-Type", "application/*"),
        "{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aFormBodyThatCannotBeDecodedIsNeverAnError() {
    Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded",
        "Authorization", "Bearer " + newStudent().token());
    byte[] undecodable = "x=%zz&%".getBytes(StandardCharsets.UTF_8);

    // The body of a DELETE is not read: the answer is the action's own (a new student has no WeChat bound).
    assertThat(assertProblem(404, raw.send("DELETE", "/api/me/wechat", form, undecodable)).text("detail")).contains("微信");
    assertProblem(415, raw.send("PUT", "/api/me/password", form, undecodable));
  }

  @Test
  void askingForAnythingButJsonIs406() {
    assertProblem(406, raw.send("GET", "/api/categories", Map.of("Accept", "application/xml"), null));
  }

  @Test
  void aMissingParameterIs400NamingIt() {
    ApiResponse answer = assertProblem(400, api.get("/api/dev/sms", adminToken()));
    assertThat(answer.fieldInError()).isEqualTo("phone");
  }

  @Test
  void aMissingBodyIs400() {
    assertProblem(400, raw.send("POST", "/api/auth/login", JSON, null));
    assertProblem(400, raw.send("POST", "/api/auth/login", JSON, new byte[0]));
  }

  @Test
  void aParameterOfTheWrongTypeIs400NamingIt() {
    ApiResponse answer = assertProblem(400, api.get("/api/workers?page=first", adminToken()));
    assertThat(answer.fieldInError()).isEqualTo("page");
  }

  @Test
  void anOversizedJsonBodyIs413() {
    String big = "{\"phone\":\"13800000000\",\"password\":\"" + "x".repeat(200_000) + "\"}";
    assertProblem(413, raw.send("POST", "/api/auth/login", JSON, big.getBytes(StandardCharsets.UTF_8)));
    // Without a length given up front: counted as it is read.
    byte[] chunk = big.getBytes(StandardCharsets.UTF_8);
    byte[] chunked = (Integer.toHexString(chunk.length) + "\r\n" + big + "\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    assertProblem(413, raw.send("POST", "/api/auth/login",
        Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked"), chunked));
  }

  @Test
  void anUnknownApiAddressIs404() {
    String token = newStudent().token();
    assertProblem(404, api.get("/api/no-such-thing", token));
    assertProblem(401, api.get("/api/no-such-thing", null));
  }

  @Test
  void aDuplicateKeyIs400NamingTheFieldAndChangesNothing() {
    long users = count("app_user");
    long requests = count("repair_request");
    ApiResponse login = assertProblem(400, raw.send("POST", "/api/auth/login", JSON,
        "{\"phone\":\"13800000000\",\"phone\":\"13800000001\",\"password\":\"admin123\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(login.fieldInError()).isEqualTo("phone");

    ApiResponse staff = assertProblem(400, raw.send("POST", "/api/staff",
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + adminToken()),
        ("{\"phone\":\"" + newPhone() + "\",\"name\":\"王师傅\",\"role\":\"WORKER\",\"role\":\"ADMIN\"}")
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(staff.fieldInError()).isEqualTo("role");

    ApiResponse nested = assertProblem(400, raw.send("POST", "/api/requests",
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + newStudent().token()),
        "{\"categoryCode\":\"OTHER\",\"description\":\"坏了\",\"location\":{\"building\":\"1号楼\",\"building\":\"2号楼\"}}"
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(nested.fieldInError()).isEqualTo("location.building");

    assertThat(count("app_user")).as("only the student logged in for the last call").isEqualTo(users + 1);
    assertThat(count("repair_request")).isEqualTo(requests);
  }

  @Test
  void textWithANulOrHalfASurrogatePairIs400NamingTheField() {
    Person student = newStudent();
    Map<String, String> headers = Map.of("Content-Type", "application/json", "Authorization", "Bearer " + student.token());
    for (String name : new String[] {"李\\u0000同学", "李\\u0007同学", "李\\ud800同学", "李\\udc00同学"}) {
      ApiResponse refused = assertProblem(400, raw.send("PATCH", "/api/me", headers,
          ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8)));
      assertThat(refused.fieldInError()).as(name).isEqualTo("name");
    }
    ApiResponse kept = expect(200, raw.send("PATCH", "/api/me", headers,
        "{\"name\":\"李同学\\t😀\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(kept.text("name")).isEqualTo("李同学\t😀");
  }

  @Test
  void theWebappsAndTheEngineRestApiKeepTheirOwnErrors() {
    String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN_PHONE + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    ApiResponse engine = raw.send("GET", "/engine-rest/process-definition/key/no-such-process",
        Map.of("Authorization", basic, "Accept", "application/json"), null);
    assertThat(engine.status()).isEqualTo(404);
    assertThat(engine.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(engine.text("type")).as(engine.toString()).isEqualTo("RestException");
    assertThat(engine.text("message")).as(engine.toString()).contains("no-such-process");

    ApiResponse tasklist = raw.send("GET", "/camunda/app/tasklist/default/", Map.of("Accept", "text/html"), null);
    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.headers().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    ApiResponse webappApi = raw.send("GET", "/camunda/api/engine/engine/default/task/count", Map.of("Accept", "application/json"), null);
    assertThat(webappApi.status()).as(webappApi.toString()).isEqualTo(401);
    assertThat(webappApi.headers().getContentType()).as(webappApi.headers().toString())
        .matches(type -> type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }
}
