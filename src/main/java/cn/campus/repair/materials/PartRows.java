package cn.campus.repair.materials;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code part} and {@code warehouse} tables. */
@Repository
class PartRows {

  private static final String COLUMNS = "id, name, spec, unit, unit_price, category, shelf, min_stock, retired";

  private final JdbcClient jdbc;

  PartRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Part> parts(String query, String category, boolean includeRetired, int offset, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM part" + where(query, category, includeRetired)
            + " ORDER BY category, name, spec, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
        .params(params(query, category))
        .param("offset", offset)
        .param("limit", limit)
        .query(PartRows::part).list();
  }

  long countParts(String query, String category, boolean includeRetired) {
    return jdbc.sql("SELECT COUNT(*) FROM part" + where(query, category, includeRetired))
        .params(params(query, category)).query(Long.class).single();
  }

  private static String where(String query, String category, boolean includeRetired) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (!includeRetired) {
      where.append(" AND retired = 0");
    }
    if (query != null) {
      where.append(" AND (name LIKE :query ESCAPE '\\' OR spec LIKE :query ESCAPE '\\')");
    }
    if (category != null) {
      where.append(" AND category = :category");
    }
    return where.toString();
  }

  private static Map<String, Object> params(String query, String category) {
    Map<String, Object> params = new java.util.HashMap<>();
    if (query != null) {
      params.put("query", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (category != null) {
      params.put("category", category);
    }
    return params;
  }

  Optional<Part> part(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM part WHERE id = :id").param("id", id).query(PartRows::part).optional();
  }

  Map<String, Part> parts(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM part WHERE id IN (:ids)").param("ids", ids)
        .query(PartRows::part).list().stream().collect(Collectors.toMap(Part::id, Function.identity()));
  }

  /** A taken name and spec surfaces as Spring's DuplicateKeyException. */
  void insert(Part part) {
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO part (id, name, spec, unit, unit_price, category, shelf, min_stock, retired, created_at, updated_at)
            VALUES (:id, :name, :spec, :unit, :price, :category, :shelf, :minStock, 0, :now, :now)""")
        .param("id", part.id()).param("name", part.name()).param("spec", part.spec()).param("unit", part.unit())
        .param("price", part.unitPrice()).param("category", part.category()).param("shelf", part.shelf())
        .param("minStock", part.minStock()).param("now", Times.toDb(now))
        .update();
  }

  boolean update(Part part) {
    return jdbc.sql("""
            UPDATE part SET name = :name, spec = :spec, unit = :unit, unit_price = :price, category = :category,
              shelf = :shelf, min_stock = :minStock, retired = :retired, updated_at = :now WHERE id = :id""")
        .param("id", part.id()).param("name", part.name()).param("spec", part.spec()).param("unit", part.unit())
        .param("price", part.unitPrice()).param("category", part.category()).param("shelf", part.shelf())
        .param("minStock", part.minStock()).param("retired", part.retired() ? 1 : 0)
        .param("now", Times.toDb(Instant.now()))
        .update() > 0;
  }

  List<Warehouse> warehouses() {
    return jdbc.sql("SELECT id, name, location FROM warehouse ORDER BY created_at, id")
        .query((rs, n) -> new Warehouse(rs.getString("id"), rs.getString("name"), rs.getString("location"))).list();
  }

  Optional<Warehouse> warehouse(String id) {
    return jdbc.sql("SELECT id, name, location FROM warehouse WHERE id = :id").param("id", id)
        .query((rs, n) -> new Warehouse(rs.getString("id"), rs.getString("name"), rs.getString("location"))).optional();
  }

  void insertWarehouse(Warehouse warehouse) {
    jdbc.sql("INSERT INTO warehouse (id, name, location, created_at) VALUES (:id, :name, :location, :now)")
        .param("id", warehouse.id()).param("name", warehouse.name()).param("location", warehouse.location())
        .param("now", Times.toDb(Instant.now()))
        .update();
  }

  private static Part part(ResultSet rs, int row) throws SQLException {
    return new Part(rs.getString("id"), rs.getString("name"), rs.getString("spec"), rs.getString("unit"),
        rs.getBigDecimal("unit_price"), rs.getString("category"), rs.getString("shelf"), rs.getInt("min_stock"),
        rs.getInt("retired") != 0);
  }
}
