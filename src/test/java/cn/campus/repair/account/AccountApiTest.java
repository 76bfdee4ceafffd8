package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountApiTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Test
  void firstCodeLoginCreatesARequesterAccount() {
    String phone = newPhone();
    expect(202, sendCode("+86 " + phone, randomAddress()));
    String code = outbox.sentTo(phone, 1).get(0).params().get(0);
    ApiResponse login = expect(200, api.post("/api/auth/login", null, Map.of("phone", "+86" + phone, "code", code)));

    assertThat(login.text("token")).isNotBlank();
    assertThat(login.text("expiresAt")).isNotBlank();
    assertThat(login.body().path("user").path("role").asText()).isEqualTo("USER");
    assertThat(login.body().path("user").path("phone").asText()).isEqualTo(phone);
    assertThat(login.body().path("user").path("hasPassword").asBoolean()).isFalse();
    assertThat(expect(200, api.get("/api/me", login.text("token"))).text("phone")).isEqualTo(phone);
  }

  @Test
  void codeIsSixDigitsValidOnceAndSentAsLoginCode() {
    String phone = newPhone();
    String code = requestCode(phone);
    assertThat(code).matches("\\d{6}");
    assertThat(outbox.sentTo(phone, 1).get(0).text()).contains("验证码为：" + code);

    expect(200, api.post("/api/auth/login", null, Map.of("phone", phone, "code", code)));
    ApiResponse again = api.post("/api/auth/login", null, Map.of("phone", phone, "code", code));
    assertThat(again.status()).isEqualTo(401);
  }

  @Test
  void fiveWrongTriesBurnTheCode() {
    String phone = newPhone();
    String code = requestCode(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertThat(api.post("/api/auth/login", null, Map.of("phone", phone, "code", wrong)).status()).isEqualTo(401);
    }
    assertThat(api.post("/api/auth/login", null, Map.of("phone", phone, "code", code)).status()).isEqualTo(401);
  }

  @Test
  void anExpiredCodeIsRefused() {
    String phone = newPhone();
    String code = requestCode(phone);
    jdbc.sql("UPDATE login_code SET expires_at = :past WHERE phone = :phone")
        .param("past", java.time.LocalDateTime.of(2000, 1, 1, 0, 0)).param("phone", phone).update();
    assertThat(api.post("/api/auth/login", null, Map.of("phone", phone, "code", code)).status()).isEqualTo(401);
  }

  @Test
  void aSecondCodeWithinAMinuteIs429WithRetryAfter() {
    String phone = newPhone();
    requestCode(phone);
    ApiResponse again = sendCode(phone, randomAddress());
    assertThat(again.status()).isEqualTo(429);
    assertThat(Long.parseLong(again.headers().getFirst("Retry-After"))).isBetween(1L, 60L);
    assertThat(outbox.sentTo(phone, 10)).hasSize(1);
  }

  @Test
  void tenCodesADayPerPhone() {
    String phone = newPhone();
    for (int i = 0; i < 10; i++) {
      requestCode(phone);
      jdbc.sql("UPDATE login_code SET last_sent_at = :past WHERE phone = :phone")
          .param("past", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(2)).param("phone", phone).update();
    }
    ApiResponse eleventh = sendCode(phone, randomAddress());
    assertThat(eleventh.status()).isEqualTo(429);
    assertThat(eleventh.headers().getFirst("Retry-After")).isNotBlank();
  }

  @Test
  void oneNetworkAddressIsLimitedPerHour() {
    String address = randomAddress();
    int sent = 0;
    ApiResponse answer;
    do {
      answer = sendCode(newPhone(), address);
      sent++;
    } while (answer.status() == 202 && sent < 100);
    assertThat(answer.status()).isEqualTo(429);
    assertThat(sent - 1).as("codes sent before the limit (test configuration: 30)").isEqualTo(30);
    assertThat(answer.headers().getFirst("Retry-After")).isNotBlank();
  }

  @Test
  void invalidPhoneIsA400NamingTheField() {
    ApiResponse answer = api.post("/api/auth/sms-code", null, Map.of("phone", "12345"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.fieldInError()).isEqualTo("phone");
  }

  @Test
  void passwordLoginSetChangeAndWrongAnswersLookTheSame() {
    String phone = newPhone();
    ApiResponse first = expect(200, loginByCode(phone));
    String token = first.text("token");
    ApiResponse otherSession = expect(200, loginByCode2(phone));

    assertThat(api.put("/api/me/password", token, Map.of("newPassword", "short")).fieldInError()).isEqualTo("newPassword");
    expect(204, api.put("/api/me/password", token, Map.of("newPassword", "s3cret-pass")));
    assertThat(api.get("/api/me", otherSession.text("token")).status()).as("other sessions end").isEqualTo(401);
    assertThat(api.get("/api/me", token).body().path("hasPassword").asBoolean()).isTrue();

    ApiResponse byPassword = expect(200, api.post("/api/auth/login", null, Map.of("phone", phone, "password", "s3cret-pass")));
    assertThat(byPassword.body().path("user").path("id").asText()).isEqualTo(first.body().path("user").path("id").asText());

    ApiResponse wrongPassword = api.post("/api/auth/login", null, Map.of("phone", phone, "password", "nope-nope"));
    ApiResponse unknownPhone = api.post("/api/auth/login", null, Map.of("phone", newPhone(), "password", "nope-nope"));
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownPhone.status()).isEqualTo(401);
    assertThat(wrongPassword.text("detail")).isEqualTo(unknownPhone.text("detail"));

    assertThat(api.put("/api/me/password", token, Map.of("newPassword", "another-pass")).fieldInError())
        .isEqualTo("currentPassword");
    assertThat(api.put("/api/me/password", token, Map.of("currentPassword", "wrong-one", "newPassword", "another-pass"))
        .fieldInError()).isEqualTo("currentPassword");
    expect(204, api.put("/api/me/password", token, Map.of("currentPassword", "s3cret-pass", "newPassword", "another-pass")));
    assertThat(api.post("/api/auth/login", null, Map.of("phone", phone, "password", "s3cret-pass")).status()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheToken() {
    String token = expect(200, loginByCode(newPhone())).text("token");
    expect(204, api.post("/api/auth/logout", token, null));
    assertThat(api.get("/api/me", token).status()).isEqualTo(401);
  }

  @Test
  void profileEditsKeepWhatIsNotSentAndRefuseBadValues() {
    String token = expect(200, loginByCode(newPhone())).text("token");
    ApiResponse edited = expect(200, api.patch("/api/me", token, Map.of("name", "李同学", "department", "数理学院")));
    assertThat(edited.text("name")).isEqualTo("李同学");
    ApiResponse again = expect(200, api.patch("/api/me", token, Map.of("address", "南校区7号楼301")));
    assertThat(again.text("department")).isEqualTo("数理学院");
    assertThat(again.text("address")).isEqualTo("南校区7号楼301");

    assertThat(api.patch("/api/me", token, Map.of("name", " ")).fieldInError()).isEqualTo("name");
    assertThat(api.patch("/api/me", token, Map.of("department", "很".repeat(101))).fieldInError()).isEqualTo("department");
    assertThat(api.get("/api/me", token).text("name")).isEqualTo("李同学");
  }

  @Test
  void adminsAddStaffAndFindWorkersBySpecialtyWithTheirLoad() {
    String admin = adminToken();
    String phone = newPhone();
    ApiResponse created = expect(201, api.post("/api/staff", admin,
        Map.of("phone", phone, "name", "赵师傅", "role", "WORKER", "specialties", List.of("AIR_CONDITIONER"))));
    assertThat(created.text("role")).isEqualTo("WORKER");
    assertThat(api.post("/api/staff", admin, Map.of("phone", phone, "name", "重复", "role", "WORKER")).status()).isEqualTo(409);
    assertThat(api.post("/api/staff", admin, Map.of("phone", newPhone(), "name", "x", "role", "USER")).fieldInError()).isEqualTo("role");
    assertThat(api.post("/api/staff", admin, Map.of("phone", newPhone(), "name", "x", "role", "WORKER",
        "specialties", List.of("TELEPORT"))).fieldInError()).isEqualTo("specialties");
    assertThat(api.post("/api/staff", admin, Map.of("phone", "99", "name", "x", "role", "WORKER")).fieldInError()).isEqualTo("phone");
    expect(201, api.post("/api/staff", admin, Map.of("phone", newPhone(), "name", "新管理员", "role", "ADMIN")));

    ApiResponse found = expect(200, api.get("/api/workers?specialty=AIR_CONDITIONER&q=赵师傅", admin));
    assertThat(found.body().path("items").findValuesAsText("id")).contains(created.text("id"));
    var worker = found.body().path("items").path(0);
    assertThat(worker.path("activeTasks").asInt()).isZero();
    assertThat(worker.has("averageRating")).isTrue();
    assertThat(expect(200, api.get("/api/workers?specialty=NETWORK&q=赵师傅", admin)).body().path("items")).isEmpty();
  }

  @Test
  void categoriesListEachWithItsHotline() {
    ApiResponse categories = expect(200, api.get("/api/categories", null));
    assertThat(categories.body().findValuesAsText("name")).containsExactly("水电", "门窗", "家具", "空调", "网络", "其他");
    assertThat(categories.body().path(0).path("hotline").asText()).isNotBlank();
  }

  private ApiResponse loginByCode2(String phone) {
    jdbc.sql("UPDATE login_code SET last_sent_at = :past WHERE phone = :phone")
        .param("past", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(2)).param("phone", phone).update();
    return loginByCode(phone);
  }
}
