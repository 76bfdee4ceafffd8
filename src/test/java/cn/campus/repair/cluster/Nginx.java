package cn.campus.repair.cluster;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * nginx (Debian's package) in front of the nodes, configured by our sample
 * {@code deploy/nginx/campus-repair.conf} with its server lines replaced by the nodes under test. It
 * runs in the foreground as our child, with its pid, logs and temporary files in a directory of ours.
 */
final class Nginx implements AutoCloseable {

  static final Path SAMPLE = Path.of("deploy/nginx/campus-repair.conf");
  private static final Pattern UPSTREAM_SERVER = Pattern.compile("(\\s*)server\\s+\\S+:\\d+(.*);");
  private static final Pattern LISTEN = Pattern.compile("\\s*listen\\s+80;");

  private final int port;
  private final Process process;

  private Nginx(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  static Nginx start(Path workDirectory, List<Node> nodes) throws IOException, InterruptedException {
    Path home = Files.createDirectories(workDirectory.resolve("nginx"));
    int port = Processes.freePort();
    Files.writeString(home.resolve("campus-repair.conf"), siteFor(Files.readString(SAMPLE), nodes, port));
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    Files.writeString(home.resolve("nginx.conf"), """
        %s
        daemon off;
        master_process on;
        worker_processes 1;
        pid %s/nginx.pid;
        error_log %s/error.log warn;
        events { worker_connections 512; }
        http {
            access_log %s/access.log;
            client_body_temp_path %s/client_body;
            proxy_temp_path %s/proxy;
            fastcgi_temp_path %s/fastcgi;
            uwsgi_temp_path %s/uwsgi;
            scgi_temp_path %s/scgi;
            include %s/campus-repair.conf;
        }
        """.formatted(asRoot ? "user root;" : "", home, home, home, home, home, home, home, home, home));
    Process process = new ProcessBuilder(executable(), "-p", home.toString(), "-c", home.resolve("nginx.conf").toString())
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("stdout.log").toFile())
        .start();
    Nginx nginx = new Nginx(port, process);
    nginx.awaitListening(home);
    return nginx;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** The sample with its listen port and upstream servers replaced; everything else as shipped. */
  static String siteFor(String sample, List<Node> nodes, int port) {
    StringBuilder site = new StringBuilder();
    boolean replacingServers = false;
    for (String line : sample.split("\n", -1)) {
      Matcher server = UPSTREAM_SERVER.matcher(line);
      if (server.matches()) {
        // An upstream's first server line becomes one line per node; its other lines go.
        if (!replacingServers) {
          for (Node node : nodes) {
            site.append(server.group(1)).append("server 127.0.0.1:").append(node.port()).append(server.group(2)).append(";\n");
          }
        }
        replacingServers = true;
        continue;
      }
      replacingServers = false;
      site.append(LISTEN.matcher(line).matches() ? "    listen 127.0.0.1:" + port + ";" : line).append('\n');
    }
    return site.toString();
  }

  private static String executable() {
    for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("The cluster tests need nginx (apt-get install nginx-light)");
  }

  private void awaitListening(Path home) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited: " + Files.readString(home.resolve("stdout.log"))
            + (Files.exists(home.resolve("error.log")) ? Files.readString(home.resolve("error.log")) : ""));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("nginx not listening on " + port);
  }
}
