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
 * {@code workers.csv} ({@code workerId,workerToken}).
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
