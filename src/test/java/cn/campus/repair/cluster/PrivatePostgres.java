package cn.campus.repair.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server of our own (initdb + pg_ctl into a temporary directory, on a free port), so a
 * test may stop and start it without touching the machine's shared server. PostgreSQL refuses to
 * run as root, so as root (CI) it runs as the {@code postgres} account the Debian package creates.
 */
final class PrivatePostgres implements AutoCloseable {

  static final String DATABASE = "repair";
  static final String USER = "postgres";

  private final Path binaries;
  private final Path directory;
  private final int port;
  private final boolean asPostgresAccount;

  private PrivatePostgres(Path binaries, Path directory, int port, boolean asPostgresAccount) {
    this.binaries = binaries;
    this.directory = directory;
    this.port = port;
    this.asPostgresAccount = asPostgresAccount;
  }

  static PrivatePostgres create(Path workDirectory) throws IOException, InterruptedException, SQLException {
    Path binaries = serverBinaries();
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    Path directory = Files.createDirectories(workDirectory.resolve("postgres"));
    if (asRoot) {
      Processes.run(List.of("chown", "postgres:postgres", workDirectory.toString(), directory.toString()));
    }
    PrivatePostgres server = new PrivatePostgres(binaries, directory, Processes.freePort(), asRoot);
    server.pg("initdb", "-D", server.data().toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-locale");
    server.start();
    try (Connection c = DriverManager.getConnection(server.url("postgres"), USER, "")) {
      c.createStatement().execute("CREATE DATABASE " + DATABASE);
    }
    return server;
  }

  int port() {
    return port;
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(DATABASE), USER, "");
  }

  void start() throws IOException, InterruptedException {
    pg("pg_ctl", "-D", data().toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
        "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
        "start");
  }

  /** A fast shutdown: sessions are ended at once, as in a restart by an operator or a crash of the host. */
  void stop() throws IOException, InterruptedException {
    pg("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop");
  }

  /** Stops the server and deletes its data; its log stays for a look after a failure. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (Files.exists(data().resolve("postmaster.pid"))) {
      stop();
    }
    FileSystemUtils.deleteRecursively(data());
  }

  private Path data() {
    return directory.resolve("data");
  }

  private void pg(String program, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgresAccount) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(binaries.resolve(program).toString());
    command.addAll(List.of(arguments));
    Processes.run(command);
  }

  /** The newest server under /usr/lib/postgresql (Debian's layout), or -Dpostgres.bin. */
  private static Path serverBinaries() throws IOException {
    String configured = System.getProperty("postgres.bin");
    if (configured != null) {
      return Path.of(configured);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        var newest = versions.map(v -> v.resolve("bin"))
            .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
            .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        if (newest.isPresent()) {
          return newest.get();
        }
      }
    }
    throw new IllegalStateException("The cluster tests need PostgreSQL's server programs (initdb, pg_ctl): "
        + "none under /usr/lib/postgresql/*/bin. Install them (apt-get install postgresql) or set -Dpostgres.bin");
  }
}
