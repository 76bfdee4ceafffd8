package cn.campus.repair.account;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Passwords of any 8 to 64 characters, whatever their bytes (bcrypt alone reads 72 bytes: 24
 * Chinese characters); hashes made before keep working; and a stolen token cannot guess the
 * current password faster than a login can.
 */
class PasswordInputsTest extends IntegrationTest {

  private static final String CHINESE_25 = "校园后勤报修平台维修师傅上门服务水电门窗家具空调灯";
  private static final String CHINESE_64 = "密".repeat(63) + "码";

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private PasswordAttemptLimits limits;

  @Test
  void chinesePasswordsLongerThanBcryptsSeventyTwoBytesWork() {
    assertThat(CHINESE_25).hasSize(25);
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", CHINESE_25)));
    expect(200, passwordLogin(student.phone(), CHINESE_25));

    expect(204, api.put("/api/me/password", student.token(),
        Map.of("currentPassword", CHINESE_25, "newPassword", CHINESE_64)));
    expect(200, passwordLogin(student.phone(), CHINESE_64));
    // Every character counts, not only the first 72 bytes.
    assertProblem(401, passwordLogin(student.phone(), "密".repeat(64)));
  }

  @Test
  void aLongPasswordForAPhoneWithoutOneIs401() {
    assertProblem(401, passwordLogin(newPhone(), CHINESE_25));
    assertProblem(401, passwordLogin(newStudent().phone(), CHINESE_64));
  }

  @Test
  void bcryptHashesMadeBeforeStillWorkAndAreRehashedAtLogin() {
    Person student = newStudent();
    String legacy = "{bcrypt}" + new BCryptPasswordEncoder().encode("old-password");
    jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
        .param("hash", legacy).param("id", student.id()).update();

    assertProblem(401, passwordLogin(student.phone(), CHINESE_25));
    expect(200, passwordLogin(student.phone(), "old-password"));
    assertThat(hashOf(student)).isNotEqualTo(legacy).doesNotStartWith("{bcrypt}");
    expect(200, passwordLogin(student.phone(), "old-password"));
  }

  @Test
  void wrongCurrentPasswordsCountTowardsTheLoginLock() {
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", "right-password")));
    String hash = hashOf(student);

    for (int i = 0; i < limits.maxFailures(); i++) {
      ApiResponse wrong = assertProblem(400, api.put("/api/me/password", student.token(),
          Map.of("currentPassword", "guess-" + i, "newPassword", "taken-over")));
      assertThat(wrong.fieldInError()).isEqualTo("currentPassword");
    }
    ApiResponse locked = assertProblem(429, api.put("/api/me/password", student.token(),
        Map.of("currentPassword", "right-password", "newPassword", "taken-over")));
    assertThat(Long.parseLong(locked.headers().getFirst("Retry-After"))).isPositive();
    ApiResponse login = assertProblem(429, passwordLogin(student.phone(), "right-password"));
    assertThat(login.headers().getFirst("Retry-After")).isNotBlank();
    assertThat(hashOf(student)).isEqualTo(hash);
  }

  private ApiResponse passwordLogin(String phone, String password) {
    return api.post("/api/auth/login", null, Map.of("phone", phone, "password", password));
  }

  private String hashOf(Person person) {
    return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", person.id()).query(String.class).single();
  }
}
