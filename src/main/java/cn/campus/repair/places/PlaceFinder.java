package cn.campus.repair.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finding a place from what a person has: a map point (the buildings nearest to it) or the address
 * in their profile (the rooms it names).
 */
@Component
class PlaceFinder {

  /** Farther than this, a building is no help in telling where a street lamp is. */
  static final long NEAR_METERS = 2_000;
  private static final double EARTH_RADIUS_METERS = 6_371_000;

  private final BuildingRows buildings;
  private final RoomRows rooms;

  PlaceFinder(BuildingRows buildings, RoomRows rooms) {
    this.buildings = buildings;
    this.rooms = rooms;
  }

  /** Up to {@code limit} usable buildings within {@link #NEAR_METERS} of the point, nearest first. */
  List<PlaceViews.NearBuilding> nearest(double latitude, double longitude, int limit) {
    return buildings.mappedBuildings().stream()
        .map(b -> new PlaceViews.NearBuilding(b, Math.round(meters(latitude, longitude, b.latitude(), b.longitude()))))
        .filter(near -> near.distanceMeters() <= NEAR_METERS)
        .sorted(Comparator.comparingLong(PlaceViews.NearBuilding::distanceMeters))
        .limit(limit)
        .toList();
  }

  /**
   * The usable rooms an address names, best first: a building whose name it contains, then a room of
   * that building whose number follows the name ("南校区7号楼301" → 7号楼 301). Longer names and
   * numbers win over the shorter ones they contain (17号楼 over 7号楼).
   */
  List<PlaceViews.Room> named(String text, int limit) {
    String address = text.replaceAll("\\s+", "");
    List<PlaceViews.Room> found = new ArrayList<>();
    buildings.usableBuildings().stream()
        .filter(b -> address.contains(b.name().replaceAll("\\s+", "")))
        .sorted(Comparator.comparingInt((PlaceViews.Building b) -> b.name().length()).reversed())
        .forEach(building -> {
          String name = building.name().replaceAll("\\s+", "");
          String rest = address.substring(address.indexOf(name) + name.length());
          rooms.roomsOf(building.id(), false).stream()
              .filter(room -> rest.contains(room.number()))
              .sorted(Comparator.comparingInt((PlaceViews.Room room) -> room.number().length()).reversed())
              .forEach(found::add);
        });
    return found.stream().limit(limit).toList();
  }

  /** Great-circle distance (haversine): plenty for the size of a campus. */
  static double meters(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
