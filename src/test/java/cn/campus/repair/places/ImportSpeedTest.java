package cn.campus.repair.places;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.Campus;
import cn.campus.repair.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A large campus in one file: 100 buildings of 200 rooms. The goal is under 30 s on the embedded
 * database; the time is printed (a shared machine makes a timed assertion meaningless), the rooms
 * are checked.
 */
class ImportSpeedTest extends IntegrationTest {

  @Test
  void twentyThousandRoomsInOneWorkbook() throws Exception {
    String admin = adminToken();
    String area = Campus.unique("大校区");
    List<List<String>> buildings = new ArrayList<>();
    List<List<String>> rooms = new ArrayList<>();
    for (int b = 1; b <= 100; b++) {
      buildings.add(List.of(area, b + "号楼", "宿舍", "", ""));
      for (int floor = 1; floor <= 10; floor++) {
        for (int r = 1; r <= 20; r++) {
          rooms.add(List.of(area, b + "号楼", String.valueOf(floor), String.format("%d%02d", floor, r), "", "宿舍"));
        }
      }
    }
    byte[] file = Spreadsheets.workbook(buildings, rooms);

    long start = System.nanoTime();
    ApiResponse done = api.upload("/api/places/import", admin, "campus.xlsx", file, MediaType.APPLICATION_OCTET_STREAM);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("Import of %d rooms in %d buildings (%d KB workbook): %d ms%n",
        rooms.size(), buildings.size(), file.length / 1024, millis);

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.body().path("created").asInt()).isEqualTo(20_100);
    String someBuilding = api.get("/api/places/buildings?q=37号楼", admin).body().path("items").findValuesAsText("id").get(0);
    assertThat(api.get("/api/places/rooms?buildingId=" + someBuilding, admin).body().path("total").asInt()).isEqualTo(200);
  }
}
