package cn.campus.repair.places;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files as an admin makes them in Excel. */
final class Spreadsheets {

  static final List<String> BUILDING_HEADER = List.of("校区", "楼栋", "类型", "纬度", "经度");
  static final List<String> ROOM_HEADER = List.of("校区", "楼栋", "楼层", "房间号", "名称", "用途");

  private Spreadsheets() {}

  static byte[] workbook(List<List<String>> buildings, List<List<String>> rooms) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (buildings != null) {
        fill(workbook.createSheet("楼栋"), BUILDING_HEADER, buildings);
      }
      if (rooms != null) {
        fill(workbook.createSheet("房间"), ROOM_HEADER, rooms);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static void fill(Sheet sheet, List<String> header, List<List<String>> rows) {
    Row first = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      first.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        row.createCell(c).setCellValue(rows.get(r).get(c));
      }
    }
  }
}
