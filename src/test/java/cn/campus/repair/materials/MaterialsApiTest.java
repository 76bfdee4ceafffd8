package cn.campus.repair.materials;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue, stock, receipts, counts, issuing and returning parts, and what each of them refuses. */
class MaterialsApiTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Test
  void aWorkerAsksForAValveTheKeeperIssuesItStockDropsByOneAndTheRequestShowsItsCost() {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String valve = stockroom.part("球阀", "48.00", 0, 3);
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    Person keeper = newKeeper();
    String id = requestAt("IN_PROGRESS", student, worker);

    ApiResponse asked = expect(200, api.post("/api/requests/" + id + "/requestParts", worker.token(),
        Map.of("parts", List.of(Map.of("partId", valve, "quantity", 1)), "note", "阀门锈死")));
    assertThat(asked.text("status")).isEqualTo("AWAITING_PARTS");
    assertThat(asked.body().path("parts").path("estimate").decimalValue()).isEqualByComparingTo("48.00");

    ApiResponse seen = expect(200, api.get("/api/requests/" + id, keeper.token()));
    assertThat(seen.body().path("allowedActions").toString()).contains("issueParts");
    expect(200, api.post("/api/requests/" + id + "/issueParts", keeper.token(), Map.of("warehouseId", stockroom.warehouseId())));
    assertThat(stockroom.quantity(valve)).isEqualTo(2);
    awaitSms(worker.phone(), "PARTS_READY", 1);

    ApiResponse done = expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "换新阀门")));
    assertThat(done.body().path("parts").path("cost").decimalValue()).isEqualByComparingTo("48.00");
    assertThat(expect(200, api.get("/api/requests/" + id, student.token())).body().path("parts").path("cost")
        .decimalValue()).isEqualByComparingTo("48.00");

    ApiResponse report = expect(200, api.get("/api/materials/report", adminToken()));
    var line = java.util.stream.StreamSupport.stream(report.body().path("parts").spliterator(), false)
        .filter(part -> part.path("partId").asText().equals(valve)).findFirst().orElseThrow();
    assertThat(line.path("used").asInt()).isEqualTo(1);
    assertThat(line.path("cost").decimalValue()).isEqualByComparingTo("48.00");
    assertThat(report.body().path("cost").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("48.00"));
    assertRefused(403, api.get("/api/materials/report", keeper.token()));
  }

  @Test
  void issuingMoreThanIsInStockIsAConflictSayingWhatIsLeftAndChangesNothing() {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String valve = stockroom.part("闸阀", "60.00", 0, 1);
    Person worker = newWorker("WATER_ELECTRIC");
    Person keeper = newKeeper();
    String id = requestAt("IN_PROGRESS", newStudent(), worker);
    expect(200, api.post("/api/requests/" + id + "/requestParts", worker.token(),
        Map.of("parts", List.of(Map.of("partId", valve, "quantity", 2)))));

    ApiResponse refused = api.post("/api/requests/" + id + "/issueParts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId()));
    assertRefused(409, refused);
    assertThat(refused.text("detail")).contains("仅剩 1个").contains("需要 2个");
    assertThat(stockroom.quantity(valve)).isEqualTo(1);
    assertThat(expect(200, api.get("/api/requests/" + id, keeper.token())).text("status")).isEqualTo("AWAITING_PARTS");
  }

  @Test
  void theWrongPartyOrRoleOrStateIsRefused() {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String valve = stockroom.part("角阀", "12.00", 0, 5);
    Person worker = newWorker("WATER_ELECTRIC");
    Person other = newWorker("WATER_ELECTRIC");
    Person keeper = newKeeper();
    Person student = newStudent();
    String id = requestAt("IN_PROGRESS", student, worker);
    Map<String, Object> ask = Map.of("parts", List.of(Map.of("partId", valve, "quantity", 1)));

    assertRefused(403, api.post("/api/requests/" + id + "/requestParts", other.token(), ask));
    assertRefused(403, api.post("/api/requests/" + id + "/requestParts", student.token(), ask));
    assertRefused(403, api.post("/api/requests/" + id + "/requestParts", keeper.token(), ask));
    assertRefused(409, api.post("/api/requests/" + id + "/issueParts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId())));
    assertRefused(403, api.post("/api/requests/" + id + "/issueParts", worker.token(),
        Map.of("warehouseId", stockroom.warehouseId())));
    assertRefused(403, api.get("/api/requests/" + requestAt("IN_PROGRESS", student, worker), keeper.token()));
    assertRefused(403, api.get("/api/requests", keeper.token()));

    assertRefused(403, api.post("/api/materials/parts", worker.token(), part("三通")));
    assertRefused(403, api.post("/api/materials/receipts", worker.token(),
        Map.of("warehouseId", stockroom.warehouseId(), "partId", valve, "quantity", 1)));
    assertRefused(403, api.get("/api/materials/parts", student.token()));
    assertRefused(403, api.post("/api/materials/warehouses", keeper.token(), Map.of("name", "二号库")));
    expect(200, api.get("/api/materials/parts", worker.token()));
    expect(201, api.post("/api/materials/receipts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId(), "partId", valve, "quantity", 1)));
  }

  @Test
  void badQuantitiesUnknownPartsAndMalformedBodiesAreRefusedAndChangeNothing() {
    String admin = adminToken();
    Stockroom stockroom = Stockroom.create(api, admin);
    String valve = stockroom.part("止回阀", "20.00", 0, 2);
    Person worker = newWorker("WATER_ELECTRIC");
    String id = requestAt("IN_PROGRESS", newStudent(), worker);
    String ask = "/api/requests/" + id + "/requestParts";

    assertField(api.post(ask, worker.token(), Map.of("parts", List.of(Map.of("partId", valve, "quantity", 0)))), 400, "parts[0].quantity");
    assertField(api.post(ask, worker.token(), Map.of("parts", List.of(Map.of("partId", valve, "quantity", -3)))), 400, "parts[0].quantity");
    assertField(api.post(ask, worker.token(), Map.of("parts", List.of(Map.of("partId", "nope", "quantity", 1)))), 400, "parts[0].partId");
    assertField(api.post(ask, worker.token(), Map.of("parts", List.of(Map.of("quantity", 1)))), 400, "parts[0].partId");
    assertField(api.post(ask, worker.token(), Map.of("parts", List.of())), 400, "parts");
    assertRefused(400, api.post(ask, worker.token(), "{\"parts\": [{\"partId\": \"" + valve + "\", \"quantity\": 1, \"quantity\": 2}]}"));
    assertRefused(400, api.post(ask, worker.token(), "{\"parts\": "));
    assertRefused(413, api.post(ask, worker.token(), Map.of("parts", List.of(Map.of("name", "x".repeat(200_000), "quantity", 1)))));

    assertField(api.post("/api/materials/receipts", admin,
        Map.of("warehouseId", stockroom.warehouseId(), "partId", valve, "quantity", 0)), 400, "quantity");
    assertField(api.post("/api/materials/receipts", admin,
        Map.of("warehouseId", stockroom.warehouseId(), "partId", "nope", "quantity", 1)), 400, "partId");
    assertField(api.post("/api/materials/receipts", admin,
        Map.of("warehouseId", "nope", "partId", valve, "quantity", 1)), 400, "warehouseId");
    assertField(api.post("/api/materials/counts", admin,
        Map.of("warehouseId", stockroom.warehouseId(), "partId", valve, "counted", -1)), 400, "counted");
    Map<String, Object> negative = new HashMap<>(part("弯头"));
    negative.put("unitPrice", -1);
    assertField(api.post("/api/materials/parts", admin, negative), 400, "unitPrice");
    negative.put("unitPrice", 1.234);
    assertField(api.post("/api/materials/parts", admin, negative), 400, "unitPrice");
    assertRefused(400, api.post("/api/materials/parts", admin, "{\"name\": \"a\", \"name\": \"b\", \"unit\": \"个\", \"unitPrice\": 1, \"minStock\": 0}"));
    expect(201, api.post("/api/materials/parts", admin, part("弯头")));
    assertRefused(409, api.post("/api/materials/parts", admin, part("弯头")));

    assertThat(stockroom.quantity(valve)).isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM request_part WHERE request_id = :id").param("id", id)
        .query(Long.class).single()).isZero();
  }

  @Test
  void recordingMoreUsedThanIssuedIsRefusedAndTheRepairStaysOpen() {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String valve = stockroom.part("截止阀", "30.00", 0, 5);
    Person worker = newWorker("WATER_ELECTRIC");
    String id = requestAt("IN_PROGRESS", newStudent(), worker);
    expect(200, api.post("/api/requests/" + id + "/requestParts", worker.token(),
        Map.of("parts", List.of(Map.of("partId", valve, "quantity", 2)))));
    expect(200, api.post("/api/requests/" + id + "/issueParts", newKeeper().token(), Map.of("warehouseId", stockroom.warehouseId())));
    String line = expect(200, api.get("/api/requests/" + id, worker.token())).body().path("parts").path("lines").get(0).path("id").asText();

    assertField(api.post("/api/requests/" + id + "/complete", worker.token(),
        Map.of("parts", List.of(Map.of("lineId", line, "used", 3)))), 400, "parts[0].used");
    assertField(api.post("/api/requests/" + id + "/complete", worker.token(),
        Map.of("parts", List.of(Map.of("lineId", "nope", "used", 1)))), 400, "parts[0].lineId");
    assertThat(expect(200, api.get("/api/requests/" + id, worker.token())).text("status")).isEqualTo("IN_PROGRESS");
    assertThat(stockroom.quantity(valve)).isEqualTo(3);
  }

  @Test
  void aRefusalForPartsNeedsPartsAndOtherNeedsAReason() {
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String valve = stockroom.part("排水阀", "10.00", 0, 5);
    Person worker = newWorker("WATER_ELECTRIC");
    String id = requestAt("ASSIGNED", newStudent(), worker);
    String refuse = "/api/requests/" + id + "/refuse";

    assertField(api.post(refuse, worker.token(), Map.of("category", "PARTS")), 400, "parts");
    assertField(api.post(refuse, worker.token(), Map.of("category", "OTHER")), 400, "reason");
    assertField(api.post(refuse, worker.token(), Map.of("category", "NOT_MY_SPECIALTY",
        "parts", List.of(Map.of("partId", valve, "quantity", 1)))), 400, "parts");
    assertField(api.post(refuse, worker.token(), Map.of("category", "LAZY")), 400, "category");

    ApiResponse refused = expect(200, api.post(refuse, worker.token(), Map.of("category", "PARTS",
        "parts", List.of(Map.of("partId", valve, "quantity", 1)))));
    assertThat(refused.text("status")).isEqualTo("AWAITING_PARTS");
    assertThat(refused.body().path("worker").path("id").asText()).isEqualTo(worker.id());
  }

  @Test
  void theKeepersAreTextedOnceWhenAPartFallsUnderItsMinimumAndAgainAfterARefill() {
    Person keeper = newKeeper();
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String fuse = stockroom.part("保险丝", "1.50", 3, 4);
    Person worker = newWorker("WATER_ELECTRIC");
    for (int i = 0; i < 3; i++) {
      String id = requestAt("IN_PROGRESS", newStudent(), worker);
      expect(200, api.post("/api/requests/" + id + "/requestParts", worker.token(),
          Map.of("parts", List.of(Map.of("partId", fuse, "quantity", 1)))));
      expect(200, api.post("/api/requests/" + id + "/issueParts", keeper.token(), Map.of("warehouseId", stockroom.warehouseId())));
    }
    assertThat(stockroom.quantity(fuse)).isEqualTo(1);
    assertThat(lowStockTextsTo(keeper)).as("4 → 3 → 2 → 1 crosses the minimum of 3 once").isEqualTo(1);

    stockroom.receive(fuse, 10);
    expect(201, api.post("/api/materials/counts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId(), "partId", fuse, "counted", 2, "note", "盘点少了9个")));
    assertThat(lowStockTextsTo(keeper)).as("a count under the minimum after a refill texts again").isEqualTo(2);
    ApiResponse low = expect(200, api.get("/api/materials/stock?low=true&warehouseId=" + stockroom.warehouseId(), keeper.token()));
    assertThat(low.body().findValuesAsText("id")).contains(fuse);
  }

  @Test
  void theMovementsAreListedAndExportedAsASpreadsheetWithWhoAndWhen() throws Exception {
    Person keeper = newKeeper();
    Stockroom stockroom = Stockroom.create(api, adminToken());
    String pipe = stockroom.part("PPR管", "8.00", 0, 0);
    expect(201, api.post("/api/materials/receipts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId(), "partId", pipe, "quantity", 20, "note", "月度采购")));
    ApiResponse count = expect(201, api.post("/api/materials/counts", keeper.token(),
        Map.of("warehouseId", stockroom.warehouseId(), "partId", pipe, "counted", 18)));
    assertThat(count.body().path("difference").asInt()).isEqualTo(-2);

    ApiResponse movements = expect(200, api.get("/api/materials/movements?partId=" + pipe, keeper.token()));
    assertThat(movements.body().path("items").findValuesAsText("kind")).containsExactly("ADJUSTMENT", "RECEIPT");
    assertThat(movements.body().path("items").get(1).path("actorName").asText()).startsWith("库管");
    assertThat(movements.body().path("items").get(1).path("balance").asInt()).isEqualTo(20);

    byte[] sheet = api.download("/api/materials/movements.xlsx?partId=" + pipe, keeper.token());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Sheet rows = workbook.getSheetAt(0);
      assertThat(rows.getRow(0).getCell(1).getStringCellValue()).isEqualTo("类型");
      assertThat(rows.getRow(1).getCell(1).getStringCellValue()).isEqualTo("盘点调整");
      assertThat(rows.getRow(2).getCell(1).getStringCellValue()).isEqualTo("入库");
      assertThat(rows.getRow(2).getCell(8).getStringCellValue()).isEqualTo("月度采购");
    }
    assertField(api.get("/api/materials/movements?from=2026-05-01&to=2026-04-01", keeper.token()), 400, "to");
  }

  private long lowStockTextsTo(Person keeper) {
    return jdbc.sql("SELECT COUNT(*) FROM sms_message WHERE phone = :phone AND template = 'LOW_STOCK'")
        .param("phone", keeper.phone()).query(Long.class).single();
  }

  private static Map<String, Object> part(String name) {
    return Map.of("name", name, "spec", "DN20", "unit", "个", "unitPrice", 5, "minStock", 0);
  }

  static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(response.toString()).isTrue();
    assertThat(response.text("detail")).isNotBlank();
  }

  static void assertField(ApiResponse response, int status, String field) {
    assertRefused(status, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
  }
}
