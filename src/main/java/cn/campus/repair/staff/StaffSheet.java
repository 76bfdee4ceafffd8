package cn.campus.repair.staff;

import cn.campus.repair.common.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rows of a staff list as an office keeps it: an Excel workbook (.xlsx, its first sheet) or a CSV
 * file (UTF-8, or GBK as Excel saves CSV on Chinese Windows). The first row names the columns, in
 * Chinese or English: 手机号/phone, 姓名/name, 角色/role, 专长/specialties. Empty rows are skipped.
 */
final class StaffSheet {

  static final int MAX_ROWS = 1000;

  private static final Map<String, String> COLUMNS = Map.of(
      "手机号", "phone", "phone", "phone",
      "姓名", "name", "name", "name",
      "角色", "role", "role", "role",
      "专长", "specialties", "specialties", "specialties");

  private StaffSheet() {}

  /** One row: its number in the file (the header is row 1) and its cells by column. */
  record Line(int number, String phone, String name, String role, String specialties) {}

  static List<Line> read(byte[] file) {
    List<List<String>> table = isZip(file) ? workbook(file) : csv(file);
    if (table.isEmpty()) {
      throw ApiException.invalid("file", "文件是空的");
    }
    List<String> header = table.get(0);
    String[] columnOf = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      columnOf[i] = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
    }
    for (String required : List.of("phone", "name", "role")) {
      if (!Arrays.asList(columnOf).contains(required)) {
        throw ApiException.invalid("file", "第1行应为列名：手机号、姓名、角色、专长（专长可省略）");
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (lines.size() == MAX_ROWS) {
        throw ApiException.invalid("file", "一次最多导入" + MAX_ROWS + "人");
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < cells.size() && c < columnOf.length; c++) {
        if (columnOf[c] != null) {
          values.put(columnOf[c], cells.get(c).strip());
        }
      }
      lines.add(new Line(r + 1, values.getOrDefault("phone", ""), values.getOrDefault("name", ""),
          values.getOrDefault("role", ""), values.getOrDefault("specialties", "")));
    }
    if (lines.isEmpty()) {
      throw ApiException.invalid("file", "文件中没有人员");
    }
    return lines;
  }

  private static boolean isZip(byte[] file) {
    return file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
  }

  private static List<List<String>> workbook(byte[] file) {
    try (InputStream in = new ByteArrayInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      // As the cell shows it: a phone typed as a number reads 13900000001, not 1.39E10.
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> table = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum() && r <= MAX_ROWS + 1; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(row.getLastCellNum(), 0) && c < 20; c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        table.add(cells);
      }
      return table;
    } catch (IOException | RuntimeException unreadable) {
      throw ApiException.invalid("file", "无法读取该 Excel 文件，请另存为 .xlsx 或 CSV 后重试");
    }
  }

  private static List<List<String>> csv(byte[] file) {
    String text = decode(file);
    try {
      List<List<String>> table = new ArrayList<>();
      for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
        if (table.size() > MAX_ROWS + 1) {
          break;
        }
        table.add(record.toList());
      }
      return table;
    } catch (IOException | RuntimeException unreadable) {
      throw ApiException.invalid("file", "无法读取该 CSV 文件");
    }
  }

  private static String decode(byte[] file) {
    int bom = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(file, bom, file.length - bom);
    for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
      try {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
      } catch (CharacterCodingException notThisOne) {
        // the next one
      }
    }
    throw ApiException.invalid("file", "文件编码无法识别，请保存为 UTF-8 的 CSV 或 .xlsx");
  }
}
