package cn.campus.repair.benchmark;

import cn.campus.repair.account.Tokens;
import cn.campus.repair.account.Users;
import cn.campus.repair.common.Sequences;
import cn.campus.repair.common.Times;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Loads years of finished requests straight into our tables with set-based INSERT ... SELECT over a
 * generated range (H2's {@code SYSTEM_RANGE}, PostgreSQL's {@code generate_series}), in chunks that
 * commit on their own: a million requests with their workers and six history entries each take a
 * minute or two instead of hours through the API. They are CLOSED and rated, and have no process
 * instance, as requests of past years whose engine history has been cleaned up. Students and
 * workers are made the same way; the returned people get real bearer tokens.
 */
@Component
@Profile("benchmark")
class HistoryLoader {

  private static final Logger log = LoggerFactory.getLogger(HistoryLoader.class);
  private static final int CHUNK = 25_000;
  private static final Duration SPAN = Duration.ofDays(4 * 365);
  private static final String STUDENT_PHONES = "16";
  private static final String WORKER_PHONES = "17";
  /** Request x's rating, the same for the request and its worker's totals. */
  private static final String RATING = "MOD(x, 5) + 1";

  /** The story of a finished request: action, who, minutes after submission. */
  private static final List<String[]> STORY = List.of(
      new String[] {"SUBMITTED", "requester", "0"},
      new String[] {"ACCEPTED", "admin", "30"},
      new String[] {"ASSIGNED", "admin", "31"},
      new String[] {"WORKER_ACCEPTED", "worker", "60"},
      new String[] {"COMPLETED", "worker", "240"},
      new String[] {"RATED", "requester", "600"});

  private final JdbcClient jdbc;
  private final Sequences sequences;
  private final Users users;
  private final Tokens tokens;
  private final Dialect dialect;

  HistoryLoader(JdbcClient jdbc, Sequences sequences, Users users, Tokens tokens, DataSource dataSource)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.sequences = sequences;
    this.users = users;
    this.tokens = tokens;
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.dialect = DatabaseDriver.fromProductName(product) == DatabaseDriver.POSTGRESQL ? Dialect.POSTGRES : Dialect.H2;
  }

  Loaded load(int requests, int students, int workers, int studentTokens) {
    long started = System.nanoTime();
    if (users.findByPhone(phone(STUDENT_PHONES, 1)).isEmpty()) {
      long base = Long.parseLong(sequences.nextUserId());
      insertUsers(base, 1, students, STUDENT_PHONES, "学生", "USER");
      insertUsers(base, students + 1, workers, WORKER_PHONES, "师傅", "WORKER");
      jdbc.sql("ALTER SEQUENCE app_user_seq RESTART WITH " + (base + students + workers + 1)).update();
      insertRequests(base, students, workers, requests);
      insertWorkerRatings(base, students, workers, requests);
      // As after any bulk load: fresh statistics (without them the planner takes a million rows for a
      // few) and, on PostgreSQL, the vacuum autovacuum would have run on a database that grew over
      // years (it sets the visibility map index-only scans rely on; not every server runs autovacuum).
      jdbc.sql(dialect == Dialect.POSTGRES ? "VACUUM ANALYZE" : "ANALYZE").update();
    }
    List<Person> studentPeople = people(STUDENT_PHONES, Math.min(studentTokens, students));
    List<Person> workerPeople = people(WORKER_PHONES, workers);
    long total = jdbc.sql("SELECT COUNT(*) FROM repair_request").query(Long.class).single();
    double seconds = (System.nanoTime() - started) / 1e9;
    log.info("Benchmark history: {} requests in the database, loaded in {} s", total, "%.1f".formatted(seconds));
    return new Loaded(total, seconds, studentPeople, workerPeople);
  }

  private void insertUsers(long base, int first, int count, String phonePrefix, String name, String role) {
    String specialties = role.equals("WORKER")
        ? "'WATER_ELECTRIC,DOOR_WINDOW,FURNITURE,AIR_CONDITIONER,NETWORK,OTHER'" : "NULL";
    jdbc.sql("INSERT INTO app_user (id, phone, name, role, specialties, created_at, updated_at) SELECT "
            + "CAST(x + " + (base + first - 1) + " AS VARCHAR(20)), " + phoneExpression(phonePrefix, "x") + ", "
            + "'" + name + "' || CAST(x AS VARCHAR(10)), '" + role + "', " + specialties + ", :now, :now FROM "
            + dialect.range(1, count))
        .param("now", Times.toDb(Instant.now()))
        .update();
  }

  /**
   * Each statement derives a row from its number x alone (no reads of what was just inserted), so
   * every chunk costs the same however much history is already there.
   */
  private void insertRequests(long userBase, int students, int workers, int requests) {
    long base = sequences.nextRequestSequence();
    long spacing = Math.max(1, SPAN.toSeconds() / requests);
    String id = "CAST(x + " + base + " AS VARCHAR(20))";
    String requester = "CAST(MOD(x, " + students + ") + " + (userBase + 1) + " AS VARCHAR(20))";
    String worker = workerOf(userBase, students, workers);
    String age = "(" + requests + " - x) * " + spacing;
    Instant now = Instant.now();
    for (long from = 1; from <= requests; from += CHUNK) {
      long to = Math.min(requests, from + CHUNK - 1);
      String range = dialect.range(from, to);
      insert("""
          INSERT INTO repair_request (id, number, status, category_code, description, building, room,
            contact_phone, requester_id, worker_id, rating_result, rating_efficiency, lock_version,
            created_at, updated_at)
          SELECT %s, 'BXH' || %s, 'CLOSED',
            CASE MOD(x, 6) WHEN 0 THEN 'WATER_ELECTRIC' WHEN 1 THEN 'DOOR_WINDOW' WHEN 2 THEN 'FURNITURE'
              WHEN 3 THEN 'AIR_CONDITIONER' WHEN 4 THEN 'NETWORK' ELSE 'OTHER' END,
            '宿舍水龙头漏水，关不紧', CAST(MOD(x, 40) + 1 AS VARCHAR(10)) || '号楼',
            CAST(MOD(x, 600) + 101 AS VARCHAR(10)), %s, %s, %s, %s, MOD(x, 3) + 3, 0, %s, %s
          FROM %s""".formatted(id, id, phoneExpression(STUDENT_PHONES, "MOD(x, " + students + ") + 1"),
          requester, worker, RATING, dialect.secondsBefore(":now", age), dialect.secondsBefore(":now", age + " - 600"), range),
          now);
      String created = dialect.secondsBefore(":now", age);
      insert("INSERT INTO request_worker (worker_id, request_id, created_at, request_created_at) SELECT %s, %s, %s, %s FROM %s"
          .formatted(worker, id, created, created, range), now);
      for (String[] step : STORY) {
        String actor = switch (step[1]) {
          case "requester" -> requester;
          case "worker" -> worker;
          default -> "NULL";
        };
        insert("""
            INSERT INTO request_history (id, request_id, at, action, actor_id, actor_name, note)
            SELECT %s || '-%s', %s, %s, '%s', %s, NULL, NULL FROM %s""".formatted(id, step[0], id,
            dialect.secondsBefore(":now", age + " - " + step[2] + " * 60"), step[0], actor, range), now);
      }
      log.info("Benchmark history: {} of {} requests", to, requests);
    }
    jdbc.sql("ALTER SEQUENCE repair_request_seq RESTART WITH " + (base + requests + 1)).update();
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
    jdbc.sql(sql).param("now", Times.toDb(now)).update();
  }

  private List<Person> people(String phonePrefix, int count) {
    return java.util.stream.LongStream.rangeClosed(1, count)
        .mapToObj(n -> users.findByPhone(phone(phonePrefix, n)).orElseThrow())
        .map(user -> new Person(user.id(), tokens.issue(user.id()).token()))
        .toList();
  }

  private static String phone(String prefix, long n) {
    return prefix + "%09d".formatted(n);
  }

  private String phoneExpression(String prefix, String number) {
    return "'" + prefix + "' || " + dialect.zeroPadded(number, 9);
  }

  record Person(String id, String token) {}

  record Loaded(long requests, double seconds, List<Person> students, List<Person> workers) {}

  private enum Dialect {
    H2 {
      @Override
      String range(long from, long to) {
        return "SYSTEM_RANGE(" + from + ", " + to + ")";
      }

      @Override
      String secondsBefore(String timestamp, String seconds) {
        return "DATEADD(SECOND, -(" + seconds + "), CAST(" + timestamp + " AS TIMESTAMP))";
      }
    },
    POSTGRES {
      @Override
      String range(long from, long to) {
        return "generate_series(" + from + ", " + to + ") AS g(x)";
      }

      @Override
      String secondsBefore(String timestamp, String seconds) {
        return "CAST(" + timestamp + " AS TIMESTAMP) - (" + seconds + ") * INTERVAL '1 second'";
      }
    };

    abstract String range(long from, long to);

    abstract String secondsBefore(String timestamp, String seconds);

    String zeroPadded(String number, int width) {
      return "LPAD(CAST(" + number + " AS VARCHAR(20)), " + width + ", '0')";
    }
  }
}
