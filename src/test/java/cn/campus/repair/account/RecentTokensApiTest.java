package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.common.Hashes;
import cn.campus.repair.common.Times;
import cn.campus.repair.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node remembers the tokens it checked in the last second ({@link RecentTokens}). What it changes
 * itself it refuses at once, however lately the token was used; what another node changes (here: the
 * database, changed behind the service's back) it honours within a second.
 */
class RecentTokensApiTest extends IntegrationTest {

  /** The setting (a second) and some slack for a loaded machine. */
  private static final Duration WITHIN_A_SECOND = Duration.ofMillis(1500);

  @Autowired
  private JdbcClient jdbc;

  @Test
  void aTokenUsedAMomentAgoIsRefusedRightAfterItsLogout() {
    Person student = newStudent();
    expect(200, api.get("/api/me", student.token()));
    expect(204, api.post("/api/auth/logout", student.token(), null));
    expect(401, api.get("/api/me", student.token()));
  }

  @Test
  void aDeactivatedWorkersTokenUsedAMomentAgoIsRefusedAtOnce() {
    String admin = adminToken();
    Person worker = newWorker("WATER_ELECTRIC");
    expect(200, api.get("/api/me", worker.token()));
    expect(200, api.post("/api/staff/" + worker.id() + "/deactivate", admin, null));
    expect(401, api.get("/api/me", worker.token()));
  }

  @Test
  void aNewPasswordEndsTheOtherSessionsAtOnceEvenJustUsed() {
    Person student = newStudent();
    expect(204, api.put("/api/me/password", student.token(), Map.of("newPassword", "first-password")));
    String other = expect(200, api.post("/api/auth/login", null,
        Map.of("phone", student.phone(), "password", "first-password"))).text("token");
    expect(200, api.get("/api/me", other));
    expect(204, api.put("/api/me/password", student.token(),
        Map.of("currentPassword", "first-password", "newPassword", "second-password")));
    expect(401, api.get("/api/me", other));
    expect(200, api.get("/api/me", student.token()));
  }

  @Test
  void aNewRoleCountsFromTheNextCall() {
    String admin = adminToken();
    Person keeper = newKeeper();
    expect(200, api.get("/api/materials/movements", keeper.token()));
    expect(200, api.patch("/api/staff/" + keeper.id(), admin, Map.of("role", "WORKER")));
    expect(403, api.get("/api/materials/movements", keeper.token()));
  }

  @Test
  void aTokenDeletedByAnotherNodeIsRefusedWithinASecond() {
    Person student = newStudent();
    expect(200, api.get("/api/me", student.token()));
    jdbc.sql("DELETE FROM auth_token WHERE token_hash = :hash").param("hash", Hashes.sha256(student.token())).update();
    awaitRefused(student.token());
  }

  @Test
  void anAccountDeactivatedByAnotherNodeIsRefusedWithinASecond() {
    Person student = newStudent();
    expect(200, api.get("/api/me", student.token()));
    jdbc.sql("UPDATE app_user SET deactivated_at = :now WHERE id = :id")
        .param("now", Times.toDb(Instant.now()))
        .param("id", student.id())
        .update();
    awaitRefused(student.token());
  }

  private void awaitRefused(String token) {
    Awaitility.await().atMost(WITHIN_A_SECOND).pollInterval(Duration.ofMillis(50))
        .until(() -> api.get("/api/me", token).status() == 401);
  }
}
