package cn.campus.repair.request;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.places.Places;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a report was made: the place picked from the places (an asset, a room or a building, each
 * usable), or the building and room typed by hand. A picked place gives the names the request keeps;
 * an id that names nothing usable is refused, naming the field, rather than dropped.
 */
@Component
class PlaceOfReport {

  private final Places places;

  PlaceOfReport(Places places) {
    this.places = places;
  }

  Reported resolve(SubmitBody.Location location) {
    String assetId = idOrNull(location.assetId());
    String roomId = idOrNull(location.roomId());
    String buildingId = idOrNull(location.buildingId());
    Optional<Places.ReportedPlace> picked = Optional.empty();
    if (assetId != null) {
      picked = Optional.of(places.asset(assetId)
          .orElseThrow(() -> ApiException.invalid("location.assetId", "设备不存在或已停用")));
      requireSame(roomId, picked.get().roomId(), "location.assetId", "该设备不在所选房间");
    } else if (roomId != null) {
      picked = Optional.of(places.room(roomId)
          .orElseThrow(() -> ApiException.invalid("location.roomId", "房间不存在或已停用")));
    } else if (buildingId != null) {
      picked = Optional.of(places.building(buildingId)
          .orElseThrow(() -> ApiException.invalid("location.buildingId", "楼栋不存在或已停用")));
    }
    if (picked.isPresent()) {
      Places.ReportedPlace place = picked.get();
      requireSame(buildingId, place.buildingId(), assetId != null ? "location.assetId" : "location.roomId",
          "所选房间不在所选楼栋");
      return new Reported(place.buildingName(), place.roomNumber() != null ? place.roomNumber() : strip(location.room()),
          new RequestRow.Place(place.buildingId(), place.roomId(), place.assetId(), place.assetName()),
          place.buildingKind());
    }
    String building = strip(location.building());
    if (building == null || building.isEmpty()) {
      throw ApiException.invalid("location.building", "请填写楼栋");
    }
    return new Reported(building, strip(location.room()), null, null);
  }

  /**
   * The names a request keeps (as they were when it was made), the ids of the place, and what its
   * building is used for (null when typed by hand).
   */
  record Reported(String building, String room, RequestRow.Place place, String buildingKind) {}

  private static void requireSame(String given, String actual, String field, String message) {
    if (given != null && !given.equals(actual)) {
      throw ApiException.invalid(field, message);
    }
  }

  private static String idOrNull(String id) {
    return id == null || id.isBlank() ? null : id.strip();
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
