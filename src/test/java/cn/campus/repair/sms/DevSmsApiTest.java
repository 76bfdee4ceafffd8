package cn.campus.repair.sms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The local outbox holds every login code and text: only admins read it. */
class DevSmsApiTest extends IntegrationTest {

  @Test
  void anonymousCallersCannotReadTheOutbox() {
    String phone = newPhone();
    requestCode(phone);

    ApiResponse read = api.get("/api/dev/sms?phone=" + phone, null);

    assertThat(read.status()).as(read.toString()).isEqualTo(401);
    assertThat(read.toString()).doesNotContain("LOGIN_CODE");
  }

  @Test
  void requestersAndWorkersCannotReadTheOutbox() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String victim = newPhone();
    requestCode(victim);

    assertThat(api.get("/api/dev/sms?phone=" + victim, student.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/dev/sms?phone=" + victim, worker.token()).status()).isEqualTo(403);
    assertThat(api.get("/api/dev/sms?phone=" + student.phone(), student.token()).status()).isEqualTo(403);
  }

  @Test
  void adminsReadTheLoginCodeFromTheOutbox() {
    String phone = newPhone();
    String code = requestCode(phone);

    ApiResponse read = expect(200, api.get("/api/dev/sms?phone=" + phone, adminToken()));

    assertThat(read.body().get(0).path("template").asText()).isEqualTo("LOGIN_CODE");
    assertThat(read.body().get(0).path("params").get(0).asText()).isEqualTo(code);
  }
}
