package cn.campus.repair.places;

import java.time.LocalDate;

/** The JSON shapes of places. {@code retired} is true when the place or anything it is in is retired. */
final class PlaceViews {

  private PlaceViews() {}

  record Area(String id, String name, boolean retired) {}

  record AreaRef(String id, String name) {}

  record Building(String id, AreaRef area, String name, String kind, String kindName, Double latitude,
      Double longitude, boolean retired) {}

  record BuildingRef(String id, String name, AreaRef area, boolean retired) {}

  /** {@code label} is how a person says it: "7号楼 301". */
  record Room(String id, BuildingRef building, String floor, String number, String name, String use,
      boolean retired, String label) {}

  record Category(String code, String name) {}

  record Asset(String id, Room room, String name, Category category, String model, String serialNumber,
      LocalDate installedOn, boolean retired) {}

  /** A building near a map point, for a report made outdoors (a street lamp, a manhole cover). */
  record NearBuilding(Building building, long distanceMeters) {}
}
