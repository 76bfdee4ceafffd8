package cn.campus.repair.benchmark.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Loads years of finished requests straight into the service's tables with set-based INSERT ...
 * SELECT over a generated range (H2's {@code SYSTEM_RANGE}, PostgreSQL's {@code generate_series}), in
 * chunks that commit on their own: a million requests with their workers and six history entries
 * each take a minute or two instead of hours through the API. They are CLOSED and rated, and have no
 * process instance, as requests of past years whose engine history has been cleaned up. Students and
 * workers are made the same way, numbered after the ids the service has handed out so far, and both
 * sequences move past what was loaded, so the service goes on numbering after them. Written past
 * the service, the requests are not in the office's daily rollups: the load marks them stale, and
 * the service rebuilds them from the request tables when it next starts.
 */
@Component
class HistoryLoader {

  static final String STUDENT_PHONES = "16";
  static final String WORKER_PHONES = "17";

  private static final Logger log = LoggerFactory.getLogger(HistoryLoader.class);
  private static final int CHUNK = 25_000;
  private static final Duration SPAN = Duration.ofDays(4 * 365);
  /** The places requests are made at: one area of BUILDINGS buildings of ROOMS rooms (101 to 700). */
  static final int BUILDINGS = 40;
  static final int ROOMS = 600;
  /** Request x's rating, the same for the request and its worker's totals. */
  private static final String RATING = "MOD(x, 5) + 1";

  /** The story of a finished request: action, who, minutes after submission. */
  private static final List<Step> STORY = List.of(
      new Step("SUBMITTED", Actor.REQUESTER, 0),
      new Step("ACCEPTED", Actor.ADMIN, 30),
      new Step("ASSIGNED", Actor.ADMIN, 31),
      new Step("WORKER_ACCEPTED", Actor.WORKER, 60),
      new Step("COMPLETED", Actor.WORKER, 240),
      new Step("RATED", Actor.REQUESTER, 600));

  /** 宿舍水龙头漏水，关不紧 as the service's search terms see it: pairs of neighbouring characters. */
  private static final List<String> DESCRIPTION_PAIRS =
      List.of("宿舍", "舍水", "水龙", "龙头", "头漏", "漏水", "关不", "不紧");

  private final JdbcClient jdbc;
  private final Dialect dialect;

  HistoryLoader(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.dialect = Dialect.of(dataSource);
  }

  /** Whether an earlier run loaded this database already (its first student is there). */
  boolean loaded() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE phone = :phone")
        .param("phone", phone(STUDENT_PHONES, 1))
        .query(Long.class)
        .single() > 0;
  }

  void load(int requests, int students, int workers) {
    long base = jdbc.sql(dialect.nextValue("app_user_seq")).query(Long.class).single();
    insertUsers(base, 1, students, STUDENT_PHONES, "学生", "USER");
    insertUsers(base, students + 1, workers, WORKER_PHONES, "师傅", "WORKER");
    jdbc.sql("ALTER SEQUENCE app_user_seq RESTART WITH " + (base + students + workers + 1)).update();
    long placeBase = insertPlaces();
    if (requests > 0) {
      // The workers' search lists get their key back in one sorted build, as the service's migration
      // V95 builds it, instead of sixteen entries per request placed one by one in it.
      jdbc.sql("ALTER TABLE worker_search_term DROP CONSTRAINT pk_worker_search_term").update();
      insertRequests(base, students, workers, requests, placeBase);
      jdbc.sql("ALTER TABLE worker_search_term ADD CONSTRAINT pk_worker_search_term"
          + " PRIMARY KEY (worker_id, term, request_created_at, request_id)").update();
      insertWorkerRatings(base, students, workers, requests);
      jdbc.sql("UPDATE stats_rollup_state SET built = 0").update();
    }
    jdbc.sql(dialect.afterBulkLoad()).update();
  }

  long requestCount() {
    return jdbc.sql("SELECT COUNT(*) FROM repair_request").query(Long.class).single();
  }

  static String phone(String prefix, long n) {
    return prefix + "%09d".formatted(n);
  }

  private void insertUsers(long base, int first, int count, String phonePrefix, String name, String role) {
    String specialties = role.equals("WORKER")
        ? "'WATER_ELECTRIC,DOOR_WINDOW,FURNITURE,AIR_CONDITIONER,NETWORK,OTHER'" : "NULL";
    jdbc.sql("INSERT INTO app_user (id, phone, name, role, specialties, created_at, updated_at) SELECT "
            + "CAST(x + " + (base + first - 1) + " AS VARCHAR(20)), " + phoneExpression(phonePrefix, "x") + ", "
            + "'" + name + "' || CAST(x AS VARCHAR(10)), '" + role + "', " + specialties + ", :now, :now FROM "
            + dialect.range(1, count))
        .param("now", toDb(Instant.now()))
        .update();
  }

  /**
   * Each statement derives a row from its number x alone (no reads of what was just inserted), so
   * every chunk costs the same however much history is already there.
   */
  private void insertRequests(long userBase, int students, int workers, int requests, long placeBase) {
    long base = jdbc.sql(dialect.nextValue("repair_request_seq")).query(Long.class).single();
    long spacing = Math.max(1, SPAN.toSeconds() / requests);
    String id = "CAST(x + " + base + " AS VARCHAR(20))";
    String requester = "CAST(MOD(x, " + students + ") + " + (userBase + 1) + " AS VARCHAR(20))";
    String worker = workerOf(userBase, students, workers);
    // The newest request was rated just now: every entry of its story lies in the past.
    long storySeconds = STORY.get(STORY.size() - 1).minutesAfterSubmission() * 60L;
    String age = "(" + requests + " - x) * " + spacing + " + " + storySeconds;
    Instant now = Instant.now();
    for (long from = 1; from <= requests; from += CHUNK) {
      long to = Math.min(requests, from + CHUNK - 1);
      String range = dialect.range(from, to);
      insert("""
          INSERT INTO repair_request (id, number, status, category_code, description, building, room,
            contact_phone, requester_id, worker_id, rating_result, rating_efficiency, lock_version,
            created_at, updated_at, building_id, room_id)
          SELECT %s, 'BXH' || %s, 'CLOSED',
            CASE MOD(x, 6) WHEN 0 THEN 'WATER_ELECTRIC' WHEN 1 THEN 'DOOR_WINDOW' WHEN 2 THEN 'FURNITURE'
              WHEN 3 THEN 'AIR_CONDITIONER' WHEN 4 THEN 'NETWORK' ELSE 'OTHER' END,
            '宿舍水龙头漏水，关不紧', CAST(MOD(x, 40) + 1 AS VARCHAR(10)) || '号楼',
            CAST(MOD(x, 600) + 101 AS VARCHAR(10)), %s, %s, %s, %s, MOD(x, 3) + 3, 0, %s, %s,
            CAST(MOD(x, %d) + %d AS VARCHAR(20)), CAST(MOD(x, %d) * %d + MOD(x, %d) + %d AS VARCHAR(20))
          FROM %s""".formatted(id, id, phoneExpression(STUDENT_PHONES, "MOD(x, " + students + ") + 1"),
          requester, worker, RATING, dialect.secondsBefore(":now", age),
          dialect.secondsBefore(":now", age + " - " + storySeconds), BUILDINGS, placeBase + 1, BUILDINGS, ROOMS, ROOMS,
          placeBase + 1 + BUILDINGS, range), now);
      String created = dialect.secondsBefore(":now", age);
      insert("INSERT INTO request_worker (worker_id, request_id, created_at, request_created_at) SELECT %s, %s, %s, %s FROM %s"
          .formatted(worker, id, created, created, range), now);
      for (Step step : STORY) {
        String actor = switch (step.actor()) {
          case REQUESTER -> requester;
          case WORKER -> worker;
          case ADMIN -> "NULL";
        };
        insert("""
            INSERT INTO request_history (id, request_id, at, action, actor_id, actor_name, note)
            SELECT %s || '-%s', %s, %s, '%s', %s, NULL, NULL FROM %s""".formatted(id, step.action(), id,
            dialect.secondsBefore(":now", age + " - " + step.minutesAfterSubmission() + " * 60"), step.action(),
            actor, range), now);
      }
      insertSearchTerms(id, students, worker, created, range, now);
      log.info("{} of {} requests", to, requests);
    }
    jdbc.sql("ALTER SEQUENCE repair_request_seq RESTART WITH " + (base + requests + 1)).update();
  }

  /**
   * The campus the requests were made at, as an import would make it: an area (id {@code base}), its
   * buildings "1号楼" to "40号楼" (base + 1 ...) and their rooms 101 to 700 (base + 41 ...), the same
   * names as the requests' text. Request x was made in building MOD(x, 40) + 1 at room MOD(x, 600) + 101,
   * so a room's history holds one request in every 600, a building's one in every 40.
   */
  private long insertPlaces() {
    long base = jdbc.sql(dialect.nextValue("place_seq")).query(Long.class).single();
    insert("INSERT INTO place_area (id, name, retired, created_at, updated_at) VALUES ('" + base + "', '本部', 0, :now, :now)",
        Instant.now());
    insert("""
        INSERT INTO place_building (id, area_id, name, kind, retired, created_at, updated_at)
        SELECT CAST(x + %d AS VARCHAR(20)), '%d', CAST(x AS VARCHAR(10)) || '号楼', 'DORMITORY', 0, :now, :now FROM %s"""
        .formatted(base, base, dialect.range(1, BUILDINGS)), Instant.now());
    insert("""
        INSERT INTO place_room (id, building_id, floor, number, room_use, retired, created_at, updated_at)
        SELECT CAST(x + %d AS VARCHAR(20)), CAST((x - MOD(x, %d)) / %d + %d AS VARCHAR(20)),
          CAST((MOD(x, %d) + 101) / 100 AS VARCHAR(10)), CAST(MOD(x, %d) + 101 AS VARCHAR(10)), '宿舍', 0, :now, :now
        FROM %s""".formatted(base + 1 + BUILDINGS, ROOMS, ROOMS, base + 1, ROOMS, ROOMS,
        dialect.range(0, (long) BUILDINGS * ROOMS - 1)), Instant.now());
    jdbc.sql("ALTER SEQUENCE place_seq RESTART WITH " + (base + 1 + BUILDINGS + (long) BUILDINGS * ROOMS)).update();
    return base;
  }

  /**
   * The search terms the service writes when a request is filed (its search.SearchTerms): the words
   * of its number, id, phone, requester's name (学生 and the number), building (the number and 号楼)
   * and room, and the character pairs of the description every loaded request shares; and the same
   * again under the request's worker (worker_search_term), as the service writes them when it gives
   * the request to its worker. DISTINCT, because the numbers of name, building and room may coincide.
   */
  private void insertSearchTerms(String id, int students, String worker, String created, String range, Instant now) {
    List<String> terms = new java.util.ArrayList<>(List.of(
        "'bxh' || " + id, id, phoneExpression(STUDENT_PHONES, "MOD(x, " + students + ") + 1"),
        "'学生'", "CAST(MOD(x, " + students + ") + 1 AS VARCHAR(20))",
        "CAST(MOD(x, 40) + 1 AS VARCHAR(10))", "'号楼'", "CAST(MOD(x, 600) + 101 AS VARCHAR(10))"));
    for (String pair : DESCRIPTION_PAIRS) {
      terms.add("'" + pair + "'");
    }
    String union = terms.stream()
        .map(term -> "SELECT " + worker + " AS worker_id, " + id + " AS request_id, " + term + " AS term, "
            + created + " AS created_at FROM " + range)
        .collect(java.util.stream.Collectors.joining(" UNION ALL "));
    insert("INSERT INTO request_search_term (request_id, term, created_at) SELECT DISTINCT request_id, term, created_at FROM ("
        + union + ") terms", now);
    insert("INSERT INTO worker_search_term (worker_id, term, request_created_at, request_id)"
        + " SELECT DISTINCT worker_id, term, created_at, request_id FROM (" + union + ") terms", now);
  }

  /**
   * The workers' running rating totals (worker_rating), as ratings through the API keep them: one
   * GROUP BY over the same numbered rows the requests came from, so it reads none of the requests.
   */
  private void insertWorkerRatings(long userBase, int students, int workers, int requests) {
    jdbc.sql("""
            INSERT INTO worker_rating (worker_id, rating_count, rating_sum)
            SELECT worker_id, COUNT(*), SUM(rating) FROM (SELECT %s AS worker_id, %s AS rating FROM %s) rated
            GROUP BY worker_id""".formatted(workerOf(userBase, students, workers), RATING, dialect.range(1, requests)))
        .update();
  }

  /** Request x's worker: the loaded workers in turn. */
  private static String workerOf(long userBase, int students, int workers) {
    return "CAST(MOD(x, " + workers + ") + " + (userBase + students + 1) + " AS VARCHAR(20))";
  }

  private void insert(String sql, Instant now) {
    jdbc.sql(sql).param("now", toDb(now)).update();
  }

  private String phoneExpression(String prefix, String number) {
    return "'" + prefix + "' || " + dialect.zeroPadded(number, 9);
  }

  /** The service keeps times as UTC without a zone. */
  static LocalDateTime toDb(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private enum Actor { REQUESTER, ADMIN, WORKER }

  private record Step(String action, Actor actor, int minutesAfterSubmission) {}
}
