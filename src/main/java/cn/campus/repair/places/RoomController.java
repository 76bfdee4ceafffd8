package cn.campus.repair.places;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rooms and their equipment: everyone logged in reads them, admins change them. */
@RestController
@RequestMapping("/api/places")
class RoomController {

  private static final int MAX_ADDRESS = 200;

  private final RoomRows rooms;
  private final BuildingRows buildings;
  private final PlaceEditor editor;
  private final PlaceFinder finder;

  RoomController(RoomRows rooms, BuildingRows buildings, PlaceEditor editor, PlaceFinder finder) {
    this.rooms = rooms;
    this.buildings = buildings;
    this.editor = editor;
    this.finder = finder;
  }

  @GetMapping("/rooms")
  Page<PlaceViews.Room> rooms(
      @RequestParam(required = false) String buildingId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean includeRetired,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    String building = PlaceBodies.clean(buildingId);
    if (building == null) {
      throw ApiException.invalid("buildingId", "请选择楼栋");
    }
    Paging.check(page, size);
    buildings.building(building).orElseThrow(() -> ApiException.notFound("楼栋不存在"));
    String search = PlaceBodies.clean(q);
    return new Page<>(rooms.rooms(building, search, includeRetired, page, size), page, size,
        rooms.countRooms(building, search, includeRetired));
  }

  /** The rooms an address names (the profile's "南校区7号楼301"): the report form lists them first. */
  @GetMapping("/rooms/matching")
  List<PlaceViews.Room> matching(@RequestParam(required = false) String text) {
    String address = PlaceBodies.clean(text);
    if (address == null) {
      return List.of();
    }
    if (address.length() > MAX_ADDRESS) {
      throw ApiException.invalid("text", "地址最多200个字");
    }
    return finder.named(address, 5);
  }

  @GetMapping("/rooms/{id}")
  PlaceViews.Room room(@PathVariable String id) {
    return rooms.room(id).orElseThrow(() -> ApiException.notFound("房间不存在"));
  }

  @PostMapping("/rooms")
  @ResponseStatus(HttpStatus.CREATED)
  PlaceViews.Room createRoom(@Valid @RequestBody PlaceBodies.Room body) {
    return editor.createRoom(body);
  }

  @PutMapping("/rooms/{id}")
  PlaceViews.Room updateRoom(@PathVariable String id, @Valid @RequestBody PlaceBodies.Room body) {
    return editor.updateRoom(id, body);
  }

  @PostMapping("/rooms/{id}/retire")
  PlaceViews.Room retireRoom(@PathVariable String id) {
    return editor.retireRoom(id, true);
  }

  @PostMapping("/rooms/{id}/restore")
  PlaceViews.Room restoreRoom(@PathVariable String id) {
    return editor.retireRoom(id, false);
  }

  @GetMapping("/rooms/{id}/assets")
  List<PlaceViews.Asset> assets(@PathVariable String id, @RequestParam(defaultValue = "false") boolean includeRetired) {
    rooms.room(id).orElseThrow(() -> ApiException.notFound("房间不存在"));
    return rooms.assetsIn(id, includeRetired, editor::category);
  }

  @GetMapping("/assets/{id}")
  PlaceViews.Asset asset(@PathVariable String id) {
    return rooms.asset(id, editor::category).orElseThrow(() -> ApiException.notFound("设备不存在"));
  }

  @PostMapping("/assets")
  @ResponseStatus(HttpStatus.CREATED)
  PlaceViews.Asset createAsset(@Valid @RequestBody PlaceBodies.Asset body) {
    return editor.createAsset(body);
  }

  @PutMapping("/assets/{id}")
  PlaceViews.Asset updateAsset(@PathVariable String id, @Valid @RequestBody PlaceBodies.Asset body) {
    return editor.updateAsset(id, body);
  }

  @PostMapping("/assets/{id}/retire")
  PlaceViews.Asset retireAsset(@PathVariable String id) {
    return editor.retireAsset(id, true);
  }

  @PostMapping("/assets/{id}/restore")
  PlaceViews.Asset restoreAsset(@PathVariable String id) {
    return editor.retireAsset(id, false);
  }
}
