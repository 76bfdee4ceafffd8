package cn.campus.repair.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily rollups, kept as requests move through the API, say what the request tables say: after
 * a mixed life (refusals, a poor rating sent back for rework and repaired by another worker, a
 * rejection, a cancellation, a merge, work left open) and after many requests of one room moved at
 * once. Each test files its requests in a category of its own, so the shared database's other
 * requests never count.
 */
class StatsRollupsTest extends IntegrationTest {

  @Autowired
  private JdbcClient jdbc;

  @Autowired
  private StatsRollups rollups;

  @Autowired
  private Stats stats;

  @Autowired
  private VolumeKpis volume;

  @Autowired
  private SpeedKpis speed;

  @Autowired
  private PeopleKpis people;

  @Autowired
  private RepeatFaults repeats;

  @Value("${repair.zone}")
  private ZoneId zone;

  private String admin;
  private String category;
  private Person student;
  private Person worker1;
  private Person worker2;
  private int written;

  @BeforeEach
  void category() {
    admin = adminToken();
    category = StatsSeed.newCategory();
    expect(201, api.post("/api/categories", admin, Map.of("code", category, "name", "汇总" + category)));
    worker1 = newWorker(category);
    worker2 = newWorker(category);
    student = newStudent();
  }

  @AfterEach
  void retireCategory() {
    expect(200, api.patch("/api/categories/" + category, admin, Map.of("active", false)));
  }

  @Test
  void aMixedLifeIsCountedAsTheRequestTablesTellIt() {
    String reworked = accepted();
    assign(reworked, worker1);
    expect(200, api.post("/api/requests/" + reworked + "/refuse", worker1.token(), Map.of("reason", "没有配件")));
    assign(reworked, worker2);
    finish(reworked, worker2);
    expect(200, api.post("/api/requests/" + reworked + "/rate", student.token(), Map.of("result", 2, "efficiency", 1)));
    expect(200, api.post("/api/requests/" + reworked + "/revisit", admin, Map.of("outcome", "REWORK", "note", "仍漏水")));
    assign(reworked, worker1);
    finish(reworked, worker1);
    expect(200, api.post("/api/requests/" + reworked + "/rate", student.token(), Map.of("result", 5, "efficiency", 4)));

    String rejected = submitted();
    expect(200, api.post("/api/requests/" + rejected + "/review", admin, Map.of("decision", "REJECT", "note", "非报修")));
    String cancelled = submitted();
    expect(200, api.post("/api/requests/" + cancelled + "/cancel", student.token(), null));
    String open = accepted();
    assign(open, worker2);
    expect(200, api.post("/api/requests/" + open + "/accept", worker2.token(), null));
    String duplicate = submitted();
    expect(200, api.post("/api/requests/" + duplicate + "/merge", admin, Map.of("into", open)));
    String rated = accepted();
    assign(rated, worker2);
    finish(rated, worker2);
    expect(200, api.post("/api/requests/" + rated + "/rate", student.token(), Map.of("result", 4, "efficiency", 5)));

    assertThat(counted(StatsTables.RATED)).isEqualTo(3);
    assertThat(counted("RECEIVED")).isEqualTo(6);
    assertThat(counted(RollupFacts.REPEAT)).isEqualTo(5);
    StatsFilter twoDays = StatsFilter.of(LocalDate.now(zone).minusDays(1), LocalDate.now(zone), zone, category, null,
        null);
    assertThat(repeats.find(twoDays).repeats()).as("all six in one room: five came back within 30 days").isEqualTo(
        new StatsViews.Repeats(5, List.of(new StatsViews.RepeatPlace("9号楼", "501", category, "汇总" + category, 5))));
    assertThat(repeats.find(twoDays).requestIds()).hasSize(5).doesNotContain(reworked);
    assertRollupsAreTheRequestTables();
  }

  @Test
  void requestsMovedAtOnceAreEachCountedOnce() throws Exception {
    int requests = 4;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Callable<String>> lives = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        Person worker = i % 2 == 0 ? worker1 : worker2;
        boolean poorlyRated = i % 3 == 0;
        lives.add(() -> {
          String id = accepted();
          assign(id, worker);
          finish(id, worker);
          expect(200, api.post("/api/requests/" + id + "/rate", student.token(),
              Map.of("result", poorlyRated ? 1 : 5, "efficiency", 3)));
          return id;
        });
      }
      for (Future<String> life : pool.invokeAll(lives)) {
        life.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(counted("RECEIVED")).isEqualTo(requests);
    assertThat(counted(StatsTables.COMPLETED)).isEqualTo(requests);
    assertThat(counted(RollupFacts.REPEAT)).as("all but the first report of the room").isEqualTo(requests - 1);
    assertRollupsAreTheRequestTables();
  }

  /** Every KPI read from the rollups equals the same KPI read from the request tables, and a rebuild changes nothing. */
  private void assertRollupsAreTheRequestTables() {
    LocalDate today = LocalDate.now(zone);
    StatsFilter rolled = StatsFilter.of(today.minusDays(1), today, zone, category, null, null);
    StatsFilter raw = rolled.raw();
    assertThat(rolled.readsRollups()).isTrue();
    assertThat(stats.overview(rolled)).isEqualTo(stats.overview(raw));
    assertThat(volume.flow(rolled, VolumeKpis.Interval.DAY)).isEqualTo(volume.flow(raw, VolumeKpis.Interval.DAY));
    assertThat(volume.backlog(rolled)).isEqualTo(volume.backlog(raw));
    assertThat(speed.durations(rolled)).isEqualTo(speed.durations(raw));
    assertThat(speed.serviceLevels(rolled)).isEqualTo(speed.serviceLevels(raw));
    assertThat(stats.categories(rolled)).isEqualTo(stats.categories(raw));
    assertThat(stats.buildings(rolled)).isEqualTo(stats.buildings(raw));
    assertThat(people.workers(rolled, speed.repairByWorker(rolled)))
        .isEqualTo(people.workers(raw, speed.repairByWorker(raw)));
    assertThat(repeats.repeats(rolled)).as("the repeat faults' rows").isEqualTo(repeats.find(raw).repeats());
    StatsFilter anyCategory = StatsFilter.of(today.minusDays(1), today, zone, null, null, null);
    assertThat(anyCategory.readsWorkerRollups()).isTrue();
    assertThat(ours(people.workers(anyCategory, speed.repairByWorker(anyCategory))))
        .as("the workers' own rollups").isNotEmpty()
        .isEqualTo(ours(people.workers(anyCategory.raw(), speed.repairByWorker(anyCategory.raw()))));

    Map<String, List<Object>> kept = rows();
    rollups.rebuild(true);
    assertThat(rows()).as("the rollups as kept, and as rebuilt from the request tables").isEqualTo(kept);
    assertThat(repeats.repeats(rolled)).as("the repeat faults' rows, rebuilt").isEqualTo(repeats.find(raw).repeats());
  }

  /**
   * The places list read from the repeat faults' rows is the one the walk of the requests finds:
   * at 30 days exactly and at 32, two reports of one room at the same instant, the names of a
   * place's first repeat fault in the period (typed with spaces), more places than the list shows
   * (ties in name order), a building, a month whose repeats came back from the month before, and
   * a worker (which the rows cannot answer: the walk answers); and again after a rebuild.
   */
  @Test
  void repeatPlacesReadFromTheirRowsAreThoseTheWalkFinds() {
    List<String> ids = new ArrayList<>();
    String building = "SB" + category.substring(2);
    ids.add(typed("2021-05-10T09:00", "甲楼", "101"));
    ids.add(typed("2021-05-31T09:00", "甲楼", "101"));
    String spaced = typed("2021-06-01T08:00", " 甲楼", "101 ");
    ids.add(spaced);
    ids.add(typed("2021-06-01T08:00", "甲楼", "101"));
    ids.add(atRoom("2021-05-01T10:00", building, null));
    ids.add(atRoom("2021-05-31T10:00", building, null));
    ids.add(atRoom("2021-06-30T10:00", building, worker1.id()));
    ids.add(atRoom("2021-06-30T10:01", building, worker2.id()));
    ids.add(typed("2021-05-01T09:00", "丙楼", "301"));
    ids.add(typed("2021-06-02T09:00", "丙楼", "301"));
    ids.add(typed("2021-06-03T09:00", "丙楼", "301"));
    for (int i = 1; i <= 22; i++) {
      String room = "%02d".formatted(i);
      ids.add(typed("2021-06-%sT12:00".formatted(room), "丁楼", room));
      ids.add(typed("2021-06-%sT13:00".formatted(room), "丁楼", room));
    }
    rollups.countWhole(ids);

    StatsFilter june = filter("2021-06-01", "2021-06-30", null, null);
    StatsViews.Repeats juneRepeats = repeats.repeats(june);
    assertThat(juneRepeats.total()).as("2 in 甲楼 101, 2 at the room, 1 in 丙楼 301, 1 in each of 22 rooms of 丁楼")
        .isEqualTo(27);
    assertThat(juneRepeats.places()).hasSize(RepeatFaults.PLACES_SHOWN);
    assertThat(juneRepeats.places().subList(0, 2)).containsExactly(
        new StatsViews.RepeatPlace(" 甲楼", "101 ", category, "汇总" + category, 2),
        new StatsViews.RepeatPlace("乙楼", "201", category, "汇总" + category, 2));
    assertThat(juneRepeats.places().get(RepeatFaults.PLACES_SHOWN - 1).room()).isEqualTo("18");
    assertThat(repeats.find(june.raw()).requestIds()).contains(spaced);
    assertThat(repeats.repeats(filter("2021-05-01", "2021-05-31", null, null)).total())
        .as("甲楼 101 after 21 days, the room after 30").isEqualTo(2);
    assertThat(repeats.repeats(filter("2021-06-01", "2021-06-30", null, worker1.id())).total())
        .as("the room's repeat given to the worker").isEqualTo(1);
    List<StatsFilter> filters = List.of(june, filter("2021-05-01", "2021-05-31", null, null),
        filter("2021-06-30", "2021-06-30", null, null), filter("2021-01-01", "2021-12-31", null, null),
        filter("2021-06-01", "2021-06-30", building, null), filter("2021-06-01", "2021-06-30", null, worker1.id()));
    for (StatsFilter filter : filters) {
      assertThat(repeats.repeats(filter)).as(filter.toString()).isEqualTo(repeats.find(filter.raw()).repeats());
      assertThat(repeats.repeats(filter).total()).isEqualTo(repeats.total(filter));
    }
    Map<String, List<Object>> kept = rows();
    List<String> keptRepeats = repeatRows();
    List<String> firstOrLate = List.of(ids.get(0), ids.get(4), ids.get(8), ids.get(9));
    assertThat(keptRepeats).as("all but each place's first, and 丙楼 301 after 32 days").hasSize(29)
        .noneMatch(row -> firstOrLate.contains(row.substring(0, row.indexOf('|'))));
    rollups.rebuild(true);
    assertThat(rows()).as("the rollups as kept, and as rebuilt").isEqualTo(kept);
    assertThat(repeatRows()).as("the repeat faults' rows as kept, and as rebuilt").isEqualTo(keptRepeats);
    for (StatsFilter filter : filters) {
      assertThat(repeats.repeats(filter)).as(filter.toString()).isEqualTo(repeats.find(filter.raw()).repeats());
    }
  }

  private List<String> repeatRows() {
    return jdbc.sql("""
            SELECT request_id, place, building_id, building, room, created_at FROM stats_repeat
            WHERE category_code = :category ORDER BY request_id""")
        .param("category", category)
        .query((rs, i) -> String.join("|", rs.getString("request_id"), rs.getString("place"),
            String.valueOf(rs.getString("building_id")), rs.getString("building"), rs.getString("room"),
            String.valueOf(rs.getTimestamp("created_at"))))
        .list();
  }

  private StatsFilter filter(String from, String to, String buildingId, String workerId) {
    return StatsFilter.of(LocalDate.parse(from), LocalDate.parse(to), zone, category, buildingId, workerId);
  }

  /** An older report: the building and room as typed, no place from the list. */
  private String typed(String at, String building, String room) {
    return written(at, building, room, null, null, null);
  }

  /** A report at room 201 of 乙楼, picked from the places list. */
  private String atRoom(String at, String buildingId, String workerId) {
    return written(at, "乙楼", "201", buildingId, "R" + buildingId, workerId);
  }

  private String written(String at, String building, String room, String buildingId, String roomId, String workerId) {
    String id = "Q%s%03d".formatted(category.substring(2), ++written);
    jdbc.sql("""
            INSERT INTO repair_request (id, number, status, category_code, description, building, room, contact_phone,
              requester_id, worker_id, lock_version, created_at, updated_at, building_id, room_id)
            VALUES (:id, :id, 'CLOSED', :category, '重复报修测试', :building, :room, '13900000000', :requester,
              :worker, 0, :at, :at, :buildingId, :roomId)""")
        .param("id", id).param("category", category).param("building", building).param("room", room)
        .param("requester", student.id()).param("worker", workerId).param("at", StatsSeed.utc(at))
        .param("buildingId", buildingId).param("roomId", roomId).update();
    return id;
  }

  /** This test's workers' lines: nobody else's work is in this test's category. */
  private List<StatsViews.Worker> ours(List<StatsViews.Worker> workers) {
    return workers.stream().filter(w -> w.id().equals(worker1.id()) || w.id().equals(worker2.id())).toList();
  }

  private long counted(String measure) {
    return jdbc.sql("SELECT COALESCE(SUM(n), 0) FROM stats_day WHERE category_code = :category AND measure = :measure")
        .param("category", category).param("measure", measure).query(Long.class).single();
  }

  /**
   * This test's rows of the rollups that count something (a moved rating leaves zeros behind): its
   * category's, and its workers' (who worked in no other category).
   */
  private Map<String, List<Object>> rows() {
    Map<String, List<Object>> rows = new TreeMap<>();
    jdbc.sql("""
            SELECT measure, on_day, building_id, worker_id, n, due, on_time, rated, result_sum, efficiency_sum
            FROM stats_day WHERE category_code = :category""")
        .param("category", category)
        .query(rs -> {
          List<Object> values = List.of(rs.getLong("n"), rs.getLong("due"), rs.getLong("on_time"), rs.getLong("rated"),
              rs.getLong("result_sum"), rs.getLong("efficiency_sum"));
          if (values.stream().anyMatch(v -> (Long) v != 0)) {
            rows.put(String.join("|", rs.getString("measure"), rs.getString("on_day"), rs.getString("building_id"),
                rs.getString("worker_id")), values);
          }
        });
    jdbc.sql("""
            SELECT stage, on_day, building_id, worker_id, minutes, n FROM stats_duration WHERE category_code = :category""")
        .param("category", category)
        .query(rs -> {
          if (rs.getLong("n") != 0) {
            rows.put(String.join("|", rs.getString("stage"), rs.getString("on_day"), rs.getString("building_id"),
                rs.getString("worker_id"), rs.getString("minutes")), List.of(rs.getLong("n")));
          }
        });
    List<String> workers = List.of(worker1.id(), worker2.id());
    jdbc.sql("""
            SELECT on_day, worker_id, completed, refused, rated, result_sum, efficiency_sum FROM stats_worker_day
            WHERE worker_id IN (:workers)""")
        .param("workers", workers)
        .query(rs -> {
          List<Object> values = List.of(rs.getLong("completed"), rs.getLong("refused"), rs.getLong("rated"),
              rs.getLong("result_sum"), rs.getLong("efficiency_sum"));
          if (values.stream().anyMatch(v -> (Long) v != 0)) {
            rows.put(String.join("|", "WORKER_DAY", rs.getString("on_day"), rs.getString("worker_id")), values);
          }
        });
    // Per place and names, not per request: of two reports of a room counted at once, either may be its repeat.
    jdbc.sql("""
            SELECT place, building_id, building, room, COUNT(*) AS n FROM stats_repeat WHERE category_code = :category
            GROUP BY place, building_id, building, room""")
        .param("category", category)
        .query(rs -> {
          rows.put(String.join("|", "REPEAT", rs.getString("place"), String.valueOf(rs.getString("building_id")),
              String.valueOf(rs.getString("building")), String.valueOf(rs.getString("room"))),
              List.of(rs.getLong("n")));
        });
    jdbc.sql("SELECT on_day, worker_id, minutes, n FROM stats_worker_repair WHERE worker_id IN (:workers)")
        .param("workers", workers)
        .query(rs -> {
          rows.put(String.join("|", "WORKER_REPAIR", rs.getString("on_day"), rs.getString("worker_id"),
              rs.getString("minutes")), List.of(rs.getLong("n")));
        });
    return rows;
  }

  /** Reported in one room: each after the first is a repeat fault. */
  private String submitted() {
    return expect(201, api.post("/api/requests", student.token(), Map.of(
        "categoryCode", category,
        "description", "统计汇总测试：门锁坏了",
        "location", Map.of("building", "9号楼", "room", "501")))).text("id");
  }

  private String accepted() {
    String id = submitted();
    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
    return id;
  }

  private void assign(String id, Person worker) {
    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
  }

  private void finish(String id, Person worker) {
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "已修好")));
  }
}
