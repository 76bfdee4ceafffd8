package cn.campus.repair.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiClient;
import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Admins manage the category list in the database; requesters see it at once; old requests keep theirs. */
class CatalogueApiTest extends IntegrationTest {

  @Test
  void theFirstRunsListComesFromTheConfigurationWithIconsAndHotlines() {
    JsonNode categories = expect(200, api.get("/api/categories", null)).body();
    assertThat(categories.path(0).path("code").asText()).isEqualTo("WATER_ELECTRIC");
    assertThat(categories.path(0).path("icon").asText()).isEqualTo("lightbulb");
    assertThat(categories.path(0).path("hotline").asText()).isEqualTo("0577-86680001");
    assertThat(categories.path(0).path("active").asBoolean()).isTrue();
  }

  @Test
  void anAdminAddsACategoryRequestersUseItAndRetiringItKeepsTheOldRequests() {
    String admin = adminToken();
    String code = newCode();
    JsonNode created = expect(201, api.post("/api/categories", admin, Map.of(
        "code", code, "name", "电梯", "icon", "🛗", "hotline", "0577-86680009", "order", 5))).body();
    assertThat(created.path("active").asBoolean()).isTrue();
    assertThat(codes(api.get("/api/categories", null)).get(0)).isEqualTo(code);

    Person student = newStudent();
    ApiResponse filed = expect(201, api.post("/api/requests", student.token(), Map.of(
        "categoryCode", code, "description", "电梯门关不上", "location", Map.of("building", "图书馆"))));
    assertThat(filed.body().path("category").path("name").asText()).isEqualTo("电梯");

    expect(200, api.patch("/api/categories/" + code, admin, Map.of("name", "电梯故障", "hotline", "")));
    JsonNode retired = expect(200, api.post("/api/categories/" + code, admin, Map.of("active", false))).body();
    assertThat(retired.path("active").asBoolean()).isFalse();
    assertThat(retired.path("hotline").isNull()).isTrue();
    assertThat(codes(api.get("/api/categories", null))).doesNotContain(code);
    assertThat(codes(api.get("/api/categories?all=true", admin))).contains(code);
    assertThat(expect(200, api.get("/api/requests/" + filed.text("id"), student.token())).body()
        .path("category").path("name").asText()).isEqualTo("电梯故障");
    assertField(api.post("/api/requests", student.token(), Map.of(
        "categoryCode", code, "description", "又坏了", "location", Map.of("building", "图书馆"))), 400, "categoryCode");
    assertField(api.post("/api/staff", admin, Map.of("phone", newPhone(), "name", "电梯师傅", "role", "WORKER",
        "specialties", List.of(code))), 400, "specialties");

    ApiResponse inUse = expect(409, api.delete("/api/categories/" + code, admin));
    assertThat(inUse.text("detail")).contains("只能停用");
    assertThat(codes(api.get("/api/categories?all=true", admin))).contains(code);
  }

  @Test
  void aCategoryNothingUsesCanBeDeletedAndAWorkersSpecialtyKeepsOneInUse() {
    String admin = adminToken();
    String unused = newCode();
    expect(201, api.post("/api/categories", admin, Map.of("code", unused, "name", "临时")));
    expect(204, api.delete("/api/categories/" + unused, admin));
    assertThat(codes(api.get("/api/categories?all=true", admin))).doesNotContain(unused);
    expect(404, api.delete("/api/categories/" + unused, admin));

    String specialty = newCode();
    expect(201, api.post("/api/categories", admin, Map.of("code", specialty, "name", "锅炉")));
    newWorker(specialty);
    expect(409, api.delete("/api/categories/" + specialty, admin));
    expect(200, api.patch("/api/categories/" + specialty, admin, Map.of("active", false)));
  }

  @Test
  void badChangesAreRefusedWithTheFieldNamedAndChangeNothing() {
    String admin = adminToken();
    String code = newCode();
    assertField(api.post("/api/categories", admin, Map.of("code", "lower", "name", "小写")), 400, "code");
    assertField(api.post("/api/categories", admin, Map.of("code", code)), 400, "name");
    assertField(api.post("/api/categories", admin, Map.of("code", code, "name", "名".repeat(21))), 400, "name");
    assertThat(api.post("/api/categories", admin, Map.of("code", code, "name", "名".repeat(300_000))).status()).as("a body over 64 KB").isEqualTo(413);
    assertField(api.post("/api/categories", admin, Map.of("code", code, "name", "电话", "hotline", "call me")), 400, "hotline");
    assertField(api.post("/api/categories", admin, Map.of("code", code, "name", "图标", "icon", "x".repeat(17))), 400, "icon");
    assertField(api.post("/api/categories", admin, Map.of("code", code, "name", "排序", "order", -1)), 400, "order");
    assertField(api.post("/api/categories", admin, Map.of("code", code, "name", "排序", "order", "first")), 400, "order");
    expect(400, raw(HttpMethod.POST, "/api/categories", admin, "{\"code\": \"" + code + "\", \"name\": \"甲\", \"name\": \"乙\"}"));
    expect(400, raw(HttpMethod.POST, "/api/categories", admin, "{\"code\": "));
    expect(409, api.post("/api/categories", admin, Map.of("code", "WATER_ELECTRIC", "name", "又一个水电")));
    assertThat(codes(api.get("/api/categories?all=true", admin))).doesNotContain(code);

    assertField(api.patch("/api/categories/WATER_ELECTRIC", admin, Map.of("name", " ")), 400, "name");
    assertField(api.patch("/api/categories/WATER_ELECTRIC", admin, Map.of("active", "maybe")), 400, "active");
    assertField(api.patch("/api/categories/WATER_ELECTRIC", admin, Map.of("icon", "lightbulb-circle-filled")), 400, "icon");
    expect(404, api.patch("/api/categories/NO_SUCH_THING", admin, Map.of("name", "无")));
    assertThat(expect(200, api.get("/api/categories", null)).body().path(0).path("name").asText()).isEqualTo("水电");

    Person worker = newWorker();
    Person student = newStudent();
    for (String token : new String[] {worker.token(), student.token()}) {
      expect(403, api.post("/api/categories", token, Map.of("code", code, "name", "越权")));
      expect(403, api.patch("/api/categories/WATER_ELECTRIC", token, Map.of("name", "越权")));
      expect(403, api.delete("/api/categories/OTHER", token));
      expect(403, api.get("/api/categories?all=true", token));
    }
    expect(401, api.post("/api/categories", null, Map.of("code", code, "name", "匿名")));
    expect(401, api.get("/api/categories?all=true", null));
  }

  private static String newCode() {
    return "TEST_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  private static List<String> codes(ApiResponse categories) {
    assertThat(categories.status()).as(categories.toString()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    categories.body().forEach(category -> codes.add(category.path("code").asText()));
    return codes;
  }

  private ApiResponse raw(HttpMethod method, String path, String token, String body) {
    RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    return ApiClient.exchange(http.method(method).uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON).body(body));
  }

  private static void assertField(ApiResponse response, int status, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.fieldInError()).as(response.toString()).isEqualTo(field);
  }
}
