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

/** Areas and buildings: everyone logged in reads them (the report form's pickers), admins change them. */
@RestController
@RequestMapping("/api/places")
class BuildingController {

  private final BuildingRows buildings;
  private final PlaceEditor editor;
  private final PlaceFinder finder;

  BuildingController(BuildingRows buildings, PlaceEditor editor, PlaceFinder finder) {
    this.buildings = buildings;
    this.editor = editor;
    this.finder = finder;
  }

  @GetMapping("/areas")
  List<PlaceViews.Area> areas() {
    return buildings.areas();
  }

  @PostMapping("/areas")
  @ResponseStatus(HttpStatus.CREATED)
  PlaceViews.Area createArea(@Valid @RequestBody PlaceBodies.Area body) {
    return editor.createArea(body);
  }

  @PutMapping("/areas/{id}")
  PlaceViews.Area renameArea(@PathVariable String id, @Valid @RequestBody PlaceBodies.Area body) {
    return editor.renameArea(id, body);
  }

  @PostMapping("/areas/{id}/retire")
  PlaceViews.Area retireArea(@PathVariable String id) {
    return editor.retireArea(id, true);
  }

  @PostMapping("/areas/{id}/restore")
  PlaceViews.Area restoreArea(@PathVariable String id) {
    return editor.retireArea(id, false);
  }

  @GetMapping("/buildings")
  Page<PlaceViews.Building> buildings(
      @RequestParam(required = false) String areaId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean includeRetired,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    String search = PlaceBodies.clean(q);
    String area = PlaceBodies.clean(areaId);
    return new Page<>(buildings.buildings(area, search, includeRetired, page, size), page, size,
        buildings.countBuildings(area, search, includeRetired));
  }

  /** The buildings near a map point: what the report form suggests for a place outdoors. */
  @GetMapping("/buildings/nearest")
  List<PlaceViews.NearBuilding> nearest(@RequestParam Double latitude, @RequestParam Double longitude) {
    if (latitude.isNaN() || latitude < -90 || latitude > 90) {
      throw ApiException.invalid("latitude", "纬度无效");
    }
    if (longitude.isNaN() || longitude < -180 || longitude > 180) {
      throw ApiException.invalid("longitude", "经度无效");
    }
    return finder.nearest(latitude, longitude, 3);
  }

  @GetMapping("/buildings/{id}")
  PlaceViews.Building building(@PathVariable String id) {
    return buildings.building(id).orElseThrow(() -> ApiException.notFound("楼栋不存在"));
  }

  @PostMapping("/buildings")
  @ResponseStatus(HttpStatus.CREATED)
  PlaceViews.Building createBuilding(@Valid @RequestBody PlaceBodies.Building body) {
    return editor.createBuilding(body);
  }

  @PutMapping("/buildings/{id}")
  PlaceViews.Building updateBuilding(@PathVariable String id, @Valid @RequestBody PlaceBodies.Building body) {
    return editor.updateBuilding(id, body);
  }

  /** The building's rooms stop taking reports too; its requests and their history stay. */
  @PostMapping("/buildings/{id}/retire")
  PlaceViews.Building retireBuilding(@PathVariable String id) {
    return editor.retireBuilding(id, true);
  }

  @PostMapping("/buildings/{id}/restore")
  PlaceViews.Building restoreBuilding(@PathVariable String id) {
    return editor.retireBuilding(id, false);
  }
}
