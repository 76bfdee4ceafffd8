package cn.campus.repair.places;

import static cn.campus.repair.places.PlacesApiTest.assertField;
import static cn.campus.repair.places.PlacesApiTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Admins import a campus from a spreadsheet: all of it, or nothing and a report of why. */
class ImportApiTest extends IntegrationTest {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Test
  void aWorkbookCreatesTheCampusAndAgainUpdatesOnlyWhatChanged() throws Exception {
    String admin = adminToken();
    String area = Campus.unique("东校区");
    byte[] file = Spreadsheets.workbook(
        List.of(List.of(area, "1号楼", "宿舍", "27.91", "120.70"), List.of(area, "实验楼A", "LAB", "", "")),
        List.of(List.of(area, "1号楼", "1", "101", "", "宿舍"), List.of(area, "1号楼", "1", "102", "", "宿舍"),
            List.of(area, "实验楼A", "2", "201", "化学实验室", "实验室")));

    ApiResponse trial = expect(200, importFile(admin, "campus.xlsx", file, true));
    assertThat(trial.body().path("applied").asBoolean()).isFalse();
    assertThat(trial.body().path("created").asInt()).isEqualTo(5);
    assertThat(buildingsIn(admin, area)).isEmpty();

    ApiResponse done = expect(200, importFile(admin, "campus.xlsx", file, false));
    assertThat(done.body().path("applied").asBoolean()).isTrue();
    assertThat(done.body().path("created").asInt()).isEqualTo(5);
    JsonNode row = done.body().path("rows").path(2);
    assertThat(row.path("sheet").asText()).isEqualTo("房间");
    assertThat(row.path("row").asInt()).isEqualTo(2);
    assertThat(row.path("action").asText()).isEqualTo("CREATED");
    List<JsonNode> buildings = buildingsIn(admin, area);
    assertThat(buildings).extracting(b -> b.path("name").asText()).containsExactly("1号楼", "实验楼A");
    assertThat(buildings.get(0).path("latitude").asDouble()).isEqualTo(27.91);
    ApiResponse lab = api.get("/api/places/rooms?buildingId=" + buildings.get(1).path("id").asText(), admin);
    assertThat(lab.body().path("items").path(0).path("name").asText()).isEqualTo("化学实验室");

    byte[] changed = Spreadsheets.workbook(null,
        List.of(List.of(area, "1号楼", "1", "101", "", "宿舍"), List.of(area, "1号楼", "1", "102", "", "储藏室"),
            List.of(area, "1号楼", "1", "103", "", "宿舍")));
    ApiResponse again = expect(200, importFile(admin, "campus.xlsx", changed, false));
    assertThat(again.body().path("unchanged").asInt()).isEqualTo(1);
    assertThat(again.body().path("updated").asInt()).isEqualTo(1);
    assertThat(again.body().path("created").asInt()).isEqualTo(1);
  }

  @Test
  void aFileWithBadRowsIsReportedRowByRowAndChangesNothing() throws Exception {
    String admin = adminToken();
    String area = Campus.unique("西校区");
    byte[] file = Spreadsheets.workbook(
        List.of(List.of(area, "2号楼", "宿舍", "", ""), List.of(area, "3号楼", "城堡", "", "")),
        List.of(List.of(area, "2号楼", "1", "101", "", ""), List.of(area, "2号楼", "1", "101", "", ""),
            List.of(area, "9号楼", "1", "101", "", ""), List.of(area, "2号楼", "1", "", "", "")));

    ApiResponse refused = importFile(admin, "campus.xlsx", file, false);
    assertField(refused, 400, "file");
    JsonNode report = refused.body().path("report");
    assertThat(report.path("applied").asBoolean()).isFalse();
    assertThat(report.path("refused").asInt()).isEqualTo(4);
    assertThat(reasons(report)).containsExactly(
        "楼栋:3:类型", "房间:3:房间号", "房间:4:楼栋", "房间:5:房间号");
    assertThat(refused.body().path("errors").path(0).path("message").asText()).isEqualTo("楼栋表第3行类型：未知的楼栋类型：城堡（宿舍、教学楼、实验楼、食堂、办公、其他）");
    assertThat(buildingsIn(admin, area)).isEmpty();
    assertThat(api.get("/api/places/areas", admin).body().findValuesAsText("name")).doesNotContain(area);
  }

  @Test
  void csvFilesFromExcelInUtf8OrGb18030() throws Exception {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = Campus.unique("北校区");
    String building = campus.building(expect(201, api.post("/api/places/areas", admin, java.util.Map.of("name", area))).text("id"),
        "5号楼", null, null);
    String csv = "校区,楼栋,楼层,房间号,名称,用途\n" + area + ",5号楼,5,501,,宿舍\n" + area + ",5号楼,5,502,\"开水房, 东\",公共\n";

    ApiResponse utf8 = expect(200, importFile(admin, "rooms.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), false));
    assertThat(utf8.body().path("created").asInt()).isEqualTo(2);
    ApiResponse gbk = expect(200, importFile(admin, "rooms.csv",
        csv.replace("开水房, 东", "开水房, 西").getBytes(Charset.forName("GB18030")), false));
    assertThat(gbk.body().path("updated").asInt()).isEqualTo(1);
    assertThat(api.get("/api/places/rooms?buildingId=" + building + "&q=502", admin).body().path("items").path(0)
        .path("name").asText()).isEqualTo("开水房, 西");
  }

  @Test
  void aFileOfTheWrongShapeOrFormatIsRefused() throws Exception {
    String admin = adminToken();
    assertField(importFile(admin, "rooms.csv", "校区,楼栋,楼层,房号,名称,用途\n南校区,7号楼,3,301,,\n".getBytes(StandardCharsets.UTF_8), false),
        400, "file");
    assertField(importFile(admin, "rooms.csv", "校区,楼栋,房间号\n南校区,7号楼,301\n".getBytes(StandardCharsets.UTF_8), false),
        400, "file");
    assertField(importFile(admin, "rooms.csv", "校区,楼栋,楼层,房间号,名称,用途\n".getBytes(StandardCharsets.UTF_8), false),
        400, "file");
    assertField(importFile(admin, "rooms.csv", "校区,楼栋,楼层,房间号,名称,用途\n\"南校区,7号楼,3,301,,\n".getBytes(StandardCharsets.UTF_8), false),
        400, "file");
    assertField(importFile(admin, "photo.png", java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="), false), 415, "file");
    byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertField(importFile(admin, "rooms.xls", oldExcel, false), 415, "file");
    assertField(importFile(admin, "broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, false), 415, "file");
    try (XSSFWorkbook other = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      other.createSheet("Sheet1");
      other.write(out);
      assertField(importFile(admin, "other.xlsx", out.toByteArray(), false), 400, "file");
    }
    assertField(api.upload("/api/places/import", admin, "empty.csv", new byte[0], MediaType.TEXT_PLAIN), 400, "file");
    assertField(importFile(admin, "huge.csv", new byte[10 * 1024 * 1024 + 1], false), 413, "file");
    assertRefused(403, importFile(newStudent().token(), "rooms.csv", "x".getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void theTemplateIsAFileTheImportTakes() throws Exception {
    String admin = adminToken();
    RestClient http = RestClient.create("http://127.0.0.1:" + port);
    byte[] workbook = http.get().uri("/api/places/import/template").headers(h -> h.setBearerAuth(admin))
        .retrieve().body(byte[].class);
    try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      assertThat(template.getSheet("楼栋").getRow(0).getCell(2).getStringCellValue()).isEqualTo("类型");
      assertThat(template.getSheet("房间").getRow(0).getCell(3).getStringCellValue()).isEqualTo("房间号");
    }
    ApiResponse trial = expect(200, importFile(admin, "template.xlsx", workbook, true));
    assertThat(trial.body().path("refused").asInt()).isZero();
    byte[] csv = http.get().uri("/api/places/import/template?format=csv").headers(h -> h.setBearerAuth(admin))
        .retrieve().body(byte[].class);
    assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF校区,楼栋,楼层,房间号,名称,用途");
    assertField(api.get("/api/places/import/template?format=pdf", admin), 400, "format");
  }

  private ApiResponse importFile(String token, String name, byte[] bytes, boolean trial) {
    return api.upload("/api/places/import" + (trial ? "?trial=true" : ""), token, name, bytes,
        name.endsWith(".xlsx") ? XLSX : MediaType.TEXT_PLAIN);
  }

  private List<JsonNode> buildingsIn(String admin, String areaName) {
    List<JsonNode> found = new ArrayList<>();
    api.get("/api/places/areas", admin).body().forEach(area -> {
      if (area.path("name").asText().equals(areaName)) {
        api.get("/api/places/buildings?includeRetired=true&areaId=" + area.path("id").asText(), admin)
            .body().path("items").forEach(found::add);
      }
    });
    return found;
  }

  private static List<String> reasons(JsonNode report) {
    List<String> reasons = new ArrayList<>();
    report.path("rows").forEach(row -> row.path("problems").forEach(p ->
        reasons.add(row.path("sheet").asText() + ":" + row.path("row").asInt() + ":" + p.path("column").asText())));
    return reasons;
  }
}
