package cn.campus.repair.dispatch;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Pages far beyond the end of a list are empty, however far: page × size never overflows. */
class WorkerPagingTest extends IntegrationTest {

  @Test
  void aPageBeyondTheEndIsEmptyHoweverLarge() {
    String admin = adminToken();
    newWorker("WATER_ELECTRIC");
    for (String page : new String[] {"21474837", "2147483647"}) {
      ApiResponse workers = expect(200, api.get("/api/workers?size=100&page=" + page, admin));
      assertThat(workers.body().path("items")).isEmpty();
      assertThat(workers.body().path("total").asLong()).isPositive();
      assertThat(expect(200, api.get("/api/requests?size=100&page=" + page, admin)).body().path("items")).isEmpty();
    }
    assertThat(assertProblem(400, api.get("/api/workers?page=2147483648", admin)).fieldInError()).isEqualTo("page");
  }
}
