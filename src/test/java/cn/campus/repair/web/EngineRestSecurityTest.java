package cn.campus.repair.web;

import cn.campus.repair.common.Times;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import cn.campus.repair.support.WebappSession;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The engine REST API (Camunda Modeler's deploy target) is closed to everyone but admins, and
 * passwords cannot be guessed through it or through the login API.
 */
class EngineRestSecurityTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Test
  void engineRestIsClosedToStrangersAndNonAdmins() {
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", "student-pass")));

    assertThat(status(null)).isEqualTo(401);
    assertThat(status(HttpHeaders.encodeBasicAuth(ADMIN_PHONE, "wrong", null))).isEqualTo(401);
    assertThat(status(HttpHeaders.encodeBasicAuth(student.phone(), "student-pass", null))).isEqualTo(403);
    assertThat(status(HttpHeaders.encodeBasicAuth(ADMIN_PHONE, ADMIN_PASSWORD, null))).isEqualTo(200);
  }

  @Test
  void wrongPasswordsInARowLockThePhonesPasswordLoginsEverywhere() throws Exception {
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", "student-pass")));
    Map<String, String> wrong = Map.of("phone", student.phone(), "password", "not-it");
    Map<String, String> right = Map.of("phone", student.phone(), "password", "student-pass");

    for (int i = 0; i < 3; i++) {
      assertThat(api.post("/api/auth/login", null, wrong).status()).isEqualTo(401);
    }
    assertThat(status(HttpHeaders.encodeBasicAuth(student.phone(), "not-it", null))).isEqualTo(401);
    expect(200, api.post("/api/auth/login", null, right));
    for (int i = 0; i < 4; i++) {
      assertThat(api.post("/api/auth/login", null, wrong).status()).as("a right password starts the count again").isEqualTo(401);
    }
    assertThat(status(HttpHeaders.encodeBasicAuth(student.phone(), "not-it", null))).isEqualTo(401);

    ApiResponse locked = api.post("/api/auth/login", null, right);
    assertThat(locked.status()).isEqualTo(429);
    assertThat(Long.parseLong(locked.headers().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(14 * 60L, 15 * 60L + 1);
    assertThat(status(HttpHeaders.encodeBasicAuth(student.phone(), "student-pass", null))).as("locked, not forbidden").isEqualTo(401);
    assertThat(tasklistLogin(student.phone(), "student-pass")).as("locked, not forbidden").isEqualTo(401);
    assertThat(api.get("/api/me", student.token()).status()).as("sessions already open go on").isEqualTo(200);

    jdbc.sql("UPDATE password_failure SET locked_until = :past WHERE phone = :phone")
        .param("past", Times.toDb(Instant.now().minusSeconds(1)))
        .param("phone", student.phone())
        .update();
    expect(200, api.post("/api/auth/login", null, right));
    assertThat(status(HttpHeaders.encodeBasicAuth(student.phone(), "student-pass", null))).isEqualTo(403);
    assertThat(tasklistLogin(student.phone(), "student-pass")).as("no Tasklist for students").isEqualTo(401);
  }

  private int tasklistLogin(String phone, String password) throws Exception {
    return new WebappSession("http://127.0.0.1:" + port).login("tasklist", phone, password).status();
  }

  private int status(String basic) {
    return RestClient.create("http://127.0.0.1:" + port).get().uri("/engine-rest/deployment?maxResults=0")
        .headers(h -> {
          if (basic != null) {
            h.set(HttpHeaders.AUTHORIZATION, "Basic " + basic);
          }
        })
        .exchange((request, response) -> response.getStatusCode().value());
  }
}
