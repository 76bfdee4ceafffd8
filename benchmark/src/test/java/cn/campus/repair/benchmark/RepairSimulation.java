package cn.campus.repair.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Our API's side of one benchmark/run.sh run, phase after phase in one report: an unmeasured warm-up,
 * then the full lifecycle of a request (submit, detail, review, assign, accept, complete, rate, list)
 * at each number of concurrent clients in {@code bench.clients}; with {@code bench.lists}, then
 * every role's list (the run with a million finished requests in history) and a burst of submissions.
 * Request names start with their phase, so the report gives each phase its own percentiles.
 * The people and their tokens come from the history loader (students.csv, workers.csv), and the
 * buildings and requests whose lists and room histories are read (places.csv). With
 * {@code bench.phaseWindows}, each lifecycle phase's window (its first lifecycle's start to its last
 * one's end, epoch milliseconds) is written there at the end, for the CPU accounting of
 * benchmark/summarize.py.
 */
public class RepairSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://127.0.0.1:18600");
  private static final String ADMIN_TOKEN = System.getProperty("bench.adminToken");
  private static final String PEOPLE = System.getProperty("bench.people", "target/bench");
  private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phaseSeconds", 30));
  private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmUpSeconds", 60));
  private static final int BURST = Integer.getInteger("bench.burst", 200);
  private static final List<Integer> CLIENTS = Stream.of(System.getProperty("bench.clients", "1,4,16").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  private static final boolean LISTS = Boolean.getBoolean("bench.lists");
  private static final String PHASE_WINDOWS = System.getProperty("bench.phaseWindows");

  private static final Map<String, Long> PHASE_STARTS = new ConcurrentHashMap<>();
  private static final Map<String, Long> PHASE_ENDS = new ConcurrentHashMap<>();

  private static final String SUBMISSION = """
      {"categoryCode":"WATER_ELECTRIC","description":"宿舍卫生间水龙头漏水，关不紧",
       "location":{"building":"7号楼","room":"301"}}""";

  private final FeederBuilder<String> students = csv(PEOPLE + "/students.csv").circular();
  private final FeederBuilder<String> workers = csv(PEOPLE + "/workers.csv").random();
  private final FeederBuilder<String> places = csv(PEOPLE + "/places.csv").random();

  private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
      .acceptHeader("application/json")
      .contentTypeHeader("application/json")
      .shareConnections();

  {
    List<PopulationBuilder> phases = new ArrayList<>();
    if (!WARM_UP.isZero()) {
      phases.add(lifecycle("warm-up ", 4, WARM_UP));
    }
    CLIENTS.forEach(clients -> phases.add(lifecycle("c" + clients + " ", clients, PHASE)));
    if (LISTS) {
      phases.add(lists());
      phases.add(burst());
    }
    setUp(oneAfterAnother(phases))
        .protocols(protocol)
        .assertions(io.gatling.javaapi.core.CoreDsl.global().failedRequests().count().is(0L));
  }

  @Override
  public void after() {
    if (PHASE_WINDOWS == null) {
      return;
    }
    String json = new TreeMap<>(PHASE_STARTS).entrySet().stream()
        .map(start -> "\"%s\":{\"startedAt\":%d,\"endedAt\":%d}".formatted(
            start.getKey(), start.getValue(), PHASE_ENDS.getOrDefault(start.getKey(), start.getValue())))
        .collect(Collectors.joining(",", "{", "}\n"));
    try {
      Files.writeString(Path.of(PHASE_WINDOWS), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** andThen(a, b) would start a and b together; each phase here waits for the one before. */
  private static PopulationBuilder oneAfterAnother(List<PopulationBuilder> phases) {
    PopulationBuilder chain = phases.get(phases.size() - 1);
    for (int i = phases.size() - 2; i >= 0; i--) {
      chain = phases.get(i).andThen(chain);
    }
    return chain;
  }

  /**
   * The bare engine warms up as long and with as many threads before it is measured
   * (benchmark/bare-engine); the API does in the phase named "warm-up", which the summary leaves out.
   */
  private PopulationBuilder lifecycle(String phase, int clients, Duration during) {
    String window = phase.strip();
    ScenarioBuilder lifecycle = scenario(phase + "lifecycle at " + clients + " clients")
        .exec(session -> {
          PHASE_STARTS.merge(window, System.currentTimeMillis(), Math::min);
          return session;
        })
        .feed(students)
        .feed(workers)
        .exec(submit(phase + "submit"))
        .exec(as(http(phase + "detail").get("/api/requests/#{id}"), "student"))
        .exec(action(phase + "review", "review", "admin", "{\"decision\":\"ACCEPT\"}"))
        .exec(action(phase + "assign", "assign", "admin", "{\"workerId\":\"#{workerId}\"}"))
        .exec(action(phase + "accept", "accept", "worker", null))
        .exec(action(phase + "complete", "complete", "worker", "{\"note\":\"换了阀芯\"}"))
        .exec(action(phase + "rate", "rate", "student", "{\"result\":5,\"efficiency\":5}"))
        .exec(as(http(phase + "list mine").get("/api/requests?size=20"), "student"))
        .exec(session -> {
          PHASE_ENDS.merge(window, System.currentTimeMillis(), Math::max);
          return session;
        });
    return lifecycle.injectClosed(constantConcurrentUsers(clients).during(during));
  }

  /** Each role's list as its people page through it, and searches, with a million finished requests in history. */
  private PopulationBuilder lists() {
    ScenarioBuilder lists = scenario("lists with history")
        .feed(students)
        .feed(workers)
        .feed(places)
        .exec(session -> session.set("page", java.util.concurrent.ThreadLocalRandom.current().nextInt(5)))
        .exec(as(http("list requester mine").get("/api/requests?size=20&page=#{page}"), "student"))
        .exec(as(http("list worker tasks").get("/api/requests?size=20&page=#{page}"), "worker"))
        .exec(as(http("list worker open tasks").get("/api/requests?status=ASSIGNED,IN_PROGRESS&size=20"), "worker"))
        .exec(as(http("list admin all").get("/api/requests?size=20&page=#{page}"), "admin"))
        .exec(as(http("list admin to review").get("/api/requests?status=PENDING_REVIEW&size=20"), "admin"))
        .exec(as(http("list admin closed").get("/api/requests?status=CLOSED&size=20&page=#{page}"), "admin"))
        .exec(as(http("list admin workers").get("/api/workers?size=20"), "admin"))
        .exec(as(http("list admin by building").get("/api/requests?buildingId=#{buildingId}&size=20&page=#{page}"), "admin"))
        .exec(as(http("list admin by building to review")
            .get("/api/requests?buildingId=#{buildingId}&status=PENDING_REVIEW,AWAITING_DISPATCH&size=20"), "admin"))
        .exec(as(http("room history").get("/api/requests/#{requestId}/place-history"), "admin"))
        // What the report form asks before every report (docs/duplicates.md): the open requests of
        // one building and category, and the outage notices there.
        .exec(as(http("duplicates before a report")
            .get("/api/requests/duplicates?categoryCode=WATER_ELECTRIC&buildingId=#{buildingId}"), "student"))
        .exec(as(http("notices before a report")
            .get("/api/notices?categoryCode=WATER_ELECTRIC&buildingId=#{buildingId}"), "student"))
        // Searches as the office makes them (docs/office.md#search): a student's phone (the loader's
        // 16 + nine digits), a word every loaded request has, a building and status, a word none has,
        // a month of the history, and a worker's own.
        .exec(session -> session
            .set("phone", "16%09d".formatted(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1000)))
            .set("building", java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 41) + "号楼")
            .set("month", java.time.LocalDate.now().minusMonths(
                java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 40)).toString()))
        .exec(as(http("search admin phone").get("/api/requests?q=#{phone}&size=20"), "admin"))
        .exec(as(http("search admin words").get("/api/requests?q=漏水&size=20&page=#{page}"), "admin"))
        .exec(as(http("search admin building closed").get("/api/requests?q=#{building}&status=CLOSED&size=20"), "admin"))
        .exec(as(http("search admin no match").get("/api/requests?q=电梯故障&size=20"), "admin"))
        .exec(as(http("search admin month").get("/api/requests?from=#{month}&to=#{month}&size=20"), "admin"))
        .exec(as(http("search worker own").get("/api/requests?q=漏水 #{building}&size=20"), "worker"));
    return lists.injectClosed(constantConcurrentUsers(4).during(PHASE));
  }

  private PopulationBuilder burst() {
    ScenarioBuilder burst = scenario("burst of submissions").feed(students).exec(submit("burst submit"));
    return burst.injectOpen(atOnceUsers(BURST));
  }

  private ChainBuilder submit(String name) {
    return exec(as(http(name).post("/api/requests")
        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
        .body(StringBody(SUBMISSION))
        .check(status().is(201), jmesPath("id").saveAs("id")), "student"));
  }

  private ChainBuilder action(String name, String path, String who, String body) {
    HttpRequestActionBuilder request = http(name).post("/api/requests/#{id}/" + path);
    if (body != null) {
      request = request.body(StringBody(body));
    }
    return exec(as(request.check(status().is(200)), who));
  }

  private static HttpRequestActionBuilder as(HttpRequestActionBuilder request, String who) {
    String token = switch (who) {
      case "admin" -> ADMIN_TOKEN;
      case "worker" -> "#{workerToken}";
      default -> "#{studentToken}";
    };
    return request.header("Authorization", "Bearer " + token);
  }
}
