package cn.campus.repair.materials;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What stock did: the movement log (a page, or a workbook) for keepers and admins, and the admins'
 * cost report (SecurityConfiguration). Windows are campus days.
 */
@RestController
@RequestMapping("/api/materials")
class StockLogController {

  /** A spreadsheet export stops here; a longer window is asked for in parts. */
  static final int MAX_EXPORT = 50_000;

  private final PartRows parts;
  private final StockRows stock;
  private final ZoneId zone;

  StockLogController(PartRows parts, StockRows stock, @Value("${repair.zone}") ZoneId zone) {
    this.parts = parts;
    this.stock = stock;
    this.zone = zone;
  }

  record MovementView(String id, String kind, String partId, String partName, String warehouseId,
      String warehouseName, int quantity, int balance, String requestId, String actorName, String note,
      java.time.Instant at) {}

  @GetMapping("/movements")
  Page<MovementView> movements(
      @RequestParam(required = false) String partId,
      @RequestParam(required = false) String warehouseId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size);
    Window window = window(from, to);
    List<MovementView> views = views(stock.movements(blankToNull(partId), blankToNull(warehouseId), window.from(),
        window.until(), (int) Paging.offset(page, size), size + 1));
    // One more than a page says whether another follows, without counting a long log.
    boolean more = views.size() > size;
    List<MovementView> items = more ? views.subList(0, size) : views;
    return new Page<>(items, page, size, Paging.offset(page, size) + items.size() + (more ? 1 : 0), more);
  }

  /** One part in the cost report. */
  record ReportLine(String partId, String partName, String unit, int used, BigDecimal cost, int requests) {}

  /** What repairs used in a window: issues net of returns, at the prices the requests asked at. */
  record Report(Instant from, Instant until, BigDecimal cost, BigDecimal stockValue,
      List<ReportLine> parts) {}

  /** The cost report (admins): what repairs used and cost between two campus days, and today's stock value. */
  @GetMapping("/report")
  Report report(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
    Window window = window(from, to);
    List<StockRows.Consumption> used = stock.consumption(window.from(), window.until());
    var named = parts.parts(used.stream().map(StockRows.Consumption::partId).toList());
    List<ReportLine> lines = used.stream().map(line -> {
      Part part = named.get(line.partId());
      return new ReportLine(line.partId(), part == null ? line.partId() : part.label(), part == null ? "" : part.unit(),
          line.quantity(), line.cost().setScale(2), line.requests());
    }).toList();
    BigDecimal cost = lines.stream().map(ReportLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    return new Report(window.from(), window.until(), cost, stockValue(), lines);
  }

  private BigDecimal stockValue() {
    BigDecimal value = BigDecimal.ZERO;
    for (Warehouse warehouse : parts.warehouses()) {
      List<StockRows.Level> levels = stock.levels(warehouse.id());
      var prices = parts.parts(levels.stream().map(StockRows.Level::partId).toList());
      for (StockRows.Level level : levels) {
        Part part = prices.get(level.partId());
        if (part != null) {
          value = value.add(part.unitPrice().multiply(BigDecimal.valueOf(level.quantity())));
        }
      }
    }
    return value.setScale(2);
  }

  /** The same movements as an .xlsx workbook, one row each, newest first. */
  @GetMapping("/movements.xlsx")
  ResponseEntity<byte[]> movementSheet(
      @RequestParam(required = false) String partId,
      @RequestParam(required = false) String warehouseId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    Window window = window(from, to);
    List<StockRows.Movement> movements = stock.movements(blankToNull(partId), blankToNull(warehouseId), window.from(),
        window.until(), 0, MAX_EXPORT + 1);
    if (movements.size() > MAX_EXPORT) {
      throw ApiException.invalid("from", "记录超过" + MAX_EXPORT + "条，请缩短时间范围");
    }
    byte[] sheet = MovementSheet.of(views(movements), zone);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"stock-movements.xlsx\"")
        .body(sheet);
  }

  private List<MovementView> views(List<StockRows.Movement> movements) {
    var named = parts.parts(movements.stream().map(StockRows.Movement::partId).distinct().toList());
    var warehouses = parts.warehouses().stream()
        .collect(Collectors.toMap(Warehouse::id, Warehouse::name));
    return movements.stream().map(m -> new MovementView(m.id(), m.kind(), m.partId(),
        named.containsKey(m.partId()) ? named.get(m.partId()).label() : m.partId(), m.warehouseId(),
        warehouses.getOrDefault(m.warehouseId(), m.warehouseId()), m.quantity(), m.balance(), m.requestId(),
        m.actorName(), m.note(), m.at())).toList();
  }

  private record Window(Instant from, Instant until) {}

  /** Days are China's days; without dates, the last 30 of them. */
  private Window window(LocalDate from, LocalDate to) {
    LocalDate last = to == null ? LocalDate.now(zone) : to;
    LocalDate first = from == null ? last.minusDays(29) : from;
    if (last.isBefore(first)) {
      throw ApiException.invalid("to", "结束日期不能早于开始日期");
    }
    if (first.isBefore(last.minusYears(5))) {
      throw ApiException.invalid("from", "时间范围最长5年");
    }
    return new Window(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
