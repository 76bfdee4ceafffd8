package cn.campus.repair.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Reports made at a place picked from the places, the building filter and the history at a place. */
class RequestPlacesApiTest extends IntegrationTest {

  @Test
  void aReportAtARoomKeepsItsIdsAndNamesAndOlderTextStillWorks() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String room = campus.room(building, "512");
    String asset = campus.asset(room, "热水器", "WATER_ELECTRIC");
    String buildingName = api.get("/api/places/buildings/" + building, admin).text("name");
    Person student = newStudent();

    ApiResponse atRoom = expect(201, report(student, Map.of("roomId", room, "detail", "靠窗的灯")));
    JsonNode location = atRoom.body().path("location");
    assertThat(location.path("building").asText()).isEqualTo(buildingName);
    assertThat(location.path("room").asText()).isEqualTo("512");
    assertThat(location.path("detail").asText()).isEqualTo("靠窗的灯");
    assertThat(location.path("roomId").asText()).isEqualTo(room);
    assertThat(location.path("buildingId").asText()).isEqualTo(building);
    assertThat(location.path("assetId").isNull()).isTrue();

    ApiResponse atAsset = expect(201, report(student, Map.of("assetId", asset)));
    assertThat(atAsset.body().path("location").path("roomId").asText()).isEqualTo(room);
    assertThat(atAsset.body().path("location").path("assetId").asText()).isEqualTo(asset);
    assertThat(atAsset.body().path("location").path("assetName").asText()).isEqualTo("热水器");

    ApiResponse nearBuilding = expect(201, report(student,
        Map.of("buildingId", building, "detail", "楼前路灯", "latitude", 27.9, "longitude", 120.7)));
    assertThat(nearBuilding.body().path("location").path("roomId").isNull()).isTrue();
    assertThat(nearBuilding.body().path("location").path("building").asText()).isEqualTo(buildingName);

    ApiResponse typed = expect(201, submit(student));
    assertThat(typed.body().path("location").path("building").asText()).isEqualTo("7号楼");
    assertThat(typed.body().path("location").path("roomId").isNull()).isTrue();
  }

  @Test
  void anUnknownOrRetiredPlaceIsRefusedNamingTheFieldAndMakesNoRequest() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String room = campus.room(building, "101");
    String otherRoom = campus.room(building, "102");
    String asset = campus.asset(otherRoom, "投影仪", "OTHER");
    Person student = newStudent();

    assertField(report(student, Map.of("roomId", "no-such-room")), "location.roomId");
    assertField(report(student, Map.of("assetId", "no-such-asset")), "location.assetId");
    assertField(report(student, Map.of("buildingId", "no-such-building")), "location.buildingId");
    assertField(report(student, Map.of("roomId", room, "assetId", asset)), "location.assetId");
    assertField(report(student, Map.of("detail", "只写了说明")), "location.building");
    String otherBuilding = campus.building(campus.area());
    assertField(report(student, Map.of("roomId", room, "buildingId", otherBuilding)), "location.roomId");

    expect(200, api.post("/api/places/rooms/" + room + "/retire", admin, null));
    assertField(report(student, Map.of("roomId", room)), "location.roomId");
    expect(200, api.post("/api/places/rooms/" + room + "/restore", admin, null));
    expect(200, api.post("/api/places/buildings/" + building + "/retire", admin, null));
    assertField(report(student, Map.of("roomId", room)), "location.roomId");
    assertField(report(student, Map.of("assetId", asset)), "location.assetId");

    assertThat(api.get("/api/requests", student.token()).body().path("total").asInt()).isZero();
  }

  @Test
  void adminsFilterListsByBuildingAndRoomAndRetiringKeepsTheHistory() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String building = campus.building(campus.area());
    String room = campus.room(building, "201");
    String otherRoom = campus.room(building, "202");
    Person student = newStudent();
    String first = expect(201, report(student, Map.of("roomId", room))).text("id");
    String second = expect(201, report(student, Map.of("roomId", otherRoom))).text("id");
    submitted(student);

    assertThat(ids(api.get("/api/requests?buildingId=" + building, admin))).containsExactly(second, first);
    assertThat(ids(api.get("/api/requests?roomId=" + room, admin))).containsExactly(first);
    assertThat(ids(api.get("/api/requests?buildingId=" + building + "&status=PENDING_REVIEW", admin)))
        .containsExactly(second, first);
    assertThat(ids(api.get("/api/requests?buildingId=" + building + "&status=CLOSED,REJECTED", admin))).isEmpty();
    assertThat(ids(api.get("/api/requests?buildingId=" + building, student.token()))).containsExactly(second, first);

    expect(200, api.post("/api/places/buildings/" + building + "/retire", admin, null));
    assertThat(ids(api.get("/api/requests?buildingId=" + building, admin))).containsExactly(second, first);
    assertThat(api.get("/api/requests/" + first, admin).body().path("location").path("roomId").asText()).isEqualTo(room);
  }

  @Test
  void staffSeeTheLastRepairsAtTheSameRoomAndAsset() {
    String admin = adminToken();
    Campus campus = new Campus(api, admin);
    String room = campus.newRoom();
    String asset = campus.asset(room, "空调", "AIR_CONDITIONER");
    Person student = newStudent();
    Person worker = newWorker("AIR_CONDITIONER");
    Person otherWorker = newWorker("AIR_CONDITIONER");

    String earlier = expect(201, report(student, Map.of("assetId", asset))).text("id");
    expect(200, api.post("/api/requests/" + earlier + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + earlier + "/assign", admin, Map.of("workerId", otherWorker.id())));
    expect(200, api.post("/api/requests/" + earlier + "/accept", otherWorker.token(), null));
    expect(200, api.post("/api/requests/" + earlier + "/complete", otherWorker.token(), Map.of("note", "加氟")));
    expect(200, api.post("/api/requests/" + earlier + "/rate", student.token(), Map.of("result", 3, "efficiency", 4)));
    String atRoom = expect(201, report(student, Map.of("roomId", room))).text("id");
    String now = expect(201, report(student, Map.of("assetId", asset))).text("id");
    expect(200, api.post("/api/requests/" + now + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + now + "/assign", admin, Map.of("workerId", worker.id())));

    ApiResponse seen = expect(200, api.get("/api/requests/" + now + "/place-history", worker.token()));
    assertThat(idsOf(seen.body().path("room"))).containsExactly(atRoom, earlier);
    assertThat(idsOf(seen.body().path("asset"))).containsExactly(earlier);
    JsonNode repaired = seen.body().path("asset").path(0);
    assertThat(repaired.path("status").asText()).isEqualTo("CLOSED");
    assertThat(repaired.path("category").path("name").asText()).isEqualTo("水电");
    assertThat(repaired.path("rating").path("result").asInt()).isEqualTo(3);
    assertThat(repaired.path("worker").path("id").asText()).isEqualTo(otherWorker.id());
    assertThat(repaired.path("createdAt").asText()).isNotBlank();
    expect(200, api.get("/api/requests/" + now + "/place-history", admin));

    assertRefused(403, api.get("/api/requests/" + now + "/place-history", student.token()));
    assertRefused(403, api.get("/api/requests/" + atRoom + "/place-history", worker.token()));
    assertRefused(404, api.get("/api/requests/999999999/place-history", admin));
    ApiResponse typed = expect(200, api.get("/api/requests/" + submitted(student) + "/place-history", admin));
    assertThat(typed.body().path("room").size()).isZero();
  }

  private ApiResponse report(Person student, Map<String, Object> location) {
    Map<String, Object> body = new HashMap<>(Map.of(
        "categoryCode", "WATER_ELECTRIC", "description", "热水器不出热水", "location", location));
    return api.post("/api/requests", student.token(), body);
  }

  private static List<String> ids(ApiResponse list) {
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return idsOf(list.body().path("items"));
  }

  private static List<String> idsOf(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  private static void assertRefused(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  private static void assertField(ApiResponse response, String field) {
    assertRefused(400, response);
    assertThat(response.body().path("errors").findValuesAsText("field")).as(response.toString()).containsExactly(field);
  }
}
