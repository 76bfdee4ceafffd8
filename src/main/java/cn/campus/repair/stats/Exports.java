package cn.campus.repair.stats;

import cn.campus.repair.stats.RequestList.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The request list as a spreadsheet or CSV, written while the rows arrive: POI's streaming workbook
 * keeps a window of rows in memory and the rest in a temporary file, the CSV goes straight out.
 * The spreadsheet's time is compression: its temporary file is left uncompressed (it is read back
 * once, moments later) and the file sent is compressed at deflate's fastest level: a somewhat
 * larger file, written in much less time (figures in docs/performance.md).
 */
@Component
class Exports {

  static final List<String> HEADERS = List.of("单号", "状态", "类别", "楼宇", "房间", "描述", "联系电话", "紧急程度",
      "维修工", "报修时间", "完成时间", "维修结果评分", "维修效率评分");

  /** Display words for the shipped model's statuses; a status a manager adds shows as itself. */
  private static final Map<String, String> STATUS_TEXT = Map.of("SUBMITTED", "已提交", "PENDING_REVIEW", "待审核",
      "AWAITING_DISPATCH", "待派工", "ASSIGNED", "已派工", "IN_PROGRESS", "维修中", "AWAITING_RATING", "待评价",
      "PENDING_REVISIT", "待回访", "CLOSED", "已完成", "REJECTED", "已驳回", "CANCELLED", "已取消");
  private static final Map<String, String> PRIORITY_TEXT = Map.of("URGENT", "紧急", "NORMAL", "一般");

  /** Rows POI keeps in memory before flushing them to its temporary file. */
  private static final int WINDOW = 200;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final RequestList list;

  Exports(RequestList list) {
    this.list = list;
  }

  void csv(StatsFilter filter, RequestList.Measure measure, String status, OutputStream out) throws IOException {
    // A byte-order mark, so Excel opens the file as UTF-8 and the Chinese reads right.
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(HEADERS.toArray(String[]::new))
        .get())) {
      list.each(filter, measure, status, row -> {
        try {
          csv.printRecord(values(row, filter.zone()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  void xlsx(StatsFilter filter, RequestList.Measure measure, String status, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false) {
      @Override
      protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
      }
    };
    try {
      SXSSFSheet sheet = workbook.createSheet("报修单");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      SXSSFRow header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(HEADERS.get(i));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(i, (i == 5 ? 40 : 14) * 256);
      }
      sheet.createFreezePane(0, 1);
      int[] next = {1};
      list.each(filter, measure, status, row -> {
        SXSSFRow line = sheet.createRow(next[0]++);
        List<Object> values = values(row, filter.zone());
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value instanceof Integer number) {
            line.createCell(i).setCellValue(number);
          } else if (value != null) {
            line.createCell(i).setCellValue(value.toString());
          }
        }
      });
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  private static List<Object> values(Row row, ZoneId zone) {
    return java.util.Arrays.asList(row.number(), STATUS_TEXT.getOrDefault(row.status(), row.status()),
        row.categoryName() != null ? row.categoryName() : row.category(), row.building(), row.room(), row.description(),
        row.contactPhone(), PRIORITY_TEXT.getOrDefault(row.priority(), row.priority()), row.workerName(),
        time(row.createdAt(), zone), time(row.finishedAt(), zone), row.ratingResult(), row.ratingEfficiency());
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? null : TIME.format(instant.atZone(zone));
  }
}
