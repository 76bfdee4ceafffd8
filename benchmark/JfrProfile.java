import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's threads run during one measured phase, from a flight recording's execution
 * samples (benchmark/run.sh with BENCH_JFR=1):
 *
 * <pre>java benchmark/JfrProfile.java service.jfr phases.json c16 [rows]</pre>
 *
 * Prints the samples by thread kind, then for the threads that serve calls (Tomcat's) the packages
 * of the topmost frames (where the CPU is spent), the layers of a call ({@link #LAYERS}: the share
 * of samples with one of its methods anywhere in the stack; filters are left out, as a filter's
 * frame holds everything after it in the chain) and the methods anywhere in the stacks
 * (what it is spent for; a method counts once per sample), as shares of those threads' samples. An execution
 * sample is taken only while a thread runs Java code: time in native code (socket writes, system
 * calls) is not in them, the CPU sampler's figures are.
 */
public class JfrProfile {

  /** A layer of a call and the methods (class name suffix and method) that show a sample is in it. */
  private record Layer(String name, List<String> methods) {}

  private static final List<Layer> LAYERS = List.of(
      new Layer("the bearer token's lookup", List.of("Tokens.authenticate")),
      new Layer("Spring Security's observations of its filters (Micrometer)", List.of("ObservationFilterChainDecorator$ObservationFilter.wrap",
          "ObservationFilterChainDecorator$AroundFilterObservation$SimpleAroundFilterObservation.start",
          "ObservationFilterChainDecorator$AroundFilterObservation$SimpleAroundFilterObservation.stop",
          "ObservationAuthorizationManager.check")),
      new Layer("Micrometer observations started and stopped (the HTTP call's, Spring Security's)", List.of(
          "SimpleObservation.start", "SimpleObservation.stop")),
      new Layer("Spring MVC's dispatch", List.of("DispatcherServlet.doDispatch")),
      new Layer("  reading the JSON body", List.of("AbstractJackson2HttpMessageConverter.read")),
      new Layer("  writing the JSON answer", List.of("AbstractJackson2HttpMessageConverter.writeInternal")),
      new Layer("  bean validation", List.of("ValidatorImpl.validate")),
      new Layer("a transaction's begin and commit", List.of("DataSourceTransactionManager.doBegin",
          "DataSourceTransactionManager.doCommit", "JdbcTransactionManager.doBegin", "JdbcTransactionManager.doCommit")),
      new Layer("  a connection from the pool", List.of("HikariDataSource.getConnection")),
      new Layer("an action (ActionRunner.act)", List.of("ActionRunner.act")),
      new Layer("  the request's row locked", List.of("RequestRows.lock")),
      new Layer("  the engine's command (completion or correlation)", List.of("ProcessGateway.complete", "ProcessGateway.correlate")),
      new Layer("    the engine's flush at the command's end", List.of("DbEntityManager.flush")),
      new Layer("    the engine's authorization checks", List.of("AuthorizationManager.checkAuthorization",
          "AuthorizationManager.configureQuery", "AuthorizationManager.isAuthorized",
          "DefaultAuthorizationProvider.newTask", "AuthorizationManager.createDefaultAuthorizations")),
      new Layer("    the Spring event bridge (all its events)", List.of("PublishDelegateParseListener.lambda$new$0",
          "PublishDelegateParseListener.lambda$new$1", "ProcessEventBridge.lambda$preInit$0", "ProcessEventBridge.lambda$preInit$1")),
      new Layer("      the read model's listeners", List.of("ProcessFollower.on")),
      new Layer("      the statuses and steps (RequestSteps)", List.of("RequestSteps.onTask", "RequestSteps.onExecution")),
      new Layer("      Tasklist's dispatch form: the workers to choose from", List.of("WorkerChoices.onTask")),
      new Layer("      Tasklist's form data", List.of("TasklistFormData.onTask")),
      new Layer("      texts to followers", List.of("FollowerTexts.on")),
      new Layer("  the answer: the request as it is now", List.of("RequestQueries.afterAction")),
      new Layer("a submission (Submissions)", List.of("Submissions.submit")),
      new Layer("a detail read", List.of("RequestQueries.get")),
      new Layer("a list read", List.of("RequestQueries.list")),
      new Layer("MyBatis (the engine's statements)", List.of("DefaultSqlSession.selectList", "DefaultSqlSession.selectOne",
          "DefaultSqlSession.update", "DefaultSqlSession.insert", "DefaultSqlSession.delete", "DefaultSqlSession.flushStatements")),
      new Layer("Spring's JdbcTemplate (our statements)", List.of("JdbcTemplate.execute", "JdbcTemplate.query", "JdbcTemplate.update")),
      new Layer("pgjdbc (every statement)", List.of("PgPreparedStatement.executeWithFlags", "PgStatement.executeBatch",
          "PgConnection.commit", "PgConnection.setAutoCommit")));

  public static void main(String[] args) throws IOException {
    Path recording = Path.of(args[0]);
    String phases = Files.readString(Path.of(args[1]));
    Matcher window = Pattern.compile("\"" + Pattern.quote(args[2])
        + "\":\\{\"startedAt\":(\\d+),\"endedAt\":(\\d+)}").matcher(phases);
    if (!window.find()) {
      throw new IllegalArgumentException("no phase " + args[2] + " in " + args[1]);
    }
    Instant from = Instant.ofEpochMilli(Long.parseLong(window.group(1)));
    Instant to = Instant.ofEpochMilli(Long.parseLong(window.group(2)));
    int rows = args.length > 3 ? Integer.parseInt(args[3]) : 40;

    Map<String, Integer> byThreadKind = new HashMap<>();
    Map<String, Integer> topPackages = new HashMap<>();
    Map<String, Integer> inStack = new HashMap<>();
    Map<String, Integer> inLayer = new HashMap<>();
    int calls = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")
            || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
          continue;
        }
        String thread = event.getThread("sampledThread").getJavaName();
        String kind = thread == null ? "?" : thread.startsWith("http-nio-") ? "calls" : thread.replaceAll("\\d+", "#");
        byThreadKind.merge(kind, 1, Integer::sum);
        if (!kind.equals("calls") || event.getStackTrace() == null) {
          continue;
        }
        calls++;
        List<RecordedFrame> frames = event.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
          topPackages.merge(packageOf(frames.get(0)), 1, Integer::sum);
        }
        Set<String> methods = new HashSet<>();
        for (RecordedFrame frame : frames) {
          methods.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
        }
        methods.forEach(method -> inStack.merge(method, 1, Integer::sum));
        for (Layer layer : LAYERS) {
          if (methods.stream().anyMatch(method -> layer.methods().stream().anyMatch(method::endsWith))) {
            inLayer.merge(layer.name(), 1, Integer::sum);
          }
        }
      }
    }
    int all = byThreadKind.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("%d execution samples in %s (%.1f s); by thread:%n", all, args[2],
        (to.toEpochMilli() - from.toEpochMilli()) / 1000.0);
    print(byThreadKind, all, 15);
    System.out.printf("%nthe calls' threads (%d samples), the topmost frame's package:%n", calls);
    print(topPackages, calls, rows);
    System.out.printf("%nthe calls' threads, by layer (a sample in every layer its stack passes through):%n");
    for (Layer layer : LAYERS) {
      int count = inLayer.getOrDefault(layer.name(), 0);
      System.out.printf("  %5.1f %%  %6d  %s%n", 100.0 * count / Math.max(1, calls), count, layer.name());
    }
    System.out.printf("%nthe calls' threads, methods anywhere in the stack:%n");
    print(inStack, calls, rows * 3);
  }

  /** The class's package to three names (org.postgresql.core), four under cn.campus.repair. */
  private static String packageOf(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    String[] names = type.split("\\.");
    int depth = type.startsWith("cn.campus.repair.") ? 4 : 3;
    return String.join(".", java.util.Arrays.copyOf(names, Math.min(depth, names.length - 1)));
  }

  private static void print(Map<String, Integer> counts, int all, int rows) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(entry -> System.out.printf("  %5.1f %%  %6d  %s%n", 100.0 * entry.getValue() / Math.max(1, all),
            entry.getValue(), entry.getKey()));
  }
}
