package cn.campus.repair.outage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A notice closed for a building with 2,000 followers: its texts are queued in the closing
 * transaction, the close answers without waiting for them, and they drain in the background; an
 * admin's close racing the expiry job still texts each follower once. Prints the figures.
 */
class OutageTextsAtScaleTest extends IntegrationTest {

  private static final int FOLLOWERS = 2_000;

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private NoticeExpiry expiry;

  @Test
  void twoThousandFollowersAreQueuedInOneCloseAndDrainedInTheBackground() {
    String admin = adminToken();
    String building = new Campus(api, admin).building(new Campus(api, admin).area());
    String id = expect(201, api.post("/api/notices", admin,
        OutageNoticesApiTest.notice("buildingId", building, OutageNoticesApiTest.in(4)))).text("id");
    List<String> phones = followers(id, FOLLOWERS);

    long closeStarted = System.nanoTime();
    expect(200, api.post("/api/notices/" + id + "/close", admin, null));
    long closeMillis = (System.nanoTime() - closeStarted) / 1_000_000;
    long queued = jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE event_key LIKE :key")
        .param("key", "outage-ended:" + id + ":%").query(Long.class).single();
    assertThat(queued).isEqualTo(FOLLOWERS);

    long otherRequestStarted = System.nanoTime();
    expect(200, api.get("/api/notices", admin));
    long otherMillis = (System.nanoTime() - otherRequestStarted) / 1_000_000;

    Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql("""
            SELECT COUNT(*) FROM sms_message WHERE event_key LIKE :key AND status = 'SENT'""")
        .param("key", "outage-ended:" + id + ":%").query(Long.class).single() == FOLLOWERS);
    long drainMillis = (System.nanoTime() - closeStarted) / 1_000_000;
    long delivered = jdbc.sql("SELECT COUNT(DISTINCT phone) FROM sms_outbox WHERE template = 'OUTAGE_ENDED' AND phone IN (:phones)")
        .param("phones", phones).query(Long.class).single();
    assertThat(delivered).isEqualTo(FOLLOWERS);
    System.out.printf("Outage notice with %d followers: close answered in %d ms (texts queued), a request during"
        + " the drain in %d ms, all texts sent %d ms after the close%n", FOLLOWERS, closeMillis, otherMillis, drainMillis);
  }

  @Test
  void aCloseRacingTheExpiryJobTextsEachFollowerOnce() throws Exception {
    String admin = adminToken();
    String building = new Campus(api, admin).building(new Campus(api, admin).area());
    for (int round = 0; round < 3; round++) {
      String id = expect(201, api.post("/api/notices", admin,
          OutageNoticesApiTest.notice("buildingId", building, OutageNoticesApiTest.in(1)))).text("id");
      followers(id, 20);
      jdbc.sql("UPDATE outage_notice SET ends_at = :now WHERE id = :id")
          .param("now", Timestamp.from(Instant.now())).param("id", id).update();
      CompletableFuture<Integer> job = CompletableFuture.supplyAsync(expiry::endExpired);
      CompletableFuture<Integer> otherNode = CompletableFuture.supplyAsync(expiry::endExpired);
      ApiResponse close = api.post("/api/notices/" + id + "/close", admin, null);
      job.get();
      otherNode.get();

      assertThat(close.status()).as(close.toString()).isIn(200, 409);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE event_key LIKE :key")
          .param("key", "outage-ended:" + id + ":%").query(Long.class).single()).isEqualTo(20);
    }
  }

  /** Followers made straight in the database: 2,000 logins through the API would test the logins. */
  private List<String> followers(String noticeId, int count) {
    List<String> phones = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    for (int i = 0; i < count; i++) {
      String phone = newPhone();
      String userId = "f" + phone;
      phones.add(phone);
      jdbc.sql("""
              INSERT INTO app_user (id, phone, name, role, created_at, updated_at)
              VALUES (:id, :phone, '关注者', 'USER', :now, :now)""")
          .param("id", userId).param("phone", phone).param("now", now).update();
      jdbc.sql("INSERT INTO outage_follower (notice_id, user_id, created_at) VALUES (:notice, :user, :now)")
          .param("notice", noticeId).param("user", userId).param("now", now).update();
    }
    jdbc.sql("UPDATE outage_notice SET follower_count = :count WHERE id = :id")
        .param("count", count).param("id", noticeId).update();
    return phones;
  }
}
