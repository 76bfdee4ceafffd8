package cn.campus.repair.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** One node of the service: the packaged jar in a process of its own, as production runs it. */
final class Node implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private Node(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static Node start(String name, Path workDirectory, Map<String, String> environment, List<String> arguments)
      throws IOException {
    int port = Processes.freePort();
    List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-jar", jar().toString(), "--server.port=" + port));
    command.addAll(arguments);
    Path log = workDirectory.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new Node(name, port, log, builder.start());
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  /** How the node names itself where it claims work (the JVM's {@code pid@host}), as a LIKE pattern. */
  String claimPattern() {
    return process.pid() + "@%";
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  void awaitUp(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        var answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/categories")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not up within " + timeout + ":\n" + tail());
  }

  /** SIGKILL: no shutdown hook, no graceful stop, locks and connections simply vanish. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target").toAbsolutePath())) {
      return files.filter(f -> f.getFileName().toString().matches("campus-repair-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No campus-repair jar in target/: the cluster tests run after `mvn package`"));
    }
  }
}
