package cn.campus.repair.places;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Admins manage areas, buildings, rooms and assets; everyone logged in reads them. */
class PlacesApiTest extends IntegrationTest {

  @Test
  void anAdminBuildsACampusThatEveryoneCanPickFrom() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String buildingName = Campus.unique("北区") + "号楼";
    String building = campus.building(area, buildingName, 27.9170, 120.7000);
    String room = campus.room(building, "402");
    campus.room(building, "403");
    String asset = campus.asset(room, "空调", "AIR_CONDITIONER");

    Person student = newStudent();
    ApiResponse found = expect(200, api.get("/api/places/buildings?q=" + buildingName, student.token()));
    assertThat(ids(found.body().path("items"))).containsExactly(building);
    assertThat(found.body().path("items").path(0).path("kindName").asText()).isEqualTo("宿舍");
    assertThat(found.body().path("items").path(0).path("area").path("id").asText()).isEqualTo(area);

    ApiResponse rooms = expect(200, api.get("/api/places/rooms?buildingId=" + building + "&q=40", student.token()));
    assertThat(rooms.body().path("items").findValuesAsText("number")).containsExactly("402", "403");
    assertThat(rooms.body().path("total").asInt()).isEqualTo(2);

    ApiResponse one = expect(200, api.get("/api/places/rooms/" + room, student.token()));
    assertThat(one.text("label")).isEqualTo(buildingName + " 402");
    assertThat(one.body().path("retired").asBoolean()).isFalse();

    ApiResponse assets = expect(200, api.get("/api/places/rooms/" + room + "/assets", student.token()));
    assertThat(ids(assets.body())).containsExactly(asset);
    assertThat(assets.body().path(0).path("category").path("name").asText()).isEqualTo("空调");
  }

  @Test
  void theNearestBuildingsToAMapPointAndTheRoomsAnAddressNames() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String name = Campus.unique("图书馆");
    String near = campus.building(area, name, 27.9170, 120.7000);
    String room = campus.room(near, "301");
    campus.room(near, "30");
    Person student = newStudent();

    // About 110 m north of the building
    ApiResponse nearest = expect(200, api.get("/api/places/buildings/nearest?latitude=27.9180&longitude=120.7000", student.token()));
    assertThat(ids(nearest.body(), "building")).contains(near);
    assertThat(nearest.body().path(0).path("distanceMeters").asLong()).isBetween(0L, 2000L);
    ApiResponse far = expect(200, api.get("/api/places/buildings/nearest?latitude=30.0&longitude=120.7", student.token()));
    assertThat(ids(far.body(), "building")).doesNotContain(near);

    ApiResponse matching = expect(200, api.get("/api/places/rooms/matching?text=南校区" + name + " 301室", student.token()));
    assertThat(ids(matching.body())).first().isEqualTo(room);
  }

  @Test
  void anAdminEditsAndRetiresPlacesAndRetiredOnesDisappearFromThePickers() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String building = campus.building(area);
    String room = campus.room(building, "101");

    ApiResponse edited = expect(200, api.put("/api/places/rooms/" + room, admin,
        Map.of("buildingId", building, "floor", "1", "number", "101A", "name", "开水房", "use", "公共")));
    assertThat(edited.text("number")).isEqualTo("101A");
    assertThat(edited.text("name")).isEqualTo("开水房");

    expect(200, api.post("/api/places/rooms/" + room + "/retire", admin, null));
    Person student = newStudent();
    assertThat(api.get("/api/places/rooms?buildingId=" + building, student.token()).body().path("total").asInt()).isZero();
    assertThat(api.get("/api/places/rooms?buildingId=" + building + "&includeRetired=true", admin)
        .body().path("items").path(0).path("retired").asBoolean()).isTrue();
    expect(200, api.post("/api/places/rooms/" + room + "/restore", admin, null));

    // A retired building retires its rooms with it, and keeps them.
    expect(200, api.post("/api/places/buildings/" + building + "/retire", admin, null));
    assertThat(api.get("/api/places/rooms/" + room, student.token()).body().path("retired").asBoolean()).isTrue();
    assertThat(api.get("/api/places/buildings?areaId=" + area, student.token()).body().path("total").asInt()).isZero();
    ApiResponse refused = api.post("/api/places/rooms", admin, Map.of("buildingId", building, "number", "102"));
    assertField(refused, 400, "buildingId");
    expect(200, api.post("/api/places/buildings/" + building + "/restore", admin, null));
    assertThat(api.get("/api/places/rooms/" + room, student.token()).body().path("retired").asBoolean()).isFalse();
  }

  @Test
  void onlyAdminsChangePlacesAndPrintLabels() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String room = campus.room(building, "201");
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");

    for (String token : new String[] {student.token(), worker.token()}) {
      assertRefused(403, api.post("/api/places/areas", token, Map.of("name", Campus.unique("校区"))));
      assertRefused(403, api.post("/api/places/rooms", token, Map.of("buildingId", building, "number", "202")));
      assertRefused(403, api.put("/api/places/rooms/" + room, token, Map.of("buildingId", building, "number", "2")));
      assertRefused(403, api.post("/api/places/rooms/" + room + "/retire", token, null));
      assertRefused(403, api.get("/api/places/rooms/" + room + "/qr.png", token));
      assertRefused(403, api.get("/api/places/buildings/" + building + "/labels.pdf", token));
      assertRefused(403, api.get("/api/places/import/template", token));
    }
    assertRefused(401, api.get("/api/places/buildings", null));
    assertThat(api.get("/api/places/rooms/" + room, admin).text("number")).isEqualTo("201");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String building = campus.building(area);
    String name = Campus.unique("楼");

    assertField(api.post("/api/places/buildings", admin, Map.of("areaId", area, "kind", "DORMITORY")), 400, "name");
    assertField(api.post("/api/places/buildings", admin, Map.of("areaId", area, "name", name, "kind", "CASTLE")), 400, "kind");
    assertField(api.post("/api/places/buildings", admin, Map.of("areaId", "nope", "name", name, "kind", "LAB")), 400, "areaId");
    assertField(api.post("/api/places/buildings", admin,
        Map.of("areaId", area, "name", name, "kind", "LAB", "latitude", 27.9)), 400, "longitude");
    assertField(api.post("/api/places/buildings", admin,
        Map.of("areaId", area, "name", "楼".repeat(101), "kind", "LAB")), 400, "name");
    assertField(api.post("/api/places/rooms", admin, Map.of("buildingId", building, "number", "1".repeat(51))), 400, "number");
    assertField(api.post("/api/places/rooms", admin, Map.of("buildingId", "nope", "number", "1")), 400, "buildingId");
    Map<String, Object> asset = new HashMap<>(Map.of("roomId", campus.room(building, "501"), "name", "热水器"));
    asset.put("installedOn", "2999-01-01");
    assertField(api.post("/api/places/assets", admin, asset), 400, "installedOn");
    asset.put("installedOn", "2024-02-30");
    assertField(api.post("/api/places/assets", admin, asset), 400, "installedOn");
    asset.put("installedOn", null);
    asset.put("categoryCode", "TELEPORTER");
    assertField(api.post("/api/places/assets", admin, asset), 400, "categoryCode");
    assertRefused(400, api.post("/api/places/rooms", admin, "{\"buildingId\": \"" + building + "\", \"number\": "));
    assertRefused(400, api.post("/api/places/rooms", admin,
        "{\"buildingId\": \"" + building + "\", \"number\": \"1\", \"number\": \"2\"}"));
    assertRefused(400, api.post("/api/places/rooms", admin, "[1, 2]"));
    assertRefused(413, api.post("/api/places/rooms", admin, Map.of("buildingId", building, "number", "x".repeat(200_000))));
    assertField(api.get("/api/places/buildings/nearest?latitude=91&longitude=120", admin), 400, "latitude");
    assertField(api.get("/api/places/buildings/nearest?latitude=abc&longitude=120", admin), 400, "latitude");
    assertField(api.get("/api/places/rooms", admin), 400, "buildingId");
    assertField(api.get("/api/places/rooms?buildingId=" + building + "&size=1000", admin), 400, "size");

    assertThat(api.get("/api/places/rooms?buildingId=" + building, admin).body().path("total").asInt()).isEqualTo(1);
    assertThat(api.get("/api/places/buildings?areaId=" + area, admin).body().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void aNameTakenAndAnUnknownPlaceAreRefused() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String area = campus.area();
    String building = campus.building(area);
    String room = campus.room(building, "301");
    String other = campus.room(building, "302");

    assertField(api.post("/api/places/rooms", admin, Map.of("buildingId", building, "number", "301")), 409, "number");
    assertField(api.put("/api/places/rooms/" + other, admin, Map.of("buildingId", building, "number", "301")), 409, "number");
    String name = api.get("/api/places/buildings/" + building, admin).text("name");
    assertField(api.post("/api/places/buildings", admin, Map.of("areaId", area, "name", name, "kind", "LAB")), 409, "name");
    String otherBuilding = campus.building(area);
    assertField(api.put("/api/places/rooms/" + room, admin, Map.of("buildingId", otherBuilding, "number", "301")), 400, "buildingId");

    assertRefused(404, api.get("/api/places/rooms/nope", admin));
    assertRefused(404, api.get("/api/places/buildings/nope", admin));
    assertRefused(404, api.get("/api/places/assets/nope", admin));
    assertRefused(404, api.post("/api/places/rooms/nope/retire", admin, null));
    assertRefused(404, api.put("/api/places/areas/nope", admin, Map.of("name", "x")));
  }

  @Test
  void twoAdminsAddingTheSameRoomAtOnceMakeOneRoom() throws Exception {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    int tries = 6;
    ExecutorService pool = Executors.newFixedThreadPool(tries);
    try {
      List<Future<ApiResponse>> answers = new ArrayList<>();
      for (int i = 0; i < tries; i++) {
        answers.add(pool.submit(() -> api.post("/api/places/rooms", admin, Map.of("buildingId", building, "number", "808"))));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<ApiResponse> answer : answers) {
        statuses.add(answer.get().status());
      }
      assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.get("/api/places/rooms?buildingId=" + building, admin).body().path("total").asInt()).isEqualTo(1);
  }

  /** The ids of a list's items (not those of the places they are in). */
  static List<String> ids(JsonNode items, String... path) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> {
      JsonNode node = item;
      for (String step : path) {
        node = node.path(step);
      }
      ids.add(node.path("id").asText());
    });
    return ids;
  }

  static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(response.toString()).isTrue();
    assertThat(response.text("detail")).isNotBlank();
  }

  static void assertField(ApiResponse response, int status, String field) {
    assertRefused(status, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).contains(field);
  }
}
