package cn.campus.repair.places;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The files an admin fills in: the workbook with its two sheets, or the rooms sheet as CSV. */
final class ImportTemplate {

  private static final List<List<String>> BUILDING_EXAMPLES = List.of(
      List.of("南校区", "7号楼", "宿舍", "27.9170", "120.7005"),
      List.of("南校区", "第一教学楼", "教学楼", "", ""));
  private static final List<List<String>> ROOM_EXAMPLES = List.of(
      List.of("南校区", "7号楼", "3", "301", "", "宿舍"),
      List.of("南校区", "第一教学楼", "1", "101", "阶梯教室", "教室"));

  private ImportTemplate() {}

  static byte[] workbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      sheet(workbook.createSheet(ImportFile.BUILDINGS), ImportFile.BUILDING_COLUMNS, BUILDING_EXAMPLES, bold);
      sheet(workbook.createSheet(ImportFile.ROOMS), ImportFile.ROOM_COLUMNS, ROOM_EXAMPLES, bold);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 with a byte order mark, which Excel needs to show Chinese in a CSV. */
  static byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
      writer.write('\uFEFF');
      printer.printRecord(ImportFile.ROOM_COLUMNS);
      for (List<String> row : ROOM_EXAMPLES) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void sheet(Sheet sheet, List<String> columns, List<List<String>> examples, CellStyle bold) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      header.createCell(c).setCellValue(columns.get(c));
      header.getCell(c).setCellStyle(bold);
      sheet.setColumnWidth(c, 14 * 256);
    }
    for (int r = 0; r < examples.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < examples.get(r).size(); c++) {
        row.createCell(c).setCellValue(examples.get(r).get(c));
      }
    }
  }
}
