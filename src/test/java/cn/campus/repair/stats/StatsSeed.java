package cn.campus.repair.stats;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A week of requests in March 2020 whose every number is known by construction (see {@link
 * StatsApiTest}): written straight into the tables, in a category and buildings of its own, so the
 * other tests' requests (filed now, in the shared database) never count. Written past the service,
 * they are counted into the rollups by hand, as the service counts what it writes.
 */
final class StatsSeed {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  final String category;
  final String buildingA;
  final String buildingB;
  final String worker1;
  final String worker2;
  final String requester;
  private final JdbcClient jdbc;
  private final StatsRollups rollups;
  private final java.util.List<String> requestIds = new java.util.ArrayList<>();

  /** A fresh category code for a seed (admins make it through the API, so the catalogue knows it). */
  static String newCategory() {
    return "ST" + Long.toString(NUMBERS.incrementAndGet(), 36).toUpperCase();
  }

  StatsSeed(JdbcClient jdbc, StatsRollups rollups, String category, String worker1, String worker2,
      String requester) {
    this.jdbc = jdbc;
    this.rollups = rollups;
    String tag = category.substring(2);
    this.category = category;
    this.buildingA = "SA" + tag;
    this.buildingB = "SB" + tag;
    this.worker1 = worker1;
    this.worker2 = worker2;
    this.requester = requester;
  }

  /** The requests R1…R6 of the test's table, with their history. */
  StatsSeed write() {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    building(buildingA, "统计甲楼" + category, now);
    building(buildingB, "统计乙楼" + category, now);

    String r6 = request("2020-02-20T09:00", buildingA, "RM1" + category, "101", "CLOSED", worker1, null, null, null);
    history(r6, "2020-02-20T12:00", "COMPLETED", worker1, null, null);

    String r1 = request("2020-03-02T09:00", buildingA, "RM1" + category, "101", "CLOSED", worker1, null, 5, 4);
    history(r1, "2020-03-02T09:30", "ACCEPTED", null, null, "2020-03-02T10:00");
    history(r1, "2020-03-02T10:30", "ASSIGNED", null, null, null);
    given(worker1, r1, "2020-03-02T10:30");
    history(r1, "2020-03-02T11:00", "WORKER_ACCEPTED", worker1, null, null);
    history(r1, "2020-03-02T13:00", "COMPLETED", worker1, null, "2020-03-02T12:00");
    history(r1, "2020-03-03T09:00", "RATED", requester, null, null);

    String r2 = request("2020-03-04T09:00", buildingA, "RM1" + category, "101", "CLOSED", worker1, null, 3, 2);
    history(r2, "2020-03-04T10:00", "ACCEPTED", null, null, null);
    history(r2, "2020-03-04T11:00", "ASSIGNED", null, null, null);
    given(worker2, r2, "2020-03-04T11:00");
    history(r2, "2020-03-04T12:00", "REFUSED", worker2, "没有配件", null);
    history(r2, "2020-03-04T12:30", "ASSIGNED", null, null, null);
    given(worker1, r2, "2020-03-04T12:30");
    history(r2, "2020-03-04T13:30", "WORKER_ACCEPTED", worker1, null, null);
    history(r2, "2020-03-04T15:00", "COMPLETED", worker1, null, "2020-03-04T16:00");
    history(r2, "2020-03-05T10:00", "RATED", requester, null, null);

    String r3 = request("2020-03-05T09:00", buildingB, "RM2" + category, "202", "REJECTED", null, null, null, null);
    history(r3, "2020-03-05T09:10", "REJECTED", null, "不属于报修范围", null);

    String r4 = request("2020-03-06T09:00", buildingB, "RM4" + category, "203", "AWAITING_DISPATCH", null, null, null,
        null);
    history(r4, "2020-03-06T11:00", "ACCEPTED", null, null, null);

    String r5 = request("2020-03-07T09:00", buildingA, "RM3" + category, "301", "IN_PROGRESS", worker2, worker2, null,
        null);
    history(r5, "2020-03-07T09:20", "ACCEPTED", null, null, null);
    history(r5, "2020-03-07T09:40", "ASSIGNED", null, null, null);
    given(worker2, r5, "2020-03-07T09:40");
    history(r5, "2020-03-07T10:00", "WORKER_ACCEPTED", worker2, null, null);
    rollups.countWhole(requestIds);
    return this;
  }

  private void building(String id, String name, LocalDateTime now) {
    jdbc.sql("INSERT INTO place_building (id, area_id, name, kind, retired, created_at, updated_at)"
            + " VALUES (:id, 'none', :name, 'DORMITORY', 0, :now, :now)")
        .param("id", id).param("name", name).param("now", now).update();
  }

  private String request(String created, String building, String roomId, String room, String status, String worker,
      String openAssignee, Integer result, Integer efficiency) {
    String id = "S" + NUMBERS.incrementAndGet();
    LocalDateTime at = utc(created);
    jdbc.sql("""
            INSERT INTO repair_request (id, number, status, category_code, description, building, room, contact_phone,
              requester_id, worker_id, rating_result, rating_efficiency, lock_version, created_at, updated_at,
              building_id, room_id, open_task_assignee)
            VALUES (:id, :id, :status, :category, '统计测试', :buildingName, :room, '13900000000', :requester, :worker,
              :result, :efficiency, 0, :at, :at, :building, :roomId, :assignee)""")
        .param("id", id).param("status", status).param("category", category)
        .param("buildingName", building.equals(buildingA) ? "统计甲楼" : "统计乙楼").param("room", room)
        .param("requester", requester).param("worker", worker).param("result", result).param("efficiency", efficiency)
        .param("at", at).param("building", building).param("roomId", roomId).param("assignee", openAssignee)
        .update();
    history(id, created, "SUBMITTED", requester, null, null);
    requestIds.add(id);
    return id;
  }

  private void history(String requestId, String at, String action, String actor, String note, String due) {
    jdbc.sql("INSERT INTO request_history (id, request_id, at, action, actor_id, actor_name, note, due_at)"
            + " VALUES (:id, :request, :at, :action, :actor, :actorName, :note, :due)")
        .param("id", UUID.randomUUID().toString()).param("request", requestId).param("at", utc(at))
        .param("action", action).param("actor", actor).param("actorName", actor == null ? "管理员" : "某人")
        .param("note", note).param("due", due == null ? null : utc(due)).update();
  }

  private void given(String worker, String requestId, String at) {
    jdbc.sql("INSERT INTO request_worker (worker_id, request_id, created_at) VALUES (:worker, :request, :at)")
        .param("worker", worker).param("request", requestId).param("at", utc(at)).update();
  }

  /** A time on the campus's clock, as the tables keep it (UTC). */
  static LocalDateTime utc(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }
}
