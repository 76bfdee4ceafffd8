package cn.campus.repair.places;

import cn.campus.repair.common.Times;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rooms and the equipment in them: {@code place_room}, {@code place_asset}. */
@Repository
class RoomRows {

  private static final String ROOM_COLUMNS = """
      r.id, r.floor, r.number, r.name, r.room_use, r.retired, b.id AS building_id, b.name AS building_name,
        b.retired AS building_retired, a.id AS area_id, a.name AS area_name, a.retired AS area_retired""";
  private static final String ROOM_FROM =
      " FROM place_room r JOIN place_building b ON b.id = r.building_id JOIN place_area a ON a.id = b.area_id";
  private static final String ASSET = "SELECT s.id AS asset_id, s.name AS asset_name, s.category_code, s.model, "
      + "s.serial_number, s.installed_on, s.retired AS asset_retired, " + ROOM_COLUMNS
      + " FROM place_asset s JOIN place_room r ON r.id = s.room_id JOIN place_building b ON b.id = r.building_id"
      + " JOIN place_area a ON a.id = b.area_id";

  private final JdbcClient jdbc;

  RoomRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A building's rooms by floor and number; {@code q} finds a number or name containing it. */
  List<PlaceViews.Room> rooms(String buildingId, String q, boolean withRetired, int page, int size) {
    return jdbc.sql("SELECT " + ROOM_COLUMNS + ROOM_FROM + roomFilter(q, withRetired)
            + " ORDER BY r.building_id, r.floor, r.number, r.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .param("buildingId", buildingId)
        .param("q", q == null ? null : "%" + BuildingRows.likeEscaped(q) + "%")
        .param("offset", (long) page * size)
        .param("size", size)
        .query(RoomRows::room)
        .list();
  }

  long countRooms(String buildingId, String q, boolean withRetired) {
    return jdbc.sql("SELECT COUNT(*)" + ROOM_FROM + roomFilter(q, withRetired))
        .param("buildingId", buildingId)
        .param("q", q == null ? null : "%" + BuildingRows.likeEscaped(q) + "%")
        .query(Long.class)
        .single();
  }

  private static String roomFilter(String q, boolean withRetired) {
    StringBuilder where = new StringBuilder(" WHERE r.building_id = :buildingId");
    if (q != null) {
      where.append(" AND (r.number LIKE :q ESCAPE '\\' OR r.name LIKE :q ESCAPE '\\')");
    }
    if (!withRetired) {
      where.append(" AND r.retired = 0");
    }
    return where.toString();
  }

  /** Every room of a building, usable or not: its label sheet, an import. */
  List<PlaceViews.Room> roomsOf(String buildingId, boolean withRetired) {
    return jdbc.sql("SELECT " + ROOM_COLUMNS + ROOM_FROM + " WHERE r.building_id = :buildingId"
            + (withRetired ? "" : " AND r.retired = 0") + " ORDER BY r.floor, r.number, r.id")
        .param("buildingId", buildingId)
        .query(RoomRows::room)
        .list();
  }

  Optional<PlaceViews.Room> room(String id) {
    return jdbc.sql("SELECT " + ROOM_COLUMNS + ROOM_FROM + " WHERE r.id = :id").param("id", id).query(RoomRows::room).optional();
  }

  void insertRoom(String id, String buildingId, RoomFields fields) {
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO place_room (id, building_id, floor, number, name, room_use, retired, created_at, updated_at)
            VALUES (:id, :buildingId, :floor, :number, :name, :use, 0, :now, :now)""")
        .param("id", id)
        .param("buildingId", buildingId)
        .param("floor", fields.floor())
        .param("number", fields.number())
        .param("name", fields.name())
        .param("use", fields.use())
        .param("now", Times.toDb(now))
        .update();
  }

  void updateRoom(String id, RoomFields fields) {
    jdbc.sql("""
            UPDATE place_room SET floor = :floor, number = :number, name = :name, room_use = :use, updated_at = :now
            WHERE id = :id""")
        .param("floor", fields.floor())
        .param("number", fields.number())
        .param("name", fields.name())
        .param("use", fields.use())
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
  }

  void retireRoom(String id, boolean retired) {
    retire("place_room", id, retired);
  }

  List<PlaceViews.Asset> assetsIn(String roomId, boolean withRetired, Function<String, PlaceViews.Category> categories) {
    return jdbc.sql(ASSET + " WHERE s.room_id = :roomId" + (withRetired ? "" : " AND s.retired = 0") + " ORDER BY s.name, s.id")
        .param("roomId", roomId)
        .query((rs, i) -> asset(rs, categories))
        .list();
  }

  Optional<PlaceViews.Asset> asset(String id, Function<String, PlaceViews.Category> categories) {
    return jdbc.sql(ASSET + " WHERE s.id = :id").param("id", id).query((rs, i) -> asset(rs, categories)).optional();
  }

  void insertAsset(String id, AssetFields fields) {
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO place_asset (id, room_id, name, category_code, model, serial_number, installed_on, retired,
              created_at, updated_at)
            VALUES (:id, :roomId, :name, :category, :model, :serial, :installedOn, 0, :now, :now)""")
        .param("id", id)
        .param("roomId", fields.roomId())
        .param("name", fields.name())
        .param("category", fields.categoryCode())
        .param("model", fields.model())
        .param("serial", fields.serialNumber())
        .param("installedOn", fields.installedOn() == null ? null : Date.valueOf(fields.installedOn()))
        .param("now", Times.toDb(now))
        .update();
  }

  void updateAsset(String id, AssetFields fields) {
    jdbc.sql("""
            UPDATE place_asset SET room_id = :roomId, name = :name, category_code = :category, model = :model,
              serial_number = :serial, installed_on = :installedOn, updated_at = :now WHERE id = :id""")
        .param("roomId", fields.roomId())
        .param("name", fields.name())
        .param("category", fields.categoryCode())
        .param("model", fields.model())
        .param("serial", fields.serialNumber())
        .param("installedOn", fields.installedOn() == null ? null : Date.valueOf(fields.installedOn()))
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
  }

  void retireAsset(String id, boolean retired) {
    retire("place_asset", id, retired);
  }

  private void retire(String table, String id, boolean retired) {
    jdbc.sql("UPDATE " + table + " SET retired = :retired, updated_at = :now WHERE id = :id")
        .param("retired", retired ? 1 : 0)
        .param("now", Times.toDb(Instant.now()))
        .param("id", id)
        .update();
  }

  record RoomFields(String floor, String number, String name, String use) {}

  record AssetFields(String roomId, String name, String categoryCode, String model, String serialNumber,
      LocalDate installedOn) {}

  static PlaceViews.Room room(ResultSet rs, int row) throws SQLException {
    boolean buildingRetired = rs.getInt("building_retired") == 1 || rs.getInt("area_retired") == 1;
    String buildingName = rs.getString("building_name");
    String number = rs.getString("number");
    return new PlaceViews.Room(
        rs.getString("id"),
        new PlaceViews.BuildingRef(rs.getString("building_id"), buildingName,
            new PlaceViews.AreaRef(rs.getString("area_id"), rs.getString("area_name")), buildingRetired),
        rs.getString("floor"),
        number,
        rs.getString("name"),
        rs.getString("room_use"),
        buildingRetired || rs.getInt("retired") == 1,
        buildingName + " " + number);
  }

  private static PlaceViews.Asset asset(ResultSet rs, Function<String, PlaceViews.Category> categories) throws SQLException {
    PlaceViews.Room room = room(rs, 0);
    Date installed = rs.getDate("installed_on");
    String category = rs.getString("category_code");
    return new PlaceViews.Asset(
        rs.getString("asset_id"),
        room,
        rs.getString("asset_name"),
        category == null ? null : categories.apply(category),
        rs.getString("model"),
        rs.getString("serial_number"),
        installed == null ? null : installed.toLocalDate(),
        room.retired() || rs.getInt("asset_retired") == 1);
  }
}
