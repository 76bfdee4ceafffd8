package cn.campus.repair.request;

import java.util.Map;

/**
 * A list narrowed to one place: a building, a room or an asset (the ids a request keeps). The most
 * specific one given leads, so the list walks that place's index newest first and stops after a page.
 */
record PlaceFilter(String buildingId, String roomId, String assetId) {

  static final PlaceFilter NONE = new PlaceFilter(null, null, null);

  static PlaceFilter of(String buildingId, String roomId, String assetId) {
    return new PlaceFilter(blankToNull(buildingId), blankToNull(roomId), blankToNull(assetId));
  }

  boolean isEmpty() {
    return buildingId == null && roomId == null && assetId == null;
  }

  /** The column of the most specific place given, which the list's index starts with. */
  String leadingColumn() {
    return assetId != null ? "r.asset_id" : roomId != null ? "r.room_id" : "r.building_id";
  }

  /** " AND ..." for every place given. */
  String conditions() {
    StringBuilder where = new StringBuilder();
    if (buildingId != null) {
      where.append(" AND r.building_id = :placeBuildingId");
    }
    if (roomId != null) {
      where.append(" AND r.room_id = :placeRoomId");
    }
    if (assetId != null) {
      where.append(" AND r.asset_id = :placeAssetId");
    }
    return where.toString();
  }

  void addParams(Map<String, Object> params) {
    if (buildingId != null) {
      params.put("placeBuildingId", buildingId);
    }
    if (roomId != null) {
      params.put("placeRoomId", roomId);
    }
    if (assetId != null) {
      params.put("placeAssetId", assetId);
    }
  }

  private static String blankToNull(String id) {
    return id == null || id.isBlank() ? null : id.strip();
  }
}
