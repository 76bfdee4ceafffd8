package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The races of one fault, one request: detection is advice, never a lock; a merge has one winner;
 * a follow made twice at once is one follower.
 */
class ConcurrentFollowingTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Test
  void twoStudentsReportingTheSameFaultAtOnceBothSucceed() throws Exception {
    String admin = adminToken();
    String room = new Campus(api, admin).newRoom();
    Person first = newStudent();
    Person second = newStudent();

    List<ApiResponse> answers = race(() -> report(first, room), () -> report(second, room));

    assertThat(answers).extracting(ApiResponse::status).as(answers.toString()).containsExactly(201, 201);
    assertThat(api.get("/api/requests/duplicates?categoryCode=WATER_ELECTRIC&roomId=" + room, newStudent().token())
        .body().path("items")).hasSize(2);
  }

  @Test
  void twoAdminsMergingTheSamePairAtOnceLeaveOneMergeAndAClear409() throws Exception {
    String admin = adminToken();
    String otherAdmin = adminToken();
    for (int round = 0; round < 4; round++) {
      Person keeper = newStudent();
      Person reporter = newStudent();
      String kept = submitted(keeper);
      String duplicate = submitted(reporter);
      boolean opposite = round % 2 == 1;
      List<ApiResponse> answers = race(
          () -> api.post("/api/requests/" + duplicate + "/merge", admin, Map.of("into", kept)),
          () -> opposite
              ? api.post("/api/requests/" + kept + "/merge", otherAdmin, Map.of("into", duplicate))
              : api.post("/api/requests/" + duplicate + "/merge", otherAdmin, Map.of("into", kept)));

      assertThat(answers).extracting(ApiResponse::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
      ApiResponse loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
      assertThat(loser.text("detail")).as(loser.toString()).containsAnyOf("已合并", "已结束");
      long merged = jdbc.sql("SELECT COUNT(*) FROM repair_request WHERE id IN (:ids) AND status = 'MERGED'")
          .param("ids", List.of(kept, duplicate)).query(Long.class).single();
      assertThat(merged).isEqualTo(1);
      long followers = jdbc.sql("SELECT SUM(follower_count) FROM repair_request WHERE id IN (:ids)")
          .param("ids", List.of(kept, duplicate)).query(Long.class).single();
      assertThat(followers).as("the merged one's requester follows the other, once").isEqualTo(1);
    }
  }

  @Test
  void followingTwiceAtOnceMakesOneFollower() throws Exception {
    Person student = newStudent();
    Person follower = newStudent();
    for (int round = 0; round < 4; round++) {
      String id = submitted(student);
      List<ApiResponse> answers = race(
          () -> api.post("/api/requests/" + id + "/follow", follower.token(), null),
          () -> api.post("/api/requests/" + id + "/follow", follower.token(), null),
          () -> api.post("/api/requests/" + id + "/follow", follower.token(), null));

      assertThat(answers).extracting(ApiResponse::status).as(answers.toString()).containsOnly(200);
      assertThat(api.get("/api/requests/" + id, student.token()).body().path("followers").asInt()).isEqualTo(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM request_follower WHERE request_id = :id").param("id", id)
          .query(Long.class).single()).isEqualTo(1);
    }
  }

  private ApiResponse report(Person student, String room) {
    Map<String, Object> body = new HashMap<>();
    body.put("categoryCode", "WATER_ELECTRIC");
    body.put("description", "水管爆了");
    body.put("location", Map.of("roomId", room));
    return api.post("/api/requests", student.token(), body);
  }

  @SafeVarargs
  static List<ApiResponse> race(Callable<ApiResponse>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiResponse>> futures = Arrays.stream(calls)
          .map(call -> pool.submit(() -> {
            start.await();
            return call.call();
          }))
          .toList();
      start.countDown();
      List<ApiResponse> answers = new ArrayList<>();
      for (Future<ApiResponse> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
