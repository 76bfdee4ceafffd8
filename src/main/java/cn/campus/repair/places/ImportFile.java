package cn.campus.repair.places;

import cn.campus.repair.common.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;

/**
 * An import file read into tables of text cells: an Excel workbook (.xlsx, Apache POI) whose sheets
 * 楼栋 and 房间 are read by name, or a CSV file (Commons CSV) holding one of them, told apart by its
 * header. A CSV saved by Excel on a Chinese Windows is GB18030, not UTF-8: both are read.
 */
final class ImportFile {

  static final String BUILDINGS = "楼栋";
  static final String ROOMS = "房间";
  static final List<String> BUILDING_COLUMNS = List.of("校区", "楼栋", "类型", "纬度", "经度");
  static final List<String> ROOM_COLUMNS = List.of("校区", "楼栋", "楼层", "房间号", "名称", "用途");
  static final int MAX_ROWS = 50_000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private ImportFile() {}

  /** A sheet's data rows; {@code line} is the row number a person sees in Excel (the header is 1). */
  record Table(String name, List<Line> lines) {}

  record Line(int line, Map<String, String> cells) {

    String cell(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  static List<Table> read(byte[] bytes) {
    if (startsWith(bytes, OLE2)) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 .csv",
          List.of(new ApiException.FieldError("file", "请另存为 .xlsx 或 .csv")), null);
    }
    List<Table> tables = startsWith(bytes, ZIP) ? workbook(bytes) : List.of(csv(bytes));
    int rows = tables.stream().mapToInt(t -> t.lines().size()).sum();
    if (rows == 0) {
      throw ApiException.invalid("file", "文件中没有数据行");
    }
    if (rows > MAX_ROWS) {
      throw ApiException.invalid("file", "一次最多导入50000行，请分成几个文件");
    }
    return tables;
  }

  private static List<Table> workbook(byte[] bytes) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<Table> tables = new ArrayList<>();
      Sheet buildings = workbook.getSheet(BUILDINGS);
      Sheet rooms = workbook.getSheet(ROOMS);
      if (buildings == null && rooms == null) {
        throw ApiException.invalid("file", "工作簿中没有名为“楼栋”或“房间”的工作表，请使用模板");
      }
      if (buildings != null) {
        tables.add(sheet(buildings, BUILDINGS, BUILDING_COLUMNS));
      }
      if (rooms != null) {
        tables.add(sheet(rooms, ROOMS, ROOM_COLUMNS));
      }
      return tables;
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof ApiException refusal) {
        throw refusal;
      }
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件无法读取：请上传模板格式的 .xlsx 或 .csv 文件",
          List.of(new ApiException.FieldError("file", "文件无法读取")), null);
    }
  }

  private static Table sheet(Sheet sheet, String name, List<String> columns) {
    DataFormatter format = new DataFormatter();
    Row header = sheet.getRow(sheet.getFirstRowNum());
    List<String> names = new ArrayList<>();
    if (header != null) {
      for (int c = 0; c < header.getLastCellNum(); c++) {
        Cell cell = header.getCell(c);
        names.add(cell == null ? "" : format.formatCellValue(cell).strip());
      }
    }
    checkHeader(name, names, columns);
    List<Line> lines = new ArrayList<>();
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < names.size(); c++) {
        Cell cell = row.getCell(c);
        if (!names.get(c).isEmpty()) {
          cells.put(names.get(c), cell == null ? "" : format.formatCellValue(cell));
        }
      }
      if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
        lines.add(new Line(r + 1, cells));
      }
    }
    return new Table(name, lines);
  }

  private static Table csv(byte[] bytes) {
    String text = decode(bytes);
    if (text.indexOf('\u0000') >= 0) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件无法读取：请上传模板格式的 .xlsx 或 .csv 文件",
          List.of(new ApiException.FieldError("file", "文件无法读取")), null);
    }
    try {
      List<CSVRecord> records = CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(text)).getRecords();
      if (records.isEmpty()) {
        throw ApiException.invalid("file", "文件中没有数据行");
      }
      List<String> names = records.get(0).toList().stream().map(String::strip).toList();
      boolean rooms = names.contains("房间号");
      String name = rooms ? ROOMS : BUILDINGS;
      checkHeader(name, names, rooms ? ROOM_COLUMNS : BUILDING_COLUMNS);
      List<Line> lines = new ArrayList<>();
      for (CSVRecord record : records.subList(1, records.size())) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
          if (!names.get(c).isEmpty()) {
            cells.put(names.get(c), c < record.size() ? record.get(c) : "");
          }
        }
        if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
          lines.add(new Line((int) record.getRecordNumber(), cells));
        }
      }
      return new Table(name, lines);
    } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
      // Commons CSV says where (an unclosed quote, "(startline 2) EOF reached..."): worth showing.
      throw ApiException.invalid("file", "CSV 格式不正确：" + malformed.getMessage());
    }
  }

  /** Every column the template has, and no other: a column typed wrong would otherwise be dropped. */
  private static void checkHeader(String table, List<String> names, List<String> columns) {
    List<String> unknown = names.stream().filter(n -> !n.isEmpty() && !columns.contains(n)).toList();
    if (!unknown.isEmpty()) {
      throw ApiException.invalid("file", table + "表有未知的列：" + String.join("、", unknown) + "（应为：" + String.join("、", columns) + "）");
    }
    List<String> missing = columns.stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw ApiException.invalid("file", table + "表缺少列：" + String.join("、", missing));
    }
    if (names.stream().filter(n -> !n.isEmpty()).distinct().count() != names.stream().filter(n -> !n.isEmpty()).count()) {
      throw ApiException.invalid("file", table + "表有重复的列");
    }
  }

  private static String decode(byte[] bytes) {
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException notUtf8) {
      try {
        return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException notText) {
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件无法读取：请上传模板格式的 .xlsx 或 .csv 文件",
            List.of(new ApiException.FieldError("file", "文件无法读取")), null);
      }
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
