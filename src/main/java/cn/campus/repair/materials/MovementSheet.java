package cn.campus.repair.materials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The movement log as a workbook: one sheet, a header row, one row per movement in campus time. */
final class MovementSheet {

  private static final List<String> COLUMNS =
      List.of("时间", "类型", "配件", "仓库", "数量", "结存", "报修单", "经办人", "备注");
  private static final Map<String, String> KINDS = Map.of(
      StockKeeping.RECEIPT, "入库", StockKeeping.ISSUE, "领用", StockKeeping.RETURN, "退回",
      StockKeeping.ADJUSTMENT, "盘点调整");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private MovementSheet() {}

  static byte[] of(List<StockLogController.MovementView> movements, ZoneId zone) {
    // Streaming: a long window keeps only a hundred rows in memory at a time.
    SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("出入库记录");
      Row header = sheet.createRow(0);
      for (int i = 0; i < COLUMNS.size(); i++) {
        header.createCell(i).setCellValue(COLUMNS.get(i));
      }
      int rowNumber = 1;
      for (StockLogController.MovementView movement : movements) {
        Row row = sheet.createRow(rowNumber++);
        row.createCell(0).setCellValue(TIME.format(movement.at().atZone(zone)));
        row.createCell(1).setCellValue(KINDS.getOrDefault(movement.kind(), movement.kind()));
        row.createCell(2).setCellValue(movement.partName());
        row.createCell(3).setCellValue(movement.warehouseName());
        row.createCell(4).setCellValue(movement.quantity());
        row.createCell(5).setCellValue(movement.balance());
        row.createCell(6).setCellValue(movement.requestId() == null ? "" : movement.requestId());
        row.createCell(7).setCellValue(movement.actorName());
        row.createCell(8).setCellValue(movement.note() == null ? "" : movement.note());
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException cannotHappenInMemory) {
      throw new UncheckedIOException(cannotHappenInMemory);
    } finally {
      workbook.dispose();
    }
  }
}
