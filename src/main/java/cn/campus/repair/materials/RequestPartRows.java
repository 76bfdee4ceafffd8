package cn.campus.repair.materials;

import cn.campus.repair.common.Times;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code request_part} table: each line a request asked for, and what became of it. */
@Repository
class RequestPartRows {

  static final String REQUESTED = "REQUESTED";
  static final String ISSUED = "ISSUED";
  static final String REFUSED = "REFUSED";
  static final String DONE = "DONE";

  private final JdbcClient jdbc;

  RequestPartRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Row(String id, String requestId, String partId, String freeText, int quantity, BigDecimal unitPrice,
      String warehouseId, int issued, Integer used, String state, String requestedBy, Instant requestedAt) {}

  void insert(String requestId, String partId, String freeText, int quantity, BigDecimal unitPrice, String requestedBy) {
    jdbc.sql("""
            INSERT INTO request_part (id, request_id, part_id, free_text, quantity, unit_price, issued, state,
              requested_by, requested_at)
            VALUES (:id, :request, :part, :text, :quantity, :price, 0, :state, :by, :at)""")
        .param("id", UUID.randomUUID().toString()).param("request", requestId).param("part", partId)
        .param("text", freeText).param("quantity", quantity).param("price", unitPrice).param("state", REQUESTED)
        .param("by", requestedBy).param("at", Times.toDb(Instant.now()))
        .update();
  }

  List<Row> of(String requestId) {
    return jdbc.sql("SELECT * FROM request_part WHERE request_id = :request ORDER BY requested_at, id")
        .param("request", requestId).query(RequestPartRows::row).list();
  }

  List<Row> inState(String requestId, String state) {
    return of(requestId).stream().filter(row -> row.state().equals(state)).toList();
  }

  void issued(String id, String warehouseId, int issued) {
    jdbc.sql("UPDATE request_part SET state = :state, warehouse_id = :warehouse, issued = :issued WHERE id = :id")
        .param("state", ISSUED).param("warehouse", warehouseId).param("issued", issued).param("id", id)
        .update();
  }

  void state(String id, String state) {
    jdbc.sql("UPDATE request_part SET state = :state WHERE id = :id").param("state", state).param("id", id).update();
  }

  void used(String id, int used) {
    jdbc.sql("UPDATE request_part SET state = :state, used = :used WHERE id = :id")
        .param("state", DONE).param("used", used).param("id", id)
        .update();
  }

  boolean any(String requestId) {
    return jdbc.sql("SELECT COUNT(*) FROM request_part WHERE request_id = :request").param("request", requestId)
        .query(Long.class).single() > 0;
  }

  /** The requests with lines not yet issued (or declined), at most {@code limit}, the longest waiting first. */
  List<String> waitingRequests(int limit) {
    return jdbc.sql("""
            SELECT request_id FROM request_part WHERE state = :state
            GROUP BY request_id ORDER BY MIN(requested_at), request_id OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
        .param("state", REQUESTED).param("limit", limit)
        .query(String.class).list();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    int usedValue = rs.getInt("used");
    Integer used = rs.wasNull() ? null : usedValue;
    return new Row(rs.getString("id"), rs.getString("request_id"), rs.getString("part_id"), rs.getString("free_text"),
        rs.getInt("quantity"), rs.getBigDecimal("unit_price"), rs.getString("warehouse_id"), rs.getInt("issued"),
        used, rs.getString("state"), rs.getString("requested_by"),
        Times.fromDb(rs.getTimestamp("requested_at")));
  }
}
