package cn.campus.repair.materials;

import cn.campus.repair.common.ApiException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every change of stock, each recorded as a movement with who, when and why, in the caller's
 * transaction: receipts, issues, returns and counts. A change that takes a row under its part's
 * minimum texts the keepers, once per crossing ({@link LowStockAlerts}).
 */
@Component
class StockKeeping {

  static final String RECEIPT = "RECEIPT";
  static final String ISSUE = "ISSUE";
  static final String RETURN = "RETURN";
  static final String ADJUSTMENT = "ADJUSTMENT";

  private final StockRows stock;
  private final LowStockAlerts alerts;

  StockKeeping(StockRows stock, LowStockAlerts alerts) {
    this.stock = stock;
    this.alerts = alerts;
  }

  int receive(Part part, Warehouse warehouse, int quantity, Materials.Actor actor, String note) {
    int balance = stock.add(part.id(), warehouse.id(), quantity);
    stock.record(part.id(), warehouse.id(), RECEIPT, quantity, balance, part.unitPrice(), null, actor, note);
    stock.clearLow(part.id(), warehouse.id(), part.minStock());
    return balance;
  }

  /** Back from a request, at the price it was issued at: the worker did not use it. */
  void giveBack(Part part, Warehouse warehouse, int quantity, BigDecimal unitPrice, String requestId,
      Materials.Actor actor) {
    int balance = stock.add(part.id(), warehouse.id(), quantity);
    stock.record(part.id(), warehouse.id(), RETURN, quantity, balance, unitPrice, requestId, actor, "维修未用完，退回");
    stock.clearLow(part.id(), warehouse.id(), part.minStock());
  }

  /**
   * Issues to a request; a 409 naming what is left when fewer are there (the caller's transaction then
   * rolls back whatever it issued before).
   */
  void issue(Part part, Warehouse warehouse, int quantity, BigDecimal unitPrice, String requestId,
      Materials.Actor actor) {
    int balance = stock.take(part.id(), warehouse.id(), quantity);
    if (balance < 0) {
      int left = stock.level(part.id(), warehouse.id()).quantity();
      String message = "库存不足：%s 在%s仅剩 %d%s，需要 %d%s".formatted(
          part.label(), warehouse.name(), left, part.unit(), quantity, part.unit());
      throw new StockShortage(List.of(new ApiException.FieldError("warehouseId", message)));
    }
    stock.record(part.id(), warehouse.id(), ISSUE, -quantity, balance, unitPrice, requestId, actor, null);
    if (stock.markLow(part.id(), warehouse.id(), part.minStock())) {
      alerts.lowStock(part, warehouse, balance);
    }
  }

  /** After a count: the counted quantity replaces what the books said; the difference is the movement. */
  int count(Part part, Warehouse warehouse, int counted, Materials.Actor actor, String note) {
    int before = stock.set(part.id(), warehouse.id(), counted);
    stock.record(part.id(), warehouse.id(), ADJUSTMENT, counted - before, counted, part.unitPrice(), null, actor, note);
    if (counted >= part.minStock()) {
      stock.clearLow(part.id(), warehouse.id(), part.minStock());
    } else if (stock.markLow(part.id(), warehouse.id(), part.minStock())) {
      alerts.lowStock(part, warehouse, counted);
    }
    return counted - before;
  }
}
