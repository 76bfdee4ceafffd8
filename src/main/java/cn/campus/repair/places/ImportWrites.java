package cn.campus.repair.places;

import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** An import's rooms written in batches: 20,000 rooms are a few round trips, not 20,000. */
@Repository
class ImportWrites {

  private final NamedParameterJdbcTemplate jdbc;

  ImportWrites(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record NewRoom(String id, String buildingId, RoomRows.RoomFields fields) {}

  record ChangedRoom(String id, RoomRows.RoomFields fields) {}

  void insertRooms(List<NewRoom> rooms) {
    Object now = Times.toDb(Instant.now());
    SqlParameterSource[] batch = rooms.stream().map(room -> new MapSqlParameterSource()
            .addValue("id", room.id())
            .addValue("buildingId", room.buildingId())
            .addValue("floor", room.fields().floor())
            .addValue("number", room.fields().number())
            .addValue("name", room.fields().name())
            .addValue("use", room.fields().use())
            .addValue("now", now))
        .toArray(SqlParameterSource[]::new);
    jdbc.batchUpdate("""
        INSERT INTO place_room (id, building_id, floor, number, name, room_use, retired, created_at, updated_at)
        VALUES (:id, :buildingId, :floor, :number, :name, :use, 0, :now, :now)""", batch);
  }

  void updateRooms(List<ChangedRoom> rooms) {
    Object now = Times.toDb(Instant.now());
    SqlParameterSource[] batch = rooms.stream().map(room -> new MapSqlParameterSource()
            .addValue("id", room.id())
            .addValue("floor", room.fields().floor())
            .addValue("name", room.fields().name())
            .addValue("use", room.fields().use())
            .addValue("now", now))
        .toArray(SqlParameterSource[]::new);
    jdbc.batchUpdate("UPDATE place_room SET floor = :floor, name = :name, room_use = :use, updated_at = :now WHERE id = :id",
        batch);
  }
}
