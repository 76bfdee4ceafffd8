package cn.campus.repair.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Places made through the API as an admin would, each with a name no other test uses (tests share
 * the database).
 */
public final class Campus {

  private static final AtomicLong NAMES = new AtomicLong(System.nanoTime() % 1_000_000);

  private final ApiClient api;
  private final String admin;

  public Campus(ApiClient api, String adminToken) {
    this.api = api;
    this.admin = adminToken;
  }

  public static String unique(String prefix) {
    return prefix + NAMES.incrementAndGet();
  }

  public String area() {
    return created(api.post("/api/places/areas", admin, Map.of("name", unique("校区"))));
  }

  public String building(String areaId) {
    return building(areaId, unique("楼"), null, null);
  }

  public String building(String areaId, String name, Double latitude, Double longitude) {
    Map<String, Object> body = new HashMap<>(Map.of("areaId", areaId, "name", name, "kind", "DORMITORY"));
    body.put("latitude", latitude);
    body.put("longitude", longitude);
    return created(api.post("/api/places/buildings", admin, body));
  }

  public String room(String buildingId, String number) {
    return created(api.post("/api/places/rooms", admin,
        Map.of("buildingId", buildingId, "floor", number.substring(0, 1), "number", number, "use", "宿舍")));
  }

  public String asset(String roomId, String name, String categoryCode) {
    return created(api.post("/api/places/assets", admin,
        Map.of("roomId", roomId, "name", name, "categoryCode", categoryCode, "model", "KFR-35GW")));
  }

  /** A room in a building of its own: a place no other test reports at. */
  public String newRoom() {
    return room(building(area()), "301");
  }

  private static String created(ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.text("id");
  }
}
