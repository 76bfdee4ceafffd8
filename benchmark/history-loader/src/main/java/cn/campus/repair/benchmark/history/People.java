package cn.campus.repair.benchmark.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The loaded people the benchmark's Gatling clients act as: each gets a fresh bearer token, and the
 * ids and tokens go to the CSV feeders {@code students.csv} ({@code studentId,studentToken}) and
 * {@code workers.csv} ({@code workerId,workerToken}); and the places lists and histories are read at,
 * {@code places.csv} ({@code buildingId,requestId}: each building and its newest request).
 */
@Component
class People {

  private final JdbcClient jdbc;
  private final BearerTokens tokens;

  People(JdbcClient jdbc, BearerTokens tokens) {
    this.jdbc = jdbc;
    this.tokens = tokens;
  }

  void write(Path folder, int students, int workers) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("students.csv"), feeder("studentId,studentToken", HistoryLoader.STUDENT_PHONES, students));
    Files.write(folder.resolve("workers.csv"), feeder("workerId,workerToken", HistoryLoader.WORKER_PHONES, workers));
    Files.write(folder.resolve("places.csv"), places());
  }

  private List<String> places() {
    List<String> lines = new ArrayList<>(List.of("buildingId,requestId"));
    jdbc.sql("SELECT id FROM place_building ORDER BY id").query(String.class).list().forEach(building ->
        jdbc.sql("""
                SELECT id FROM repair_request WHERE building_id = :building
                ORDER BY building_id DESC, created_at DESC, id DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY""")
            .param("building", building)
            .query(String.class)
            .optional()
            .ifPresent(request -> lines.add(building + "," + request)));
    return lines;
  }

  private List<String> feeder(String header, String phonePrefix, int count) {
    List<String> lines = new ArrayList<>(List.of(header));
    for (long n = 1; n <= count; n++) {
      String id = jdbc.sql("SELECT id FROM app_user WHERE phone = :phone")
          .param("phone", HistoryLoader.phone(phonePrefix, n))
          .query(String.class)
          .single();
      lines.add(id + "," + tokens.issue(id));
    }
    return lines;
  }
}
