package cn.campus.repair.stats;

import static cn.campus.repair.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every KPI on the week of {@link StatsSeed}, whose answers are worked out by hand from its table:
 *
 * <pre>
 * R6 20 Feb  room 101 (A)  completed 12:00 by W1                         (before the week)
 * R1  2 Mar  room 101 (A)  accepted +30m (due +60m), assigned +90m, W1 accepts +120m,
 *                          completed +240m (due +180m: late), rated 5/4
 * R2  4 Mar  room 101 (A)  accepted +60m, assigned W2 +120m, refused +180m "没有配件", assigned W1 +210m,
 *                          W1 accepts +270m, completed +360m (due +420m: on time), rated 3/2
 * R3  5 Mar  room 202 (B)  rejected +10m
 * R4  6 Mar  room 203 (B)  accepted +120m, waits for dispatch
 * R5  7 Mar  room 301 (A)  accepted +20m, assigned W2 +40m, W2 accepts +60m, in progress
 * </pre>
 */
class StatsApiTest extends IntegrationTest {

  private static final String WEEK = "from=2020-03-02&to=2020-03-08";

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private StatsRollups rollups;

  private StatsSeed seed;
  private Person worker1;
  private Person worker2;
  private String admin;

  @BeforeEach
  void seed() {
    worker1 = newWorker("WATER_ELECTRIC");
    worker2 = newWorker("WATER_ELECTRIC");
    admin = adminToken();
    String category = StatsSeed.newCategory();
    expect(201, api.post("/api/categories", admin, java.util.Map.of("code", category, "name", "统计" + category)));
    // Retired at once: the week's requests keep it, and nobody else is offered it (other tests read the list).
    expect(200, api.patch("/api/categories/" + category, admin, java.util.Map.of("active", false)));
    seed = new StatsSeed(jdbc, rollups, category, worker1.id(), worker2.id(), newStudent().id()).write();
  }

  private JsonNode get(String path, String query) {
    ApiResponse response = api.get("/api/stats/" + path + "?" + WEEK + "&category=" + seed.category + query, admin);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  @Test
  void overviewShowsTheWeekAtAGlance() {
    JsonNode overview = get("overview", "");
    assertThat(overview.path("received").asLong()).isEqualTo(5);
    assertThat(overview.path("finished").asLong()).isEqualTo(2);
    assertThat(overview.path("rejected").asLong()).isEqualTo(1);
    assertThat(overview.path("cancelled").asLong()).isZero();
    assertThat(overview.path("backlog").asLong()).isEqualTo(2);
    assertThat(overview.path("completion").path("medianMinutes").asLong()).isEqualTo(240);
    assertThat(overview.path("completion").path("p90Minutes").asLong()).isEqualTo(360);
    assertThat(overview.path("withinServiceLevel").path("total").asLong()).isEqualTo(2);
    assertThat(overview.path("withinServiceLevel").path("share").asDouble()).isEqualTo(0.5);
    assertThat(overview.path("rating").path("count").asLong()).isEqualTo(2);
    assertThat(overview.path("rating").path("result").asDouble()).isEqualTo(4.0);
    assertThat(overview.path("rating").path("efficiency").asDouble()).isEqualTo(3.0);
    assertThat(overview.path("refusals").asLong()).isEqualTo(1);
    assertThat(overview.path("repeats").asLong()).isEqualTo(2);
    assertThat(overview.path("worstBuilding").path("id").asText()).isEqualTo(seed.buildingA);
    assertThat(overview.path("worstBuilding").path("count").asLong()).isEqualTo(3);
    assertThat(overview.path("busiestWorker").path("id").asText()).isEqualTo(worker1.id());
    assertThat(overview.path("busiestWorker").path("count").asLong()).isEqualTo(2);
  }

  @Test
  void backlogIsCountedNowByStatusAndWorkedBackDayByDay() {
    JsonNode backlog = get("backlog", "");
    assertThat(backlog.path("total").asLong()).isEqualTo(2);
    assertThat(texts(backlog.path("byStatus"), "status")).containsExactlyInAnyOrder("AWAITING_DISPATCH", "IN_PROGRESS");
    assertThat(longs(backlog.path("trend"), "count")).containsExactly(0L, 0L, 0L, 0L, 1L, 2L, 2L);
    assertThat(backlog.path("trend").path(0).path("day").asText()).isEqualTo("2020-03-02");
  }

  @Test
  void flowCountsReceivedAndFinishedPerDayAndPerWeek() {
    JsonNode days = get("flow", "").path("buckets");
    assertThat(longs(days, "received")).containsExactly(1L, 0L, 1L, 1L, 1L, 1L, 0L);
    assertThat(longs(days, "finished")).containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 0L);
    JsonNode weeks = get("flow", "&interval=WEEK").path("buckets");
    assertThat(weeks).hasSize(1);
    assertThat(weeks.path(0).path("start").asText()).isEqualTo("2020-03-02");
    assertThat(weeks.path(0).path("received").asLong()).isEqualTo(5);
  }

  @Test
  void durationsAreMediansAndNinetiethPercentilesOfEachStage() {
    JsonNode durations = get("durations", "");
    assertSpread(durations.path("review"), 5, 30, 120);
    assertSpread(durations.path("dispatch"), 4, 30, 60);
    assertSpread(durations.path("answer"), 4, 30, 60);
    assertSpread(durations.path("completion"), 2, 240, 360);
  }

  @Test
  void serviceLevelsCountTheStagesDoneByTheirDueTime() {
    JsonNode levels = get("service-levels", "");
    assertThat(levels.path("review").path("total").asLong()).isEqualTo(1);
    assertThat(levels.path("review").path("onTime").asLong()).isEqualTo(1);
    assertThat(levels.path("repair").path("total").asLong()).isEqualTo(2);
    assertThat(levels.path("repair").path("onTime").asLong()).isEqualTo(1);
    assertThat(levels.path("dispatch").path("total").asLong()).isZero();
    assertThat(levels.path("dispatch").path("share").isNull()).isTrue();
  }

  @Test
  void categoriesAndBuildingsCarryVolumesAndRatings() {
    JsonNode categories = get("categories", "");
    assertThat(categories).hasSize(1);
    assertThat(categories.path(0).path("name").asText()).startsWith("统计");
    assertThat(categories.path(0).path("received").asLong()).isEqualTo(5);
    assertThat(categories.path(0).path("rating").path("result").asDouble()).isEqualTo(4.0);
    JsonNode buildings = get("buildings", "");
    assertThat(texts(buildings, "id")).containsExactly(seed.buildingA, seed.buildingB);
    assertThat(longs(buildings, "received")).containsExactly(3L, 2L);
    assertThat(longs(buildings, "finished")).containsExactly(2L, 0L);
    assertThat(longs(buildings, "backlog")).containsExactly(1L, 1L);
    assertThat(buildings.path(0).path("name").asText()).startsWith("统计甲楼");
  }

  @Test
  void workersShowLoadOutputRefusalsAndRatings() {
    JsonNode workers = get("workers", "");
    assertThat(texts(workers, "id")).containsExactly(worker1.id(), worker2.id());
    JsonNode first = workers.path(0);
    assertThat(first.path("load").asLong()).isZero();
    assertThat(first.path("assigned").asLong()).isEqualTo(2);
    assertThat(first.path("finished").asLong()).isEqualTo(2);
    assertThat(first.path("rating").path("result").asDouble()).isEqualTo(4.0);
    assertSpread(first.path("repair"), 2, 90, 120);
    JsonNode second = workers.path(1);
    assertThat(second.path("load").asLong()).isEqualTo(1);
    assertThat(second.path("assigned").asLong()).isEqualTo(2);
    assertThat(second.path("refused").asLong()).isEqualTo(1);
    assertThat(second.path("rating").path("count").asLong()).isZero();
    JsonNode one = get("workers", "&workerId=" + worker2.id());
    assertThat(texts(one, "id")).containsExactly(worker2.id());
  }

  @Test
  void workersWithoutACategoryOrBuildingAreReadPerWorkerAndDay() {
    ApiResponse response = api.get("/api/stats/workers?" + WEEK, admin);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> ours = StreamSupport.stream(response.body().spliterator(), false)
        .filter(w -> List.of(worker1.id(), worker2.id()).contains(w.path("id").asText())).toList();
    assertThat(ours).extracting(w -> w.path("id").asText()).containsExactly(worker1.id(), worker2.id());
    JsonNode first = ours.get(0);
    assertThat(first.path("assigned").asLong()).isEqualTo(2);
    assertThat(first.path("finished").asLong()).isEqualTo(2);
    assertThat(first.path("rating").path("count").asLong()).isEqualTo(2);
    assertThat(first.path("rating").path("result").asDouble()).isEqualTo(4.0);
    assertThat(first.path("rating").path("efficiency").asDouble()).isEqualTo(3.0);
    assertSpread(first.path("repair"), 2, 90, 120);
    JsonNode second = ours.get(1);
    assertThat(second.path("load").asLong()).isEqualTo(1);
    assertThat(second.path("refused").asLong()).isEqualTo(1);
    assertThat(second.path("finished").asLong()).isZero();
    assertThat(second.path("rating").path("count").asLong()).isZero();
  }

  @Test
  void refusalsGiveTheirReasonsAndWorkers() {
    JsonNode refusals = get("refusals", "");
    assertThat(refusals.path("total").asLong()).isEqualTo(1);
    assertThat(refusals.path("reasons").path(0).path("reason").asText()).isEqualTo("没有配件");
    assertThat(refusals.path("byWorker").path(0).path("id").asText()).isEqualTo(worker2.id());
    assertThat(get("refusals", "&workerId=" + worker1.id()).path("total").asLong()).isZero();
  }

  @Test
  void repeatFaultsAreTheSameRoomAndCategoryWithinThirtyDays() {
    JsonNode repeats = get("repeats", "");
    assertThat(repeats.path("total").asLong()).isEqualTo(2);
    assertThat(repeats.path("places")).hasSize(1);
    assertThat(repeats.path("places").path(0).path("room").asText()).isEqualTo("101");
    assertThat(repeats.path("places").path(0).path("count").asLong()).isEqualTo(2);
    assertThat(repeats.path("places").path(0).path("buildingName").asText()).isEqualTo("统计甲楼");
    assertThat(get("repeats", "&buildingId=" + seed.buildingA)).as("kept as they were filed").isEqualTo(repeats);
    assertThat(get("repeats", "&buildingId=" + seed.buildingB).path("total").asLong()).isZero();
    JsonNode worker1Repeats = get("repeats", "&workerId=" + worker1.id());
    assertThat(worker1Repeats).as("R1 and R2 are given to W1: walked from the requests").isEqualTo(repeats);
    assertThat(get("repeats", "&workerId=" + worker2.id()).path("total").asLong()).isZero();
  }

  @Test
  void theRequestsBehindEachNumberAreListed() {
    assertThat(numbers(get("requests", "&measure=RECEIVED"))).hasSize(5);
    assertThat(numbers(get("requests", "&measure=FINISHED"))).hasSize(2);
    assertThat(numbers(get("requests", "&measure=REPEAT"))).hasSize(2);
    JsonNode inProgress = get("requests", "&measure=BACKLOG&status=IN_PROGRESS");
    assertThat(inProgress.path("total").asLong()).isEqualTo(1);
    assertThat(inProgress.path("items").path(0).path("room").asText()).isEqualTo("301");
    JsonNode refused = get("requests", "&measure=REFUSED&workerId=" + worker2.id());
    assertThat(refused.path("items").path(0).path("room").asText()).isEqualTo("101");
    assertThat(refused.path("items").path(0).path("finishedAt").asText()).isNotEmpty();
    JsonNode secondPage = get("requests", "&measure=RECEIVED&page=1&size=2");
    assertThat(secondPage.path("items")).hasSize(2);
    assertThat(secondPage.path("total").asLong()).isEqualTo(5);
  }

  @Test
  void exportsOpenAsSpreadsheetAndCsvWithTheSameRows() throws IOException {
    String query = "?" + WEEK + "&category=" + seed.category + "&measure=RECEIVED";
    byte[] xlsx = api.download("/api/stats/requests.xlsx" + query, admin);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单号");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      List<String> statuses = new ArrayList<>();
      for (Row row : sheet) {
        statuses.add(row.getCell(1).getStringCellValue());
      }
      assertThat(statuses).contains("维修中", "已驳回", "待派工");
    }
    byte[] csv = api.download("/api/stats/requests.csv" + query, admin);
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)) {
      List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().get().parse(reader).getRecords();
      assertThat(records).hasSize(5);
      assertThat(records).extracting(r -> r.get("房间")).containsExactlyInAnyOrder("101", "101", "202", "203", "301");
    }
  }

  @Test
  void onlyAdminsReadTheNumbers() {
    assertProblem(401, api.get("/api/stats/overview", null));
    assertProblem(403, api.get("/api/stats/overview", worker1.token()));
    assertProblem(403, api.get("/api/stats/requests.xlsx", newStudent().token()));
  }

  @Test
  void badPeriodsAndFiltersAreRefusedNamingTheField() {
    assertField("from", "from=2020-13-01");
    assertField("to", "from=2020-03-08&to=2020-03-01");
    assertField("from", "from=2019-01-01&to=2020-03-01");
    assertField("category", "category=NO_SUCH_CATEGORY");
    assertField("category", "category=" + "x".repeat(200));
    assertField("workerId", "workerId=" + newStudent().id());
    assertField("buildingId", "buildingId=%27%20OR%201=1");
    assertField("interval", "interval=YEAR");
    assertThat(assertProblem(400, api.get("/api/stats/requests?measure=ALL", admin)).fieldInError()).isEqualTo("measure");
    assertThat(assertProblem(400, api.get("/api/stats/requests?status=BROKEN", admin)).fieldInError()).isEqualTo("status");
    assertThat(assertProblem(400, api.get("/api/stats/requests?size=101", admin)).fieldInError()).isEqualTo("size");
    assertThat(assertProblem(400, api.get("/api/stats/requests.csv?status=BROKEN", admin)).fieldInError())
        .isEqualTo("status");
    assertProblem(405, api.post("/api/stats/overview", admin, java.util.Map.of("from", "2020-01-01")));
  }

  /**
   * Every stats call with each parameter set to values a careless or hostile caller sends: no
   * answer is a server error, every refusal is problem+json with a Chinese detail.
   */
  @Test
  void oddParametersAreNeverAServerError() {
    List<String> paths = List.of("overview", "backlog", "flow", "durations", "service-levels", "categories",
        "buildings", "workers", "refusals", "repeats", "requests", "requests.csv", "requests.xlsx");
    List<String> parameters = List.of("from", "to", "category", "buildingId", "workerId", "interval", "measure",
        "status", "page", "size");
    List<String> values = List.of("", "%20", "%27%20OR%201=1--", "%00", "2020-02-30", "-1", "99999999999999999999",
        "%E6%B0%B4%E7%94%B5", "NaN", "..%2F..%2Fetc", "x".repeat(3000), "2020-03-02&from=2020-03-03");
    java.util.Random random = new java.util.Random(21);
    for (String path : paths) {
      for (int i = 0; i < 12; i++) {
        String query = parameters.get(random.nextInt(parameters.size())) + "=" + values.get(random.nextInt(values.size()))
            + "&" + parameters.get(random.nextInt(parameters.size())) + "=" + values.get(random.nextInt(values.size()));
        ApiResponse response = api.get("/api/stats/" + path + "?" + query, admin);
        assertThat(response.status()).as(path + "?" + query + " → " + response).isLessThan(500);
        if (response.status() >= 400) {
          cn.campus.repair.support.Problems.assertIsProblem(path + "?" + query, response);
        }
      }
    }
  }

  private void assertField(String field, String query) {
    ApiResponse response = api.get("/api/stats/flow?" + query, admin);
    assertThat(assertProblem(400, response).fieldInError()).as(response.toString()).isEqualTo(field);
  }

  private static void assertSpread(JsonNode spread, long count, long median, long p90) {
    assertThat(spread.path("count").asLong()).as(spread.toString()).isEqualTo(count);
    assertThat(spread.path("medianMinutes").asLong()).as(spread.toString()).isEqualTo(median);
    assertThat(spread.path("p90Minutes").asLong()).as(spread.toString()).isEqualTo(p90);
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
  }

  private static List<Long> longs(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asLong()).toList();
  }

  private static List<String> numbers(JsonNode page) {
    return texts(page.path("items"), "number");
  }
}
