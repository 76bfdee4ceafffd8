package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentActionsTest extends IntegrationTest {

  @Test
  void twoAdminsAssigningAtOnceLeaveExactlyOneWinner() throws Exception {
    Person student = newStudent();
    Person first = newWorker("WATER_ELECTRIC");
    Person second = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    String otherAdmin = adminToken();

    for (int round = 0; round < 5; round++) {
      String id = requestAt("AWAITING_DISPATCH", student, first);
      List<ApiResponse> answers = race(
          () -> api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", first.id())),
          () -> api.post("/api/requests/" + id + "/assign", otherAdmin, Map.of("workerId", second.id())));

      assertThat(answers).extracting(ApiResponse::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
      ApiResponse winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
      ApiResponse now = api.get("/api/requests/" + id, admin);
      assertThat(now.body().path("worker").path("id").asText())
          .isEqualTo(winner.body().path("worker").path("id").asText());
      assertThat(now.body().path("history").findValuesAsText("action").stream().filter("ASSIGNED"::equals)).hasSize(1);
    }
  }

  @SafeVarargs
  private static List<ApiResponse> race(Callable<ApiResponse>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiResponse>> futures = java.util.Arrays.stream(calls)
          .map(call -> pool.submit(() -> {
            start.await();
            return call.call();
          }))
          .toList();
      start.countDown();
      List<ApiResponse> answers = new java.util.ArrayList<>();
      for (Future<ApiResponse> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
