package cn.campus.repair.materials;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue, warehouses, stock, receipts and counts (the log and the report: {@link
 * StockLogController}). Who may call what is SecurityConfiguration's: staff read the catalogue,
 * keepers and admins keep it and the stock, admins add warehouses.
 */
@RestController
@RequestMapping("/api/materials")
class MaterialsController {

  private final PartRows parts;
  private final StockRows stock;
  private final StockKeeping keeping;

  MaterialsController(PartRows parts, StockRows stock, StockKeeping keeping) {
    this.parts = parts;
    this.stock = stock;
    this.keeping = keeping;
  }

  record PartBody(
      @NotBlank(message = "请填写配件名称") @Size(max = 60, message = "名称最多60个字") String name,
      @Size(max = 60, message = "规格最多60个字") String spec,
      @NotBlank(message = "请填写单位") @Size(max = 10, message = "单位最多10个字") String unit,
      @NotNull(message = "请填写单价") @DecimalMin(value = "0.00", message = "单价不能为负")
      @DecimalMax(value = "9999999.99", message = "单价过大") @Digits(integer = 7, fraction = 2, message = "单价最多两位小数")
          BigDecimal unitPrice,
      @Size(max = 30, message = "分类最多30个字") String category,
      @Size(max = 30, message = "货位最多30个字") String shelf,
      @NotNull(message = "请填写最低库存") @Min(value = 0, message = "最低库存不能为负") @Max(value = 1_000_000, message = "最低库存过大")
          Integer minStock,
      Boolean retired) {}

  record WarehouseBody(
      @NotBlank(message = "请填写仓库名称") @Size(max = 50, message = "名称最多50个字") String name,
      @Size(max = 100, message = "位置最多100个字") String location) {}

  record ReceiptBody(
      @NotBlank(message = "请选择仓库") @Size(max = 36, message = "仓库不存在") String warehouseId,
      @NotBlank(message = "请选择配件") @Size(max = 36, message = "配件不存在") String partId,
      @NotNull(message = "请填写数量") @Min(value = 1, message = "数量至少为1") @Max(value = 100_000, message = "数量过大")
          Integer quantity,
      @Size(max = 200, message = "备注最多200个字") String note) {}

  record CountBody(
      @NotBlank(message = "请选择仓库") @Size(max = 36, message = "仓库不存在") String warehouseId,
      @NotBlank(message = "请选择配件") @Size(max = 36, message = "配件不存在") String partId,
      @NotNull(message = "请填写盘点数量") @Min(value = 0, message = "盘点数量不能为负") @Max(value = 1_000_000, message = "数量过大")
          Integer counted,
      @Size(max = 200, message = "备注最多200个字") String note) {}

  /** One part's stock in a warehouse; {@code low} when under its minimum. */
  record StockLine(Part part, int quantity, boolean low, BigDecimal value) {}

  record Receipt(String partId, String warehouseId, int quantity, int balance) {}

  record Count(String partId, String warehouseId, int counted, int difference) {}

  @GetMapping("/parts")
  Page<Part> parts(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "false") boolean includeRetired,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Paging.check(page, size);
    String query = blankToNull(q);
    String inCategory = blankToNull(category);
    return new Page<>(parts.parts(query, inCategory, includeRetired, (int) Paging.offset(page, size), size), page, size,
        parts.countParts(query, inCategory, includeRetired));
  }

  @GetMapping("/parts/{id}")
  Part part(@PathVariable String id) {
    return parts.part(id).orElseThrow(MaterialsController::unknownPart);
  }

  @PostMapping("/parts")
  @ResponseStatus(HttpStatus.CREATED)
  Part addPart(@Valid @RequestBody PartBody body) {
    Part part = new Part(UUID.randomUUID().toString(), body.name().strip(), strip(body.spec()), body.unit().strip(),
        body.unitPrice().setScale(2), strip(body.category()), strip(body.shelf()), body.minStock(), false);
    try {
      parts.insert(part);
    } catch (DuplicateKeyException taken) {
      throw ApiException.conflict("已有同名同规格的配件");
    }
    return part;
  }

  @PutMapping("/parts/{id}")
  Part editPart(@PathVariable String id, @Valid @RequestBody PartBody body) {
    Part before = parts.part(id).orElseThrow(MaterialsController::unknownPart);
    Part after = new Part(id, body.name().strip(), strip(body.spec()), body.unit().strip(), body.unitPrice().setScale(2),
        strip(body.category()), strip(body.shelf()), body.minStock(),
        body.retired() == null ? before.retired() : body.retired());
    try {
      parts.update(after);
    } catch (DuplicateKeyException taken) {
      throw ApiException.conflict("已有同名同规格的配件");
    }
    return after;
  }

  @GetMapping("/warehouses")
  List<Warehouse> warehouses() {
    return parts.warehouses();
  }

  @PostMapping("/warehouses")
  @ResponseStatus(HttpStatus.CREATED)
  Warehouse addWarehouse(@Valid @RequestBody WarehouseBody body) {
    Warehouse warehouse = new Warehouse(UUID.randomUUID().toString(), body.name().strip(), strip(body.location()));
    try {
      parts.insertWarehouse(warehouse);
    } catch (DuplicateKeyException taken) {
      throw ApiException.conflict("已有同名仓库");
    }
    return warehouse;
  }

  /** Every active part with its stock in the warehouse (0 where none ever came); {@code low=true}: only those under their minimum. */
  @GetMapping("/stock")
  List<StockLine> stock(@RequestParam(required = false) String warehouseId, @RequestParam(defaultValue = "false") boolean low) {
    Warehouse warehouse = warehouse(warehouseId);
    var levels = stock.levels(warehouse.id()).stream()
        .collect(java.util.stream.Collectors.toMap(StockRows.Level::partId, StockRows.Level::quantity));
    int all = (int) parts.countParts(null, null, false);
    return parts.parts(null, null, false, 0, Math.max(all, 1)).stream()
        .map(part -> {
          int quantity = levels.getOrDefault(part.id(), 0);
          return new StockLine(part, quantity, quantity < part.minStock(),
              part.unitPrice().multiply(BigDecimal.valueOf(quantity)));
        })
        .filter(line -> !low || line.low())
        .toList();
  }

  @PostMapping("/receipts")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Receipt receive(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ReceiptBody body) {
    Warehouse warehouse = warehouse(body.warehouseId());
    Part part = activePart(body.partId());
    int balance = keeping.receive(part, warehouse, body.quantity(), actor(me), strip(body.note()));
    return new Receipt(part.id(), warehouse.id(), body.quantity(), balance);
  }

  @PostMapping("/counts")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Count count(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody CountBody body) {
    Warehouse warehouse = warehouse(body.warehouseId());
    Part part = parts.part(body.partId()).orElseThrow(() -> ApiException.invalid("partId", "配件不存在"));
    int difference = keeping.count(part, warehouse, body.counted(), actor(me), strip(body.note()));
    return new Count(part.id(), warehouse.id(), body.counted(), difference);
  }

  private Warehouse warehouse(String id) {
    String wanted = blankToNull(id);
    if (wanted == null) {
      List<Warehouse> all = parts.warehouses();
      if (all.size() == 1) {
        return all.get(0);
      }
      throw ApiException.invalid("warehouseId", "请选择仓库");
    }
    return parts.warehouse(wanted).orElseThrow(() -> ApiException.invalid("warehouseId", "仓库不存在"));
  }

  private Part activePart(String id) {
    return parts.part(id).filter(part -> !part.retired())
        .orElseThrow(() -> ApiException.invalid("partId", "配件不存在"));
  }

  private static Materials.Actor actor(CurrentUser me) {
    return new Materials.Actor(me.id(), me.name());
  }

  private static ApiException unknownPart() {
    return ApiException.notFound("配件不存在");
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
