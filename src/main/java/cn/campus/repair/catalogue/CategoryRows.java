package cn.campus.repair.catalogue;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code category} table. */
@Repository
class CategoryRows {

  private static final String COLUMNS = "code, name, icon, hotline, position, active, urgent_by_default, building_wide";

  private final JdbcClient jdbc;

  CategoryRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Category> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM category ORDER BY position, code").query(CategoryRows::map).list();
  }

  Optional<Category> find(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM category WHERE code = :code").param("code", code)
        .query(CategoryRows::map).optional();
  }

  boolean isEmpty() {
    return jdbc.sql("SELECT COUNT(*) FROM category").query(Long.class).single() == 0;
  }

  /** A taken code surfaces as Spring's DuplicateKeyException. */
  void insert(Category category) {
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO category (code, name, icon, hotline, position, active, urgent_by_default, building_wide,
              created_at, updated_at)
            VALUES (:code, :name, :icon, :hotline, :position, :active, :urgent, :buildingWide, :now, :now)""")
        .param("code", category.code())
        .param("name", category.name())
        .param("icon", category.icon())
        .param("hotline", category.hotline())
        .param("position", category.order())
        .param("active", category.active() ? 1 : 0)
        .param("urgent", category.urgentByDefault() ? 1 : 0)
        .param("buildingWide", category.buildingWide() ? 1 : 0)
        .param("now", Times.toDb(now))
        .update();
  }

  void update(Category category) {
    jdbc.sql("""
            UPDATE category SET name = :name, icon = :icon, hotline = :hotline, position = :position,
              active = :active, urgent_by_default = :urgent, building_wide = :buildingWide, updated_at = :now WHERE code = :code""")
        .param("code", category.code())
        .param("name", category.name())
        .param("icon", category.icon())
        .param("hotline", category.hotline())
        .param("position", category.order())
        .param("active", category.active() ? 1 : 0)
        .param("urgent", category.urgentByDefault() ? 1 : 0)
        .param("buildingWide", category.buildingWide() ? 1 : 0)
        .param("now", Times.toDb(Instant.now()))
        .update();
  }

  /** Locks the row until the transaction ends: a delete and a request filed under it never cross. */
  boolean lock(String code) {
    return jdbc.sql("UPDATE category SET updated_at = updated_at WHERE code = :code").param("code", code).update() > 0;
  }

  void delete(String code) {
    jdbc.sql("DELETE FROM category WHERE code = :code").param("code", code).update();
  }

  int nextPosition() {
    return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 10 FROM category").query(Integer.class).single();
  }

  private static Category map(ResultSet rs, int row) throws SQLException {
    return new Category(rs.getString("code"), rs.getString("name"), rs.getString("icon"), rs.getString("hotline"),
        rs.getInt("position"), rs.getInt("active") == 1, rs.getInt("urgent_by_default") == 1,
        rs.getInt("building_wide") == 1);
  }
}
