package cn.campus.repair.places;

import static cn.campus.repair.places.PlaceBodies.clean;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.common.ApiException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' changes to places, one at a time. Names are unique where people tell places apart by them
 * (an area's name, a building's in its area, a room's number in its building): a second one is a 409.
 * Retiring never deletes: the place keeps its history and only stops taking reports.
 */
@Service
@Transactional
class PlaceEditor {

  private final BuildingRows buildings;
  private final RoomRows rooms;
  private final PlaceIds ids;
  private final Catalogue catalogue;

  PlaceEditor(BuildingRows buildings, RoomRows rooms, PlaceIds ids, Catalogue catalogue) {
    this.buildings = buildings;
    this.rooms = rooms;
    this.ids = ids;
    this.catalogue = catalogue;
  }

  PlaceViews.Area createArea(PlaceBodies.Area body) {
    String id = ids.next();
    unique(() -> buildings.insertArea(id, body.name().strip()), "name", "已有同名校区");
    return buildings.area(id).orElseThrow();
  }

  PlaceViews.Area renameArea(String id, PlaceBodies.Area body) {
    requireArea(id);
    unique(() -> buildings.renameArea(id, body.name().strip()), "name", "已有同名校区");
    return buildings.area(id).orElseThrow();
  }

  PlaceViews.Area retireArea(String id, boolean retired) {
    requireArea(id);
    buildings.retireArea(id, retired);
    return buildings.area(id).orElseThrow();
  }

  PlaceViews.Building createBuilding(PlaceBodies.Building body) {
    usableArea(body.areaId());
    String id = ids.next();
    unique(() -> buildings.insertBuilding(id, body.areaId(), buildingFields(body)), "name", "该校区已有同名楼栋");
    return buildings.building(id).orElseThrow();
  }

  PlaceViews.Building updateBuilding(String id, PlaceBodies.Building body) {
    PlaceViews.Building current = requireBuilding(id);
    if (!current.area().id().equals(body.areaId())) {
      usableArea(body.areaId());
    }
    unique(() -> buildings.updateBuilding(id, body.areaId(), buildingFields(body)), "name", "该校区已有同名楼栋");
    return buildings.building(id).orElseThrow();
  }

  PlaceViews.Building retireBuilding(String id, boolean retired) {
    requireBuilding(id);
    buildings.retireBuilding(id, retired);
    return buildings.building(id).orElseThrow();
  }

  PlaceViews.Room createRoom(PlaceBodies.Room body) {
    PlaceViews.Building building = buildings.building(body.buildingId())
        .orElseThrow(() -> ApiException.invalid("buildingId", "楼栋不存在"));
    if (building.retired()) {
      throw ApiException.invalid("buildingId", "楼栋已停用");
    }
    String id = ids.next();
    unique(() -> rooms.insertRoom(id, building.id(), roomFields(body)), "number", "该楼栋已有这个房间号");
    return rooms.room(id).orElseThrow();
  }

  /** A room stays in its building: its requests were made there (a new room is a new place). */
  PlaceViews.Room updateRoom(String id, PlaceBodies.Room body) {
    PlaceViews.Room current = requireRoom(id);
    if (!current.building().id().equals(body.buildingId())) {
      throw ApiException.invalid("buildingId", "房间不能移到另一栋楼，请在那栋楼新建房间");
    }
    unique(() -> rooms.updateRoom(id, roomFields(body)), "number", "该楼栋已有这个房间号");
    return rooms.room(id).orElseThrow();
  }

  PlaceViews.Room retireRoom(String id, boolean retired) {
    requireRoom(id);
    rooms.retireRoom(id, retired);
    return rooms.room(id).orElseThrow();
  }

  PlaceViews.Asset createAsset(PlaceBodies.Asset body) {
    RoomRows.AssetFields fields = assetFields(body);
    String id = ids.next();
    rooms.insertAsset(id, fields);
    return rooms.asset(id, this::category).orElseThrow();
  }

  /** Equipment moves (a projector to another classroom); its history goes with it. */
  PlaceViews.Asset updateAsset(String id, PlaceBodies.Asset body) {
    requireAsset(id);
    rooms.updateAsset(id, assetFields(body));
    return rooms.asset(id, this::category).orElseThrow();
  }

  PlaceViews.Asset retireAsset(String id, boolean retired) {
    requireAsset(id);
    rooms.retireAsset(id, retired);
    return rooms.asset(id, this::category).orElseThrow();
  }

  PlaceViews.Category category(String code) {
    return new PlaceViews.Category(code, catalogue.find(code).map(c -> c.name()).orElse(code));
  }

  private static BuildingRows.BuildingFields buildingFields(PlaceBodies.Building body) {
    if ((body.latitude() == null) != (body.longitude() == null)) {
      throw ApiException.invalid(body.latitude() == null ? "latitude" : "longitude", "请同时填写经度和纬度");
    }
    return new BuildingRows.BuildingFields(body.name().strip(), body.kind(), body.latitude(), body.longitude());
  }

  private static RoomRows.RoomFields roomFields(PlaceBodies.Room body) {
    return new RoomRows.RoomFields(clean(body.floor()), body.number().strip(), clean(body.name()), clean(body.use()));
  }

  private RoomRows.AssetFields assetFields(PlaceBodies.Asset body) {
    PlaceViews.Room room = rooms.room(body.roomId()).orElseThrow(() -> ApiException.invalid("roomId", "房间不存在"));
    if (room.retired()) {
      throw ApiException.invalid("roomId", "房间已停用");
    }
    String category = clean(body.categoryCode());
    if (category != null && !catalogue.exists(category)) {
      throw ApiException.invalid("categoryCode", "未知的报修类别");
    }
    return new RoomRows.AssetFields(room.id(), body.name().strip(), category, clean(body.model()),
        clean(body.serialNumber()), body.installedOn());
  }

  private void usableArea(String areaId) {
    PlaceViews.Area area = buildings.area(areaId).orElseThrow(() -> ApiException.invalid("areaId", "校区不存在"));
    if (area.retired()) {
      throw ApiException.invalid("areaId", "校区已停用");
    }
  }

  private void requireArea(String id) {
    buildings.area(id).orElseThrow(() -> ApiException.notFound("校区不存在"));
  }

  private PlaceViews.Building requireBuilding(String id) {
    return buildings.building(id).orElseThrow(() -> ApiException.notFound("楼栋不存在"));
  }

  private PlaceViews.Room requireRoom(String id) {
    return rooms.room(id).orElseThrow(() -> ApiException.notFound("房间不存在"));
  }

  private void requireAsset(String id) {
    rooms.asset(id, this::category).orElseThrow(() -> ApiException.notFound("设备不存在"));
  }

  /** Writes, answering a name that another place already has (also one added a moment ago) with 409. */
  private static void unique(Runnable write, String field, String message) {
    try {
      write.run();
    } catch (DuplicateKeyException taken) {
      throw new ApiException(HttpStatus.CONFLICT, message, List.of(new ApiException.FieldError(field, message)), null);
    }
  }
}
