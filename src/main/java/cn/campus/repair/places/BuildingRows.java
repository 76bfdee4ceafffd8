package cn.campus.repair.places;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Areas and buildings: {@code place_area}, {@code place_building}. */
@Repository
class BuildingRows {

  private static final String BUILDING = """
      SELECT b.id, b.name, b.kind, b.latitude, b.longitude, b.retired, a.id AS area_id, a.name AS area_name,
        a.retired AS area_retired
      FROM place_building b JOIN place_area a ON a.id = b.area_id""";

  private final JdbcClient jdbc;

  BuildingRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PlaceViews.Area> areas() {
    return jdbc.sql("SELECT id, name, retired FROM place_area ORDER BY name")
        .query((rs, i) -> new PlaceViews.Area(rs.getString("id"), rs.getString("name"), rs.getInt("retired") == 1))
        .list();
  }

  Optional<PlaceViews.Area> area(String id) {
    return jdbc.sql("SELECT id, name, retired FROM place_area WHERE id = :id")
        .param("id", id)
        .query((rs, i) -> new PlaceViews.Area(rs.getString("id"), rs.getString("name"), rs.getInt("retired") == 1))
        .optional();
  }

  void insertArea(String id, String name) {
    Instant now = Instant.now();
    jdbc.sql("INSERT INTO place_area (id, name, retired, created_at, updated_at) VALUES (:id, :name, 0, :now, :now)")
        .param("id", id)
        .param("name", name)
        .param("now", Times.toDb(now))
        .update();
  }

  void renameArea(String id, String name) {
    jdbc.sql("UPDATE place_area SET name = :name, updated_at = :now WHERE id = :id")
        .param("name", name)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
  }

  void retireArea(String id, boolean retired) {
    retire("place_area", id, retired);
  }

  /** Buildings, by area then name: an area's, those whose name contains {@code q}, retired ones on request. */
  List<PlaceViews.Building> buildings(String areaId, String q, boolean withRetired, int page, int size) {
    return jdbc.sql(BUILDING + buildingFilter(areaId, q, withRetired)
            + " ORDER BY a.name, b.name, b.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .param("areaId", areaId)
        .param("q", q == null ? null : "%" + likeEscaped(q) + "%")
        .param("offset", (long) page * size)
        .param("size", size)
        .query(BuildingRows::building)
        .list();
  }

  long countBuildings(String areaId, String q, boolean withRetired) {
    return jdbc.sql("SELECT COUNT(*) FROM place_building b JOIN place_area a ON a.id = b.area_id"
            + buildingFilter(areaId, q, withRetired))
        .param("areaId", areaId)
        .param("q", q == null ? null : "%" + likeEscaped(q) + "%")
        .query(Long.class)
        .single();
  }

  private static String buildingFilter(String areaId, String q, boolean withRetired) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (areaId != null) {
      where.append(" AND b.area_id = :areaId");
    }
    if (q != null) {
      where.append(" AND b.name LIKE :q ESCAPE '\\'");
    }
    if (!withRetired) {
      where.append(" AND b.retired = 0 AND a.retired = 0");
    }
    return where.toString();
  }

  /** Every usable building with a map point: a campus has hundreds at most. */
  List<PlaceViews.Building> mappedBuildings() {
    return jdbc.sql(BUILDING + " WHERE b.latitude IS NOT NULL AND b.longitude IS NOT NULL AND b.retired = 0 AND a.retired = 0")
        .query(BuildingRows::building)
        .list();
  }

  /** Every usable building, for matching a profile's address ("南校区7号楼301"). */
  List<PlaceViews.Building> usableBuildings() {
    return jdbc.sql(BUILDING + " WHERE b.retired = 0 AND a.retired = 0").query(BuildingRows::building).list();
  }

  Optional<PlaceViews.Building> building(String id) {
    return jdbc.sql(BUILDING + " WHERE b.id = :id").param("id", id).query(BuildingRows::building).optional();
  }

  /** Buildings by "area/name", for an import. */
  List<PlaceViews.Building> allBuildings() {
    return jdbc.sql(BUILDING).query(BuildingRows::building).list();
  }

  void insertBuilding(String id, String areaId, BuildingFields fields) {
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO place_building (id, area_id, name, kind, latitude, longitude, retired, created_at, updated_at)
            VALUES (:id, :areaId, :name, :kind, :latitude, :longitude, 0, :now, :now)""")
        .param("id", id)
        .param("areaId", areaId)
        .param("name", fields.name())
        .param("kind", fields.kind().name())
        .param("latitude", fields.latitude())
        .param("longitude", fields.longitude())
        .param("now", Times.toDb(now))
        .update();
  }

  void updateBuilding(String id, String areaId, BuildingFields fields) {
    jdbc.sql("""
            UPDATE place_building SET area_id = :areaId, name = :name, kind = :kind, latitude = :latitude,
              longitude = :longitude, updated_at = :now WHERE id = :id""")
        .param("areaId", areaId)
        .param("name", fields.name())
        .param("kind", fields.kind().name())
        .param("latitude", fields.latitude())
        .param("longitude", fields.longitude())
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
  }

  void retireBuilding(String id, boolean retired) {
    retire("place_building", id, retired);
  }

  private void retire(String table, String id, boolean retired) {
    jdbc.sql("UPDATE " + table + " SET retired = :retired, updated_at = :now WHERE id = :id")
        .param("retired", retired ? 1 : 0)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
  }

  /** What a building is, as an admin types it or an import row gives it. */
  record BuildingFields(String name, BuildingKind kind, Double latitude, Double longitude) {}

  static PlaceViews.Building building(ResultSet rs, int row) throws SQLException {
    BuildingKind kind = BuildingKind.valueOf(rs.getString("kind"));
    return new PlaceViews.Building(
        rs.getString("id"),
        new PlaceViews.AreaRef(rs.getString("area_id"), rs.getString("area_name")),
        rs.getString("name"),
        kind.name(),
        kind.label(),
        rs.getObject("latitude", Double.class),
        rs.getObject("longitude", Double.class),
        rs.getInt("retired") == 1 || rs.getInt("area_retired") == 1);
  }

  /** A search text taken literally: % and _ typed by a person are not wildcards. */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
