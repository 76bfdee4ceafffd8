package cn.campus.repair.materials;

import cn.campus.repair.common.RacingInserts;
import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code stock} and {@code stock_movement} tables. Every change of a quantity is one UPDATE that
 * also decides whether it may happen ({@code quantity >= :taken}), so two keepers taking the last unit
 * at once are served one after the other by the row's lock and the second finds nothing left; no
 * read-then-write anywhere, on any database.
 */
@Repository
class StockRows {

  private final JdbcClient jdbc;
  private final RacingInserts racingInserts;

  StockRows(JdbcClient jdbc, RacingInserts racingInserts) {
    this.jdbc = jdbc;
    this.racingInserts = racingInserts;
  }

  /** One part in one warehouse; the quantity is 0 where stock never moved. */
  record Level(String partId, String warehouseId, int quantity, boolean low) {}

  /** Adds {@code quantity} (at least 1); answers the balance. */
  int add(String partId, String warehouseId, int quantity) {
    ensureRow(partId, warehouseId);
    jdbc.sql("UPDATE stock SET quantity = quantity + :quantity, updated_at = :now"
            + " WHERE part_id = :part AND warehouse_id = :warehouse")
        .param("quantity", quantity).param("part", partId).param("warehouse", warehouseId)
        .param("now", Times.toDb(Instant.now()))
        .update();
    return level(partId, warehouseId).quantity();
  }

  /** Takes {@code quantity} if that many are there; answers the balance, or -1 when fewer are. */
  int take(String partId, String warehouseId, int quantity) {
    int changed = jdbc.sql("UPDATE stock SET quantity = quantity - :quantity, updated_at = :now"
            + " WHERE part_id = :part AND warehouse_id = :warehouse AND quantity >= :quantity")
        .param("quantity", quantity).param("part", partId).param("warehouse", warehouseId)
        .param("now", Times.toDb(Instant.now()))
        .update();
    return changed == 0 ? -1 : level(partId, warehouseId).quantity();
  }

  /** Sets the counted quantity; answers what it was before (under the row's lock). */
  int set(String partId, String warehouseId, int counted) {
    ensureRow(partId, warehouseId);
    // Lock first, so the quantity read is the one replaced: a concurrent issue waits or went before.
    jdbc.sql("UPDATE stock SET updated_at = updated_at WHERE part_id = :part AND warehouse_id = :warehouse")
        .param("part", partId).param("warehouse", warehouseId).update();
    int before = level(partId, warehouseId).quantity();
    jdbc.sql("UPDATE stock SET quantity = :counted, updated_at = :now WHERE part_id = :part AND warehouse_id = :warehouse")
        .param("counted", counted).param("part", partId).param("warehouse", warehouseId)
        .param("now", Times.toDb(Instant.now()))
        .update();
    return before;
  }

  /**
   * Marks the row low if it is under {@code minimum} and was not yet: true for exactly one
   * transaction per crossing (the row's lock orders them; the others find it marked).
   */
  boolean markLow(String partId, String warehouseId, int minimum) {
    return jdbc.sql("UPDATE stock SET low = 1 WHERE part_id = :part AND warehouse_id = :warehouse"
            + " AND low = 0 AND quantity < :minimum")
        .param("part", partId).param("warehouse", warehouseId).param("minimum", minimum)
        .update() > 0;
  }

  /** Clears the mark once the row is back at or over {@code minimum}: the next fall texts again. */
  void clearLow(String partId, String warehouseId, int minimum) {
    jdbc.sql("UPDATE stock SET low = 0 WHERE part_id = :part AND warehouse_id = :warehouse"
            + " AND low = 1 AND quantity >= :minimum")
        .param("part", partId).param("warehouse", warehouseId).param("minimum", minimum)
        .update();
  }

  Level level(String partId, String warehouseId) {
    return jdbc.sql("SELECT part_id, warehouse_id, quantity, low FROM stock WHERE part_id = :part AND warehouse_id = :warehouse")
        .param("part", partId).param("warehouse", warehouseId)
        .query(StockRows::level).optional()
        .orElse(new Level(partId, warehouseId, 0, false));
  }

  List<Level> levels(String warehouseId) {
    return jdbc.sql("SELECT part_id, warehouse_id, quantity, low FROM stock WHERE warehouse_id = :warehouse")
        .param("warehouse", warehouseId).query(StockRows::level).list();
  }

  private void ensureRow(String partId, String warehouseId) {
    boolean exists = jdbc.sql("SELECT COUNT(*) FROM stock WHERE part_id = :part AND warehouse_id = :warehouse")
        .param("part", partId).param("warehouse", warehouseId).query(Long.class).single() > 0;
    if (!exists) {
      racingInserts.insert(() -> jdbc.sql("INSERT INTO stock (part_id, warehouse_id, quantity, low, updated_at)"
              + " VALUES (:part, :warehouse, 0, 0, :now)")
          .param("part", partId).param("warehouse", warehouseId).param("now", Times.toDb(Instant.now()))
          .update());
    }
  }

  /** A movement as recorded: the signed change and the balance after it. */
  record Movement(String id, String partId, String warehouseId, String kind, int quantity, int balance,
      String requestId, String actorId, String actorName, String note, Instant at) {}

  void record(String partId, String warehouseId, String kind, int change, int balance, BigDecimal unitPrice,
      String requestId, Materials.Actor actor, String note) {
    jdbc.sql("""
            INSERT INTO stock_movement (id, part_id, warehouse_id, kind, quantity, balance, unit_price, request_id,
              actor_id, actor_name, note, at)
            VALUES (:id, :part, :warehouse, :kind, :change, :balance, :price, :request, :actorId, :actorName, :note,
              :at)""")
        .param("id", UUID.randomUUID().toString()).param("part", partId).param("warehouse", warehouseId)
        .param("kind", kind).param("change", change).param("balance", balance).param("price", unitPrice)
        .param("request", requestId)
        .param("actorId", actor.id()).param("actorName", actor.name()).param("note", note)
        .param("at", Times.toDb(Instant.now()))
        .update();
  }

  /** Movements in a time window, newest first; {@code limit} bounds a page or an export. */
  List<Movement> movements(String partId, String warehouseId, Instant from, Instant until, int offset, int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM stock_movement WHERE at >= :from AND at < :until");
    if (partId != null) {
      sql.append(" AND part_id = :part");
    }
    if (warehouseId != null) {
      sql.append(" AND warehouse_id = :warehouse");
    }
    sql.append(" ORDER BY at DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
    var statement = jdbc.sql(sql.toString())
        .param("from", Times.toDb(from)).param("until", Times.toDb(until))
        .param("offset", offset).param("limit", limit);
    if (partId != null) {
      statement = statement.param("part", partId);
    }
    if (warehouseId != null) {
      statement = statement.param("warehouse", warehouseId);
    }
    return statement.query(StockRows::movement).list();
  }

  /** One part's issues net of returns in a window: how many went into repairs, and what they cost. */
  record Consumption(String partId, int quantity, BigDecimal cost, int requests) {}

  /** Parts used by repairs between {@code from} and {@code until}, the costliest first. */
  List<Consumption> consumption(Instant from, Instant until) {
    return jdbc.sql("""
            SELECT part_id, -SUM(quantity) AS used, -SUM(quantity * unit_price) AS cost,
              COUNT(DISTINCT request_id) AS requests
            FROM stock_movement WHERE kind IN ('ISSUE', 'RETURN') AND at >= :from AND at < :until
            GROUP BY part_id ORDER BY cost DESC, part_id""")
        .param("from", Times.toDb(from)).param("until", Times.toDb(until))
        .query((rs, n) -> new Consumption(rs.getString("part_id"), rs.getInt("used"), rs.getBigDecimal("cost"),
            rs.getInt("requests")))
        .list();
  }

  private static Level level(ResultSet rs, int row) throws SQLException {
    return new Level(rs.getString("part_id"), rs.getString("warehouse_id"), rs.getInt("quantity"), rs.getInt("low") != 0);
  }

  private static Movement movement(ResultSet rs, int row) throws SQLException {
    return new Movement(rs.getString("id"), rs.getString("part_id"), rs.getString("warehouse_id"), rs.getString("kind"),
        rs.getInt("quantity"), rs.getInt("balance"), rs.getString("request_id"), rs.getString("actor_id"),
        rs.getString("actor_name"), rs.getString("note"), Times.fromDb(rs.getTimestamp("at")));
  }
}
