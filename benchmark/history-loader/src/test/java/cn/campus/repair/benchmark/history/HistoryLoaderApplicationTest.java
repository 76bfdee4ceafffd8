package cn.campus.repair.benchmark.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A load into H2 in memory, migrated by the service's own migrations (Flyway, test scope only), with
 * more requests than one chunk.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:history;DB_CLOSE_DELAY=-1",
    "spring.flyway.locations=filesystem:../../src/main/resources/db/migration",
    "spring.flyway.placeholders.text=VARCHAR",
    "spring.flyway.placeholders.timestamp=TIMESTAMP",
    "spring.flyway.placeholders.retype=SET DATA TYPE",
    "history.requests=30000",
    "history.students=50",
    "history.workers=5",
    "history.student-tokens=10",
    "history.people=target/test-people"})
class HistoryLoaderApplicationTest {

  private static final Path PEOPLE = Path.of("target/test-people");

  @Autowired
  JdbcClient jdbc;

  @Autowired
  LoadRun run;

  @Test
  void loadsFinishedRequestsWithTheirStoryWorkersAndRatings() {
    assertThat(count("SELECT COUNT(*) FROM repair_request WHERE status = 'CLOSED'")).isEqualTo(30_000);
    assertThat(count("SELECT COUNT(DISTINCT number) FROM repair_request")).isEqualTo(30_000);
    assertThat(count("SELECT COUNT(*) FROM request_history")).isEqualTo(6 * 30_000);
    assertThat(count("SELECT COUNT(*) FROM request_worker")).isEqualTo(30_000);
    assertThat(count("SELECT COUNT(*) FROM app_user WHERE role = 'USER' AND phone LIKE '16%'")).isEqualTo(50);
    assertThat(count("SELECT COUNT(*) FROM app_user WHERE role = 'WORKER'")).isEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM repair_request r JOIN app_user u ON u.id = r.requester_id AND u.phone = r.contact_phone"))
        .isEqualTo(30_000);
    assertThat(count("SELECT SUM(rating_count) FROM worker_rating")).isEqualTo(30_000);
    // Findable as the service's search finds a filed request (its search.SearchTerms).
    assertThat(count("SELECT COUNT(*) FROM request_search_term WHERE term = '漏水'")).isEqualTo(30_000);
    String first = jdbc.sql("SELECT MIN(id) FROM repair_request").query(String.class).single();
    assertThat(jdbc.sql("""
            SELECT t.term FROM request_search_term t JOIN repair_request r ON r.id = t.request_id
            WHERE r.id = :id AND t.term IN (LOWER(r.number), r.id, r.contact_phone, r.room, '号楼', '学生')""")
        .param("id", first).query(String.class).list()).hasSize(6);
    // And by its worker among their own requests, with the same terms, as when it was given to them.
    assertThat(count("""
            SELECT COUNT(*) FROM request_search_term t JOIN request_worker w ON w.request_id = t.request_id
            JOIN worker_search_term s ON s.worker_id = w.worker_id AND s.term = t.term AND s.request_id = t.request_id
              AND s.request_created_at = t.created_at"""))
        .isEqualTo(count("SELECT COUNT(*) FROM request_search_term"))
        .isEqualTo(count("SELECT COUNT(*) FROM worker_search_term"));
    assertThat(count("SELECT SUM(rating_sum) FROM worker_rating"))
        .isEqualTo(count("SELECT SUM(rating_result) FROM repair_request"));
    assertThat(count("SELECT built FROM stats_rollup_state")).as("rollups rebuilt at the service's next start")
        .isZero();
  }

  @Test
  void theWholeStoryLiesInThePastAndEndsWithTheRequestsLastChange() {
    LocalDateTime now = LocalDateTime.now();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM request_history WHERE at > :now").param("now", now)
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM repair_request WHERE updated_at > :now OR created_at > :now")
        .param("now", now).query(Long.class).single()).isZero();
    assertThat(count("""
        SELECT COUNT(*) FROM repair_request r
        WHERE r.updated_at <> (SELECT MAX(h.at) FROM request_history h WHERE h.request_id = r.id)""")).isZero();
  }

  @Test
  void everyRequestIsAtARoomOfItsBuildingAsTheTextSays() throws IOException {
    assertThat(count("SELECT COUNT(*) FROM place_room")).isEqualTo(40 * 600);
    assertThat(count("""
        SELECT COUNT(*) FROM repair_request r JOIN place_room p ON p.id = r.room_id
          JOIN place_building b ON b.id = p.building_id
        WHERE b.id = r.building_id AND b.name = r.building AND p.number = r.room""")).isEqualTo(30_000);
    List<String> places = Files.readAllLines(PEOPLE.resolve("places.csv"));
    assertThat(places).hasSize(1 + 40).first().isEqualTo("buildingId,requestId");
    String[] first = places.get(1).split(",");
    assertThat(jdbc.sql("SELECT building_id FROM repair_request WHERE id = :id").param("id", first[1])
        .query(String.class).single()).isEqualTo(first[0]);
  }

  @Test
  void theServiceNumbersOnAfterTheLoadedRows() {
    assertThat(count("SELECT NEXT VALUE FOR repair_request_seq"))
        .isGreaterThan(count("SELECT MAX(CAST(id AS BIGINT)) FROM repair_request"));
    assertThat(count("SELECT NEXT VALUE FOR app_user_seq"))
        .isGreaterThan(count("SELECT MAX(CAST(id AS BIGINT)) FROM app_user"));
    assertThat(count("SELECT NEXT VALUE FOR place_seq"))
        .isGreaterThan(count("SELECT MAX(CAST(id AS BIGINT)) FROM place_room"));
  }

  @Test
  void everyFeederTokenIsOneTheServiceAcceptsForThatPerson() throws IOException {
    List<String> students = Files.readAllLines(PEOPLE.resolve("students.csv"));
    List<String> workers = Files.readAllLines(PEOPLE.resolve("workers.csv"));

    assertThat(students).hasSize(1 + 10).first().isEqualTo("studentId,studentToken");
    assertThat(workers).hasSize(1 + 5).first().isEqualTo("workerId,workerToken");
    for (String line : concat(students.subList(1, students.size()), workers.subList(1, workers.size()))) {
      String[] person = line.split(",");
      assertThat(jdbc.sql("SELECT user_id FROM auth_token WHERE token_hash = :hash AND expires_at > :now")
              .param("hash", BearerTokens.sha256(person[1]))
              .param("now", LocalDateTime.now())
              .query(String.class)
              .single())
          .isEqualTo(person[0]);
    }
  }

  @Test
  void aSecondRunOnALoadedDatabaseOnlyIssuesNewTokens() throws Exception {
    long tokens = count("SELECT COUNT(*) FROM auth_token");

    run.run(null);

    assertThat(count("SELECT COUNT(*) FROM repair_request")).isEqualTo(30_000);
    assertThat(count("SELECT COUNT(*) FROM app_user WHERE role = 'WORKER'")).isEqualTo(5);
    assertThat(count("SELECT COUNT(*) FROM auth_token")).isEqualTo(tokens + 10 + 5);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
