package cn.campus.repair.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.ArrayList;
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
 * Keepers issuing the last units at once: one wins each unit, the others are told what is left, and
 * stock never goes below zero. Runs on whichever database the suite runs on (TEST_DB_URL: PostgreSQL).
 */
class StockRaceTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Test
  void twoKeepersIssuingTheLastValveAtOnceLeaveOneWinnerAndNoNegativeStock() throws Exception {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    Person worker = newWorker("WATER_ELECTRIC");
    Person firstKeeper = newKeeper();
    Person secondKeeper = newKeeper();

    for (int round = 0; round < 5; round++) {
      String valve = stockroom.part("球阀", "40.00", 0, 1);
      String first = requestWanting(worker, valve, 1);
      String second = requestWanting(worker, valve, 1);

      List<ApiResponse> answers = race(
          () -> api.post("/api/requests/" + first + "/issueParts", firstKeeper.token(), Map.of("warehouseId", stockroom.warehouseId())),
          () -> api.post("/api/requests/" + second + "/issueParts", secondKeeper.token(), Map.of("warehouseId", stockroom.warehouseId())));

      assertThat(answers).extracting(ApiResponse::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
      assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().text("detail")).contains("仅剩 0个");
      assertThat(stockroom.quantity(valve)).isZero();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM stock_movement WHERE part_id = :part AND kind = 'ISSUE'")
          .param("part", valve).query(Long.class).single()).isEqualTo(1);
    }
  }

  @Test
  void manyKeepersIssuingTogetherNeverTakeMoreThanTheShelfHolds() throws Exception {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    Person worker = newWorker("WATER_ELECTRIC");
    String tape = stockroom.part("生料带", "2.00", 0, 5);
    List<Person> keepers = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      keepers.add(newKeeper());
      requests.add(requestWanting(worker, tape, 1));
    }
    List<Callable<ApiResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String request = requests.get(i);
      String token = keepers.get(i).token();
      calls.add(() -> api.post("/api/requests/" + request + "/issueParts", token, Map.of("warehouseId", stockroom.warehouseId())));
    }
    List<ApiResponse> answers = race(calls);

    assertThat(answers.stream().filter(a -> a.status() == 200)).as(answers.toString()).hasSize(5);
    assertThat(answers.stream().filter(a -> a.status() == 409)).as(answers.toString()).hasSize(3);
    assertThat(stockroom.quantity(tape)).isZero();
  }

  private String requestWanting(Person worker, String partId, int quantity) {
    String id = requestAt("IN_PROGRESS", newStudent(), worker);
    ApiResponse asked = api.post("/api/requests/" + id + "/requestParts", worker.token(),
        Map.of("parts", List.of(Map.of("partId", partId, "quantity", quantity))));
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    return id;
  }

  @SafeVarargs
  private static List<ApiResponse> race(Callable<ApiResponse>... calls) throws Exception {
    return race(List.of(calls));
  }

  private static List<ApiResponse> race(List<Callable<ApiResponse>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ApiResponse>> futures = calls.stream()
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
