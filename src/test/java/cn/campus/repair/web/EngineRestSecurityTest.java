package cn.campus.repair.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** The engine REST API (Camunda Modeler's deploy target) is closed to everyone but admins. */
class EngineRestSecurityTest extends IntegrationTest {

  @Test
  void engineRestIsClosedToStrangersAndNonAdmins() {
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", "student-pass")));

    assertThat(status(null)).isEqualTo(401);
    assertThat(status(HttpHeaders.encodeBasicAuth(ADMIN_PHONE, "wrong", null))).isEqualTo(401);
    assertThat(status(HttpHeaders.encodeBasicAuth(student.phone(), "student-pass", null))).isEqualTo(403);
    assertThat(status(HttpHeaders.encodeBasicAuth(ADMIN_PHONE, ADMIN_PASSWORD, null))).isEqualTo(200);
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
