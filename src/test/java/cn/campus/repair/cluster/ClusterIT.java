package cn.campus.repair.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.sms.TencentSmsStub;
import cn.campus.repair.wechat.WechatStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes from the packaged jar on one PostgreSQL database (a private server, so it can be
 * restarted), nginx in front configured by our sample, and the Tencent SMS API played by a local
 * stub that counts every SendSms it receives. Clients call a random entry point each time. Then:
 * the SMS provider fails for a while, the database restarts under load, and a node is killed with
 * SIGKILL under load; after each, nothing acknowledged is lost, nothing is duplicated, every text
 * message went out once and no job is left behind. WeChat is configured too, against a local stub
 * of its API: subscribe messages go out once each whichever node sends them, on one access token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String SEPARATOR = "\u001f";
  private static final List<String> TEMPLATES =
      List.of("LOGIN_CODE", "TASK_ASSIGNED", "REQUEST_ACCEPTED", "REQUEST_REJECTED", "REPAIR_COMPLETED", "OUTAGE_ENDED");
  private static final String ADMIN_PHONE = "13800000000";
  /** Given to the nodes as REPAIR_ADMIN_PASSWORD: a fresh installation has no known admin password. */
  private static final String ADMIN_PASSWORD = "cluster-admin-" + Long.toHexString(new SecureRandom().nextLong());
  private static final String WX_ACCEPTED = "tpl-cluster-accepted";
  private static final String WX_COMPLETED = "tpl-cluster-completed";
  private static final Duration LOCK_TIME = Duration.ofSeconds(20);
  private static final AtomicLong PHONES = new AtomicLong(16_000_000_000L + (System.currentTimeMillis() % 1_000_000) * 1000);

  private Path work;
  private PrivatePostgres database;
  private TencentSmsStub sms;
  private WechatStub wechat;
  private final List<Node> nodes = new ArrayList<>();
  private Nginx proxy;
  private boolean stopped;
  private ClusterClient api;
  private String admin;
  private final List<Lifecycle.Person> workers = new ArrayList<>();
  private final Set<String> poisonedPhones = new HashSet<>();
  private final AtomicLong resentByOperator = new AtomicLong();
  private final AtomicLong confirmedByOperator = new AtomicLong();

  @BeforeAll
  void startCluster() throws Exception {
    work = Files.createTempDirectory("repair-cluster-");
    // Our servers are processes of their own: stop them even if this JVM is stopped mid-test.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        stopCluster();
      } catch (Exception e) {
        e.printStackTrace();
      }
    }));
    database = PrivatePostgres.create(work);
    sms = TencentSmsStub.start();
    wechat = WechatStub.start();
    Path attachments = Files.createDirectories(work.resolve("shared-attachments"));
    // The first node creates the schema; the second starts on it.
    for (String name : List.of("node-a", "node-b")) {
      Node node = Node.start(name, work, environment(name), arguments(attachments));
      nodes.add(node);
      node.awaitUp(Duration.ofMinutes(3));
    }
    proxy = Nginx.start(work, nodes);
    api = client(new ClusterClient.Figures());
    ClusterClient.Answer login = api.post("/api/auth/login", null, Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    admin = login.text("token");
    for (int i = 0; i < 4; i++) {
      String phone = newPhone();
      ClusterClient.Answer created = api.post("/api/staff", admin, Map.of(
          "phone", phone, "name", "师傅" + i, "role", "WORKER", "specialties", List.of("WATER_ELECTRIC")));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      workers.add(Lifecycle.login(api, sms, phone));
    }
  }

  /** A fault test that fails half-way must not leave the provider failing for the next one. */
  @AfterEach
  void healTheProvider() {
    sms.latency(Duration.ZERO);
    sms.answer(TencentSmsStub.Mode.SUCCESS);
  }

  @AfterAll
  synchronized void stopCluster() throws Exception {
    if (stopped) {
      return;
    }
    stopped = true;
    if (proxy != null) {
      proxy.close();
    }
    for (Node node : nodes) {
      node.close();
    }
    if (sms != null) {
      sms.close();
    }
    if (wechat != null) {
      wechat.close();
    }
    if (database != null) {
      database.close();
    }
    System.out.println("Cluster test files (node logs, nginx, PostgreSQL log): " + work);
  }

  @Test
  @Order(0)
  void subscribeMessagesGoOutOnceEachAcrossBothNodesOnOneAccessToken() throws Exception {
    Instant started = Instant.now();
    int tokensBefore = wechat.tokensIssued();
    List<String[]> students = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String openid = "o-cluster-" + i + "-" + Long.toHexString(System.nanoTime());
      String phone = newPhone();
      wechat.code("code-" + openid, openid);
      ClusterClient.Answer first = api.post("/api/auth/wechat", null, Map.of("code", "code-" + openid));
      assertThat(first.status()).as(first.toString()).isEqualTo(200);
      wechat.phoneCode("phone-" + openid, phone);
      ClusterClient.Answer bound = api.post("/api/auth/wechat/bind", null,
          Map.of("ticket", first.text("ticket"), "phoneCode", "phone-" + openid));
      assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
      String token = bound.text("token");
      ClusterClient.Answer agreed = api.post("/api/me/wechat/subscriptions", token,
          Map.of("results", Map.of(WX_ACCEPTED, "accept", WX_COMPLETED, "accept")));
      assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
      students.add(new String[] {openid, phone, token});
    }
    // WeChat busy for a while: the in-call retries and the queue's take it.
    wechat.failNextSends(WechatStub.BUSY, WechatStub.BUSY, WechatStub.BUSY, WechatStub.BUSY, WechatStub.BUSY);
    for (int i = 0; i < students.size(); i++) {
      if (i == students.size() / 2) {
        wechat.expireToken();
      }
      String[] student = students.get(i);
      Lifecycle.Person worker = workers.get(i % workers.size());
      ClusterClient.Answer submitted = api.post("/api/requests", student[2], Map.of(
          "categoryCode", "WATER_ELECTRIC", "description", "宿舍卫生间水龙头漏水", "priority", "NORMAL",
          "location", Map.of("building", "7号楼", "room", "30" + i)));
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
      String id = submitted.text("id");
      expectOk(api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
      expectOk(api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
      expectOk(api.post("/api/requests/" + id + "/accept", worker.token(), null));
      expectOk(api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "已修好")));
      // Rated and closed, so its process ends as the other tests expect of every request.
      expectOk(api.post("/api/requests/" + id + "/rate", student[2], Map.of("result", 5, "efficiency", 5)));
    }

    Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> wechat.delivered().size() >= students.size() * 2);
    awaitJobsDone(Duration.ofSeconds(60));

    String phones = students.stream().map(s -> "'" + s[1] + "'").collect(java.util.stream.Collectors.joining(","));
    for (String[] student : students) {
      List<WechatStub.Sent> delivered = wechat.delivered().stream().filter(s -> s.openid().equals(student[0])).toList();
      assertThat(delivered).as("subscribe messages delivered to %s", student[0])
          .extracting(WechatStub.Sent::templateId).containsExactlyInAnyOrder(WX_ACCEPTED, WX_COMPLETED);
    }
    assertThat(rows("SELECT template, channel, status FROM sms_message WHERE phone IN (" + phones
        + ") AND template IN ('REQUEST_ACCEPTED', 'REPAIR_COMPLETED')"))
        .hasSize(students.size() * 2)
        .allSatisfy(row -> assertThat(row).containsEntry("channel", "WECHAT").containsEntry("status", "SENT"));
    assertThat(sms.received()).as("no SMS paid for what went to WeChat")
        .noneMatch(r -> students.stream().anyMatch(s -> r.phoneNumberSet().contains("+86" + s[1])
            && (r.templateId().equals("T-REQUEST_ACCEPTED") || r.templateId().equals("T-REPAIR_COMPLETED"))));
    List<String> senders = strings("SELECT DISTINCT claimed_by FROM sms_message WHERE phone IN (" + phones
        + ") AND channel = 'WECHAT'");
    assertThat(senders).as("nodes that sent subscribe messages").hasSizeGreaterThanOrEqualTo(2);
    assertThat(wechat.tokensIssued() - tokensBefore).as("access tokens fetched: the first, and one after it expired")
        .isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
    System.out.printf("WeChat: %d subscribe messages delivered once each by %d nodes, %d sends refused as busy or "
            + "expired token, %d access tokens fetched; %d s%n",
        wechat.delivered().size(), senders.size(), wechat.sends().size() - wechat.delivered().size(),
        wechat.tokensIssued() - tokensBefore, Duration.between(started, Instant.now()).toSeconds());
  }

  private static void expectOk(ClusterClient.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void theSmsProviderFailingDelaysNoActionAndEveryMessageGoesOutOnceItRecovers() throws Exception {
    Instant started = Instant.now();
    long requestsBefore = count("SELECT COUNT(*) FROM repair_request");
    List<Lifecycle> lifecycles = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lifecycles.add(Lifecycle.fullRepair(Lifecycle.login(api, sms, newPhone())));
    }
    String poisoned = lifecycles.get(0).student.phone();
    poisonedPhones.add(poisoned);
    // A provider that refuses everything, and takes its time to say so: long enough that an action
    // waiting for it could not pass for one slowed down by a busy machine.
    Duration providerAnswersIn = Duration.ofSeconds(8);
    sms.latency(providerAnswersIn);
    sms.answer(TencentSmsStub.Mode.AUTH_FAILURE);
    sms.failFor(poisoned, TencentSmsStub.Mode.PHONE_DAILY_LIMIT);
    Instant outage = Instant.now();
    for (Lifecycle lifecycle : lifecycles) {
      lifecycle.run(api, admin, workers);
    }
    assertThat(lifecycles).allSatisfy(l -> assertThat(l.slowestActionMillis).as("slowest action, ms")
        .isLessThan(providerAnswersIn.toMillis()));
    Awaitility.await().atMost(Duration.ofSeconds(60))
        .until(() -> count("SELECT COUNT(*) FROM sms_message WHERE status = 'FAILED' AND attempts >= 2") >= 6);
    long failedSends = sms.received().stream().filter(r -> !r.sent()).count();
    sms.latency(Duration.ZERO);
    sms.answer(TencentSmsStub.Mode.SUCCESS);
    Duration outageLasted = Duration.between(outage, Instant.now());

    awaitJobsDone(Duration.ofSeconds(90));
    verify(lifecycles, requestsBefore, Map.of());
    List<String> incidents = strings("""
        SELECT i.incident_msg_ FROM act_ru_incident i JOIN act_ru_variable v ON v.proc_inst_id_ = i.proc_inst_id_
        JOIN sms_message m ON m.id = v.text_ WHERE v.name_ = 'smsMessageId' AND m.phone = '%s'""".formatted(poisoned));
    assertThat(incidents).hasSize(2).allSatisfy(message -> assertThat(message).contains(TencentSmsStub.DAILY_LIMIT));
    assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isEqualTo(2);
    System.out.printf("SMS outage: %d lifecycles, provider failing for %d s (%d refused sends), slowest action %d ms, "
            + "%d messages then sent once each, %d kept failing and became incidents; %s; %d s%n",
        lifecycles.size(), outageLasted.toSeconds(), failedSends,
        lifecycles.stream().mapToLong(l -> l.slowestActionMillis).max().orElse(0),
        count("SELECT COUNT(*) FROM sms_message WHERE status = 'SENT'"), incidents.size(), api.figures(),
        Duration.between(started, Instant.now()).toSeconds());
  }

  @Test
  @Order(2)
  void theDatabaseRestartingUnderLoadAnswers503MeanwhileAndLeavesNothingHalfDone() throws Exception {
    ClusterClient.Figures figures = new ClusterClient.Figures();
    ClusterClient client = client(figures);
    Instant started = Instant.now();
    long requestsBefore = count("SELECT COUNT(*) FROM repair_request");
    List<Lifecycle> lifecycles = underLoad(client, 6, Duration.ofSeconds(30), () -> {
      Thread.sleep(6000);
      database.stop();
      Thread.sleep(5000);
      database.start();
      return null;
    });
    awaitJobsDone(LOCK_TIME.multipliedBy(4));
    verify(lifecycles, requestsBefore, Map.of());
    assertThat(figures.unavailable.get()).as("calls answered 503 while the database was away").isPositive();
    assertThat(figures.malformedFailures).as("failures that were not 503 problem+json with Retry-After").isEmpty();
    assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isEqualTo(2);
    System.out.printf("Database restart: %d lifecycles, %s, %d s%n", lifecycles.size(), figures,
        Duration.between(started, Instant.now()).toSeconds());
  }

  @Test
  @Order(3)
  void aNodeKilledMidRunLosesNothingAndTheMessagesItWasSendingAreLeftToAnOperator() throws Exception {
    ClusterClient.Figures figures = new ClusterClient.Figures();
    ClusterClient client = client(figures);
    Node victim = nodes.get(0);
    List<String> sendingWhenKilled = new ArrayList<>();
    Instant[] killedAt = new Instant[1];
    Instant started = Instant.now();
    long requestsBefore = count("SELECT COUNT(*) FROM repair_request");
    List<Lifecycle> lifecycles = underLoad(client, 8, Duration.ofSeconds(30), () -> {
      Thread.sleep(10_000);
      // In the middle of sending a text message, the worst moment: the provider has it and the
      // victim is waiting for the answer.
      sms.holdAnswers(victim.name(), TEMPLATES.stream().filter(t -> !t.equals("LOGIN_CODE")).map(t -> "T-" + t)
          .collect(Collectors.toSet()));
      Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).until(() -> sms.held() > 0);
      victim.kill();
      killedAt[0] = Instant.now();
      sms.releaseHeld();
      sendingWhenKilled.addAll(strings("SELECT id FROM sms_message WHERE status = 'SENDING' AND claimed_by LIKE '"
          + victim.claimPattern() + "'"));
      return null;
    });
    awaitJobsDone(LOCK_TIME.multipliedBy(4));
    verify(lifecycles, requestsBefore, Map.of(victim.name(), killedAt[0]));
    assertThat(sendingWhenKilled).as("messages the dead node was sending when it died").isNotEmpty();
    for (String message : sendingWhenKilled) {
      assertThat(strings("SELECT status FROM sms_message WHERE id = '" + message + "'"))
          .as("message %s the dead node was sending", message).singleElement().isIn("SENT", "UNCERTAIN");
    }
    assertThat(figures.malformedFailures).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).as("incidents besides the refused number's").isEqualTo(2);
    System.out.printf("Node killed: %d lifecycles (%d requests in all), %d messages the dead node was sending, "
            + "%d SMS sent in all, %d left in doubt by the kill (%d had arrived, %d resent by the operator); %s; %d s%n",
        lifecycles.size(), count("SELECT COUNT(*) FROM repair_request"), sendingWhenKilled.size(),
        sms.received().stream().filter(r -> r.sent() && !"T-LOGIN_CODE".equals(r.templateId())).count(),
        confirmedByOperator.get() + resentByOperator.get(), confirmedByOperator.get(), resentByOperator.get(),
        figures, Duration.between(started, Instant.now()).toSeconds());
  }

  /** A client calling either node directly or through nginx, at random. */
  private ClusterClient client(ClusterClient.Figures figures) {
    return new ClusterClient(List.of(nodes.get(0).baseUrl(), nodes.get(1).baseUrl(), proxy.baseUrl()), figures);
  }

  /** Runs lifecycles from {@code users} clients until {@code duration} is over, doing {@code fault} meanwhile. */
  private List<Lifecycle> underLoad(ClusterClient client, int users, Duration duration,
      java.util.concurrent.Callable<Void> fault) throws Exception {
    ConcurrentLinkedQueue<Lifecycle> done = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(users + 1);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        running.add(pool.submit(() -> {
          while (!stop.get()) {
            Lifecycle lifecycle = Lifecycle.random(Lifecycle.login(client, sms, newPhone()));
            lifecycle.run(client, admin, workers);
            done.add(lifecycle);
          }
          return null;
        }));
      }
      Future<Void> faults = pool.submit(fault);
      Thread.sleep(duration.toMillis());
      faults.get();
      stop.set(true);
      for (Future<?> user : running) {
        user.get();
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
    return new ArrayList<>(done);
  }

  /**
   * Waits until every message has left the dispatchers' hands (sent, or handed to Camunda) and every
   * asynchronous job is done or has become an incident.
   */
  @Test
  @Order(4)
  void anOutageNoticeExpiresOnceAcrossBothNodesAndEachFollowerIsTextedOnce() throws Exception {
    String area = api.post("/api/places/areas", admin, Map.of("name", "停水校区" + newPhone())).text("id");
    String building = api.post("/api/places/buildings", admin,
        Map.of("areaId", area, "name", "停水楼", "kind", "DORMITORY")).text("id");
    ClusterClient.Answer posted = api.post("/api/notices", admin, Map.of("buildingId", building,
        "categoryCode", "WATER_ELECTRIC", "reason", "管道检修", "endsAt", Instant.now().plusSeconds(3600).toString()));
    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
    String notice = posted.text("id");
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Lifecycle.Person student = Lifecycle.login(api, sms, newPhone());
      ClusterClient.Answer followed = api.post("/api/notices/" + notice + "/follow", student.token(), null);
      assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
      phones.add(student.phone());
    }
    try (Connection c = database.connect()) {
      c.createStatement().executeUpdate(
          "UPDATE outage_notice SET ends_at = CURRENT_TIMESTAMP - INTERVAL '1 second' WHERE id = '" + notice + "'");
    }

    String texts = "SELECT COUNT(*) FROM sms_message WHERE event_key LIKE 'outage-ended:" + notice + ":%'";
    Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> count(texts + " AND status = 'SENT'") == phones.size());
    Thread.sleep(5000);
    assertThat(count(texts)).as("one text per follower, whichever node ended the notice").isEqualTo(phones.size());
    assertThat(strings("SELECT end_reason FROM outage_notice WHERE id = '" + notice + "'")).containsExactly("EXPIRED");
    for (String phone : phones) {
      assertThat(sms.received().stream().filter(r -> r.sent() && r.phoneNumberSet().contains("+86" + phone)
          && "T-OUTAGE_ENDED".equals(r.templateId()))).as("texts to %s", phone).hasSize(1);
    }
  }

  private void awaitJobsDone(Duration atMost) {
    Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
        .until(() -> count("SELECT COUNT(*) FROM sms_message WHERE status IN ('PENDING', 'SENDING')") == 0
            && count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message' AND retries_ > 0") == 0);
  }

  /**
   * Every lifecycle reached its end with exactly its history; no request exists twice; the model
   * and the read model agree; each message was queued once and sent once (twice only if the node
   * that sent it first died before it could record so, as {@code killed} says).
   */
  private void verify(List<Lifecycle> lifecycles, long requestsBefore, Map<String, Instant> killed) throws SQLException {
    for (Lifecycle lifecycle : lifecycles) {
      ClusterClient.Answer detail = api.get("/api/requests/" + lifecycle.requestId, admin);
      assertThat(detail.text("status")).as("request %s", lifecycle.requestId).isEqualTo(lifecycle.finalStatus());
      List<String> history = new ArrayList<>();
      detail.body().path("history").forEach(entry -> history.add(entry.path("action").asText()));
      assertThat(history).as("history of %s", lifecycle.requestId).isEqualTo(lifecycle.expectedHistory);
    }
    assertThat(count("SELECT COUNT(*) FROM repair_request") - requestsBefore).as("requests created")
        .isEqualTo(lifecycles.size());
    assertThat(count("SELECT COUNT(*) FROM (SELECT requester_id FROM repair_request GROUP BY requester_id HAVING COUNT(*) > 1) d"))
        .as("people with two requests (each submitted one)").isZero();
    assertThat(count("""
        SELECT COUNT(*) FROM repair_request r WHERE r.process_instance_id IS NULL OR EXISTS (
          SELECT 1 FROM act_ru_execution e WHERE e.proc_inst_id_ = r.process_instance_id)""") )
        .as("requests without a process, or whose process still runs though they are finished").isZero();

    Map<String, List<TencentSmsStub.Received>> sent = new HashMap<>();
    for (TencentSmsStub.Received received : sms.received()) {
      if (received.sent()) {
        sent.computeIfAbsent(smsKey(received.phoneNumberSet().get(0).substring(3), received.templateId().substring(2),
            received.templateParamSet()), k -> new ArrayList<>()).add(received);
      }
    }
    for (Lifecycle lifecycle : lifecycles) {
      List<Map<String, String>> queued = rows("""
          SELECT id, phone, template, params, status FROM sms_message WHERE phone = '%s'
          OR (template = 'TASK_ASSIGNED' AND params LIKE '%s%%')""".formatted(lifecycle.student.phone(), lifecycle.number + SEPARATOR));
      assertThat(queued.stream().map(m -> new Lifecycle.ExpectedSms(m.get("phone"), m.get("template"))).toList())
          .as("messages queued for %s", lifecycle.requestId)
          .containsExactlyInAnyOrderElementsOf(lifecycle.expectedSms);
      for (Map<String, String> message : queued) {
        List<String> params = List.of(message.get("params").split(SEPARATOR, -1));
        List<TencentSmsStub.Received> deliveries =
            sent.getOrDefault(smsKey(message.get("phone"), message.get("template"), params), List.of());
        if (poisonedPhones.contains(message.get("phone"))) {
          assertThat(deliveries).as("sends of %s", message).isEmpty();
          assertThat(message.get("status")).isEqualTo("FAILED");
          continue;
        }
        if ("UNCERTAIN".equals(message.get("status"))) {
          resolveAsAnOperator(message, deliveries, killed);
          continue;
        }
        assertThat(message.get("status")).as("status of %s", message).isEqualTo("SENT");
        assertThat(deliveries).as("sends of %s", message).hasSize(1);
      }
    }
  }

  /**
   * A message a node was sending when it died: never sent again by itself, an incident instead. The
   * test then does what the incident asks an operator to do, after looking in the provider's console
   * (here: the stub), and checks the message ends up sent exactly once.
   */
  private void resolveAsAnOperator(Map<String, String> message, List<TencentSmsStub.Received> deliveries,
      Map<String, Instant> killed) throws SQLException {
    assertThat(deliveries).as("sends of %s, left in doubt", message).hasSizeLessThanOrEqualTo(1);
    String instance = strings("""
        SELECT v.proc_inst_id_ FROM act_ru_variable v WHERE v.name_ = 'smsMessageId' AND v.text_ = '%s'"""
        .formatted(message.get("id"))).get(0);
    assertThat(strings("SELECT incident_msg_ FROM act_ru_incident WHERE proc_inst_id_ = '" + instance + "'"))
        .as("incident of the message left in doubt").singleElement().asString().contains("smsResend");
    if (deliveries.isEmpty()) {
      expectEngine(204, "PUT", "/process-instance/" + instance + "/variables/smsResend", Map.of("value", true, "type", "Boolean"));
      String job = strings("SELECT id_ FROM act_ru_job WHERE process_instance_id_ = '" + instance + "'").get(0);
      expectEngine(204, "PUT", "/job/" + job + "/retries", Map.of("retries", 1));
      Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
          "SENT".equals(strings("SELECT status FROM sms_message WHERE id = '" + message.get("id") + "'").get(0)));
      resentByOperator.incrementAndGet();
    } else {
      assertThat(killed).as("a message in doubt without a killed node").isNotEmpty();
      expectEngine(204, "DELETE", "/process-instance/" + instance, null);
      confirmedByOperator.incrementAndGet();
    }
  }

  private void expectEngine(int status, String method, String path, Object body) {
    ClusterClient.Answer answer = api.engine(method, path, body, ADMIN_PHONE, ADMIN_PASSWORD);
    assertThat(answer.status()).as(method + " " + path + ": " + answer).isEqualTo(status);
  }

  private static String smsKey(String phone, String template, List<String> params) {
    return phone + "|" + template + "|" + String.join(SEPARATOR, params);
  }

  private Map<String, String> environment(String node) {
    return Map.ofEntries(
        Map.entry("SPRING_PROFILES_ACTIVE", "postgres"),
        Map.entry("DB_HOST", "127.0.0.1"),
        Map.entry("DB_PORT", Integer.toString(database.port())),
        Map.entry("DB_NAME", PrivatePostgres.DATABASE),
        Map.entry("DB_USER", PrivatePostgres.USER),
        Map.entry("DB_PASSWORD", ""),
        Map.entry("REPAIR_ADMIN_PASSWORD", ADMIN_PASSWORD),
        Map.entry("TENCENT_SMS_SECRET_ID", node),
        Map.entry("TENCENT_SMS_SECRET_KEY", "test-key"),
        Map.entry("TENCENT_SMS_SDK_APP_ID", "1400000000"),
        Map.entry("TENCENT_SMS_ENDPOINT", sms.endpoint()),
        Map.entry("WECHAT_APP_ID", "wxcluster0000001"),
        Map.entry("WECHAT_APP_SECRET", "cluster-secret"),
        Map.entry("WECHAT_API_HOST", wechat.apiHost()),
        Map.entry("WECHAT_TEMPLATE_REQUEST_ACCEPTED", WX_ACCEPTED),
        Map.entry("WECHAT_TEMPLATE_REPAIR_COMPLETED", WX_COMPLETED),
        // nginx reaches the nodes from 127.0.0.1, as deploy/nginx tells production to configure it:
        // the nodes take the client's address from its X-Forwarded-For. The test's own client is on
        // 127.0.0.1 too, so the addresses Lifecycle.login puts there count as its people's.
        Map.entry("TRUSTED_PROXIES", "127\\.0\\.0\\.1"));
  }

  private static List<String> arguments(Path attachments) {
    List<String> arguments = new ArrayList<>(List.of(
        "--repair.sms.provider=tencent",
        "--repair.sms.retry-cycle=R6/PT2S",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--repair.attachments.directory=" + attachments,
        "--repair.login-codes.resend-after=PT1S",
        "--repair.login-codes.per-phone-per-day=100",
        // Both nodes look for expired outage notices every 2 s: they race for each one.
        "--repair.outages.expiry-interval=PT2S",
        "--repair.wechat.busy-retry-pause=PT0.1S",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=INFO"));
    TEMPLATES.forEach(t -> arguments.add("--repair.sms.templates." + t + ".tencent-id=T-" + t));
    return arguments;
  }

  private static String newPhone() {
    return Long.toString(PHONES.incrementAndGet());
  }

  private long count(String sql) throws SQLException {
    try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    return rows(sql).stream().map(row -> row.values().iterator().next()).toList();
  }

  private List<Map<String, String>> rows(String sql) throws SQLException {
    try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      List<Map<String, String>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
