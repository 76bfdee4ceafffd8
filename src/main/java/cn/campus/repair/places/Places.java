package cn.campus.repair.places;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other features may ask about places: the place a report names, found only while it can take
 * reports (neither it nor anything it is in retired). One query by primary key.
 */
@Component
public class Places {

  private final JdbcClient jdbc;

  Places(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A usable room, with its building. */
  public Optional<ReportedPlace> room(String roomId) {
    return jdbc.sql("""
            SELECT b.id AS building_id, b.name AS building_name, b.kind AS building_kind, r.id AS room_id,
              r.number AS room_number
            FROM place_room r JOIN place_building b ON b.id = r.building_id JOIN place_area a ON a.id = b.area_id
            WHERE r.id = :id AND r.retired = 0 AND b.retired = 0 AND a.retired = 0""")
        .param("id", roomId)
        .query((rs, i) -> new ReportedPlace(rs.getString("building_id"), rs.getString("building_name"), rs.getString("building_kind"),
            rs.getString("room_id"), rs.getString("room_number"), null, null, null))
        .optional();
  }

  /** A usable asset, with its room and building, and the category its faults usually are. */
  public Optional<ReportedPlace> asset(String assetId) {
    return jdbc.sql("""
            SELECT b.id AS building_id, b.name AS building_name, b.kind AS building_kind, r.id AS room_id,
              r.number AS room_number, s.id AS asset_id, s.name AS asset_name, s.category_code
            FROM place_asset s JOIN place_room r ON r.id = s.room_id JOIN place_building b ON b.id = r.building_id
              JOIN place_area a ON a.id = b.area_id
            WHERE s.id = :id AND s.retired = 0 AND r.retired = 0 AND b.retired = 0 AND a.retired = 0""")
        .param("id", assetId)
        .query((rs, i) -> new ReportedPlace(rs.getString("building_id"), rs.getString("building_name"), rs.getString("building_kind"),
            rs.getString("room_id"), rs.getString("room_number"), rs.getString("asset_id"), rs.getString("asset_name"),
            rs.getString("category_code")))
        .optional();
  }

  /** A usable building, for a report made near it rather than in one of its rooms. */
  public Optional<ReportedPlace> building(String buildingId) {
    return jdbc.sql("""
            SELECT b.id AS building_id, b.name AS building_name, b.kind AS building_kind FROM place_building b
            JOIN place_area a ON a.id = b.area_id WHERE b.id = :id AND b.retired = 0 AND a.retired = 0""")
        .param("id", buildingId)
        .query((rs, i) -> new ReportedPlace(rs.getString("building_id"), rs.getString("building_name"), rs.getString("building_kind"),
            null, null, null, null, null))
        .optional();
  }

  /** A usable area (a campus), for a notice that covers all of its buildings. */
  public Optional<Area> area(String areaId) {
    return jdbc.sql("SELECT id, name FROM place_area WHERE id = :id AND retired = 0")
        .param("id", areaId)
        .query((rs, i) -> new Area(rs.getString("id"), rs.getString("name")))
        .optional();
  }

  /** The area a building is in, retired or not. */
  public Optional<String> areaOfBuilding(String buildingId) {
    return jdbc.sql("SELECT area_id FROM place_building WHERE id = :id")
        .param("id", buildingId)
        .query(String.class)
        .optional();
  }

  /** An area: a campus or a part of one, holding buildings. */
  public record Area(String id, String name) {}

  /**
   * A place as a report names it: the building (and what it is used for: DORMITORY, TEACHING, LAB,
   * CANTEEN, OFFICE, OTHER) always, the room and the asset when known, and the asset's usual category.
   */
  public record ReportedPlace(String buildingId, String buildingName, String buildingKind, String roomId,
      String roomNumber,
      String assetId, String assetName, String assetCategoryCode) {}
}
