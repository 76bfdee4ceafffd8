package cn.campus.repair.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Staff lists imported from the spreadsheets and CSV files offices keep: all rows, or none with a per-row report. */
class StaffImportApiTest extends IntegrationTest {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Test
  void aSpreadsheetOfWorkersAndAdminsIsImportedWholeAndAudited() throws IOException {
    String admin = adminToken();
    String plumber = newPhone();
    String head = newPhone();
    byte[] workbook = xlsx(List.of(
        List.of("姓名", "手机号", "角色", "专长"),
        List.of("刘师傅", plumber, "维修工", "水电/门窗"),
        List.of("", "", "", ""),
        List.of("孙主任", head, "管理员", "")));

    JsonNode imported = expect(201, api.upload("/api/staff/import", admin, "人员.xlsx", workbook, XLSX)).body();
    assertThat(imported.path("imported").asInt()).isEqualTo(2);
    JsonNode worker = expect(200, api.get("/api/staff?q=" + plumber, admin)).body().path("items").path(0);
    assertThat(worker.path("name").asText()).isEqualTo("刘师傅");
    assertThat(worker.path("role").asText()).isEqualTo("WORKER");
    assertThat(worker.path("specialties").toString()).isEqualTo("[\"WATER_ELECTRIC\",\"DOOR_WINDOW\"]");
    assertThat(expect(200, api.get("/api/staff?q=" + head, admin)).body().path("items").path(0).path("role").asText())
        .isEqualTo("ADMIN");
    assertThat(expect(200, api.get("/api/staff/audit?staffId=" + worker.path("id").asText(), admin)).body()
        .path("items").path(0).path("action").asText()).isEqualTo("IMPORTED");
    // The imported worker logs in by code, as one added by hand does.
    expect(200, loginByCode(plumber));
  }

  @Test
  void aCsvFileInUtf8OrAsExcelSavesItInGbkIsImported() {
    String admin = adminToken();
    String first = newPhone();
    String second = newPhone();
    String csv = "phone,name,role,specialties\n" + first + ",周师傅,WORKER,FURNITURE\n";
    expect(201, api.upload("/api/staff/import", admin, "staff.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv")));
    String gbk = "手机号,姓名,角色,专长\n" + second + ",吴师傅,维修工,空调\n";
    expect(201, api.upload("/api/staff/import", admin, "人员.csv", gbk.getBytes(Charset.forName("GBK")),
        MediaType.parseMediaType("text/csv")));
    assertThat(expect(200, api.get("/api/staff?q=" + second, admin)).body().path("items").path(0).path("name").asText())
        .isEqualTo("吴师傅");
  }

  @Test
  void oneRefusedRowRefusesTheFileAndTheReportNamesEveryRefusedRow() {
    String admin = adminToken();
    Person existing = newWorker();
    String fresh = newPhone();
    String twice = newPhone();
    String csv = String.join("\n",
        "手机号,姓名,角色,专长",
        fresh + ",新人,维修工,水电",
        existing.phone() + ",老人,维修工,水电",
        twice + ",甲,维修工,",
        twice + ",乙,维修工,",
        "12345,丙,维修工,",
        newPhone() + ",,维修工,",
        newPhone() + ",丁,校长,",
        newPhone() + ",戊,维修工,火箭");

    ApiResponse refused = expect(400, api.upload("/api/staff/import", admin, "人员.csv",
        csv.getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType("text/csv")));
    assertThat(refused.body().findValuesAsText("field")).containsExactly(
        "rows[3].phone", "rows[5].phone", "rows[6].phone", "rows[7].name", "rows[8].role", "rows[9].specialties");
    assertThat(refused.body().path("errors").path(0).path("message").asText()).isEqualTo("第3行：该手机号已有账号");
    assertThat(refused.text("detail")).startsWith("没有导入任何人：");
    // Nothing was half-imported: not even the good first row.
    assertThat(expect(200, api.get("/api/staff?q=" + fresh, admin)).body().path("total").asLong()).isZero();
  }

  @Test
  void filesThatAreNoStaffListAreRefusedWithTheFileNamed() throws IOException {
    String admin = adminToken();
    assertFile(api.upload("/api/staff/import", admin, "x.csv", new byte[0], MediaType.parseMediaType("text/csv")));
    assertFile(api.upload("/api/staff/import", admin, "x.csv", "姓名,年龄\n张三,20\n".getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv")));
    assertFile(api.upload("/api/staff/import", admin, "x.csv", "手机号,姓名,角色\n".getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv")));
    assertFile(api.upload("/api/staff/import", admin, "x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5}, XLSX));
    assertFile(api.upload("/api/staff/import", admin, "x.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x81, 0x30},
        MediaType.parseMediaType("text/csv")));
    StringBuilder tooMany = new StringBuilder("手机号,姓名,角色\n");
    for (int i = 0; i < 1001; i++) {
      tooMany.append("139").append(String.format("%08d", i)).append(",人").append(i).append(",维修工\n");
    }
    assertFile(api.upload("/api/staff/import", admin, "x.csv", tooMany.toString().getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv")));
    expect(403, api.upload("/api/staff/import", newWorker().token(), "x.csv", "a".getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv")));
    expect(401, api.upload("/api/staff/import", null, "x.csv", "a".getBytes(StandardCharsets.UTF_8),
        MediaType.parseMediaType("text/csv")));
  }

  private static void assertFile(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.fieldInError()).as(response.toString()).isEqualTo("file");
  }

  private static byte[] xlsx(List<List<String>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("人员");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String value = rows.get(r).get(c);
          // A phone typed into Excel is a number.
          if (value.matches("1\\d{10}")) {
            row.createCell(c).setCellValue(Double.parseDouble(value));
          } else {
            row.createCell(c).setCellValue(value);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
