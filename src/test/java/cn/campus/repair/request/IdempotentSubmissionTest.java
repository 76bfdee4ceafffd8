package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotentSubmissionTest extends IntegrationTest {

  private static final Map<String, Object> BODY = Map.of(
      "categoryCode", "NETWORK", "description", "寝室无法上网", "location", Map.of("building", "3号楼", "room", "502"));

  @Test
  void aRetriedSubmissionAnswersTheFirstRequestAndCreatesNothing() {
    Person student = newStudent();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

    ApiResponse first = api.post("/api/requests", student.token(), BODY, key);
    ApiResponse retry = api.post("/api/requests", student.token(), BODY, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.text("id")).isEqualTo(first.text("id"));
    assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.get("/api/requests", student.token()).body().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void concurrentRetriesCreateOneRequest() throws Exception {
    Person student = newStudent();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        calls.add(pool.submit(() -> api.post("/api/requests", student.token(), BODY, key)));
      }
      List<String> ids = new ArrayList<>();
      for (Future<ApiResponse> call : calls) {
        ApiResponse answer = call.get();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        ids.add(answer.text("id"));
      }
      assertThat(ids).containsOnly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.get("/api/requests", student.token()).body().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void aKeyReusedForADifferentBodyIsRefused() {
    Person student = newStudent();
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    expect(201, api.post("/api/requests", student.token(), BODY, key));

    ApiResponse other = api.post("/api/requests", student.token(),
        Map.of("categoryCode", "OTHER", "description", "别的事", "location", Map.of("building", "1号楼")), key);

    assertThat(other.status()).isEqualTo(422);
    assertThat(api.get("/api/requests", student.token()).body().path("total").asLong()).isEqualTo(1);
  }

  @Test
  void withoutAKeyEachSubmissionIsANewRequest() {
    Person student = newStudent();
    expect(201, api.post("/api/requests", student.token(), BODY));
    expect(201, api.post("/api/requests", student.token(), BODY));
    assertThat(api.get("/api/requests", student.token()).body().path("total").asLong()).isEqualTo(2);
  }
}
