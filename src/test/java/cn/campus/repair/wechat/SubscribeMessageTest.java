package cn.campus.repair.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.sms.SmsDeliveryProcess;
import cn.campus.repair.support.ApiResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The channel rule and WeChat's answers, through the real queue: an action commits, the dispatcher
 * sends, and what reaches the person is read from the WeChat stub and the SMS outbox.
 */
class SubscribeMessageTest extends WechatIntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ManagementService managementService;

  @Autowired
  RuntimeService runtimeService;

  @Test
  void afterAgreeingOnceTheStudentLearnsInWechatThatTheRepairWasAcceptedAndNoSmsIsPaid() {
    WechatPerson student = wechatStudent(ACCEPTED);
    Person worker = newWorker("WATER_ELECTRIC");

    String id = inProgress(student.person(), worker, "NORMAL");

    WechatStub.Sent sent = awaitDelivered(student.openid(), ACCEPTED);
    assertThat(sent.data()).containsEntry("thing1", "师傅" + worker.phone().substring(7))
        .containsEntry("phone_number2", worker.phone());
    assertThat(sent.page()).isEqualTo("pages/user/detail/detail?id=" + id);
    assertThat(message(id, "REQUEST_ACCEPTED")).isEqualTo(Map.of("CHANNEL", "WECHAT", "STATUS", "SENT"));
    assertThat(outbox.sentTo(student.person().phone(), 50)).noneMatch(sms -> sms.template().equals("REQUEST_ACCEPTED"));
    assertThat(agreements(student)).containsEntry("REQUEST_ACCEPTED", 0);
  }

  @Test
  void withoutAnAgreementLeftTheMessageIsAnSms() {
    WechatPerson student = wechatStudent();
    Person worker = newWorker("WATER_ELECTRIC");

    String id = inProgress(student.person(), worker, "NORMAL");

    awaitSms(student.person().phone(), "REQUEST_ACCEPTED", 1);
    assertThat(message(id, "REQUEST_ACCEPTED")).containsEntry("CHANNEL", "SMS");
    assertThat(WECHAT.sends()).noneMatch(s -> s.openid().equals(student.openid()));
  }

  @Test
  void anUrgentRequestIsToldBySmsEvenToSomeoneWhoAgreed() {
    WechatPerson student = wechatStudent(ACCEPTED);
    Person worker = newWorker("WATER_ELECTRIC");

    String id = inProgress(student.person(), worker, "URGENT");

    awaitSms(student.person().phone(), "REQUEST_ACCEPTED", 1);
    assertThat(message(id, "REQUEST_ACCEPTED")).containsEntry("CHANNEL", "SMS");
    assertThat(agreements(student)).containsEntry("REQUEST_ACCEPTED", 1);
  }

  @Test
  void aMessageThePersonRefusedInWechatGoesBySmsOnce() {
    WechatPerson student = wechatStudent(ACCEPTED);
    Person worker = newWorker("WATER_ELECTRIC");
    WECHAT.refuse(student.openid());

    String id = inProgress(student.person(), worker, "NORMAL");

    awaitSms(student.person().phone(), "REQUEST_ACCEPTED", 1);
    assertThat(WECHAT.sends()).filteredOn(s -> s.openid().equals(student.openid()))
        .extracting(WechatStub.Sent::errcode).containsExactly(WechatStub.REFUSED);
    assertThat(message(id, "REQUEST_ACCEPTED")).isEqualTo(Map.of("CHANNEL", "SMS", "STATUS", "SENT"));
    assertThat(outbox.sentTo(student.person().phone(), 50)).filteredOn(sms -> sms.template().equals("REQUEST_ACCEPTED"))
        .hasSize(1);
    assertThat(agreements(student)).containsEntry("REQUEST_ACCEPTED", 0);
  }

  @Test
  void anExpiredAccessTokenIsRefreshedAndTheMessageSentOnce() {
    WechatPerson student = wechatStudent(ACCEPTED);
    Person worker = newWorker("WATER_ELECTRIC");
    String id = assigned(student.person(), worker, "NORMAL");
    int tokensBefore = WECHAT.tokensIssued();
    WECHAT.expireToken();

    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));

    awaitDelivered(student.openid(), ACCEPTED);
    List<WechatStub.Sent> sends = WECHAT.sends().stream().filter(s -> s.openid().equals(student.openid())).toList();
    assertThat(sends).extracting(WechatStub.Sent::errcode).containsExactly(WechatStub.TOKEN_EXPIRED, 0);
    assertThat(sends.get(1).accessToken()).isNotEqualTo(sends.get(0).accessToken());
    assertThat(WECHAT.tokensIssued()).isEqualTo(tokensBefore + 1);
    assertThat(message(id, "REQUEST_ACCEPTED")).isEqualTo(Map.of("CHANNEL", "WECHAT", "STATUS", "SENT"));
  }

  @Test
  void wechatBusyIsRetriedWithBackoffThenByTheQueueAndDeliveredOnce() {
    WechatPerson student = wechatStudent(ACCEPTED);
    Person worker = newWorker("WATER_ELECTRIC");
    String id = assigned(student.person(), worker, "NORMAL");
    // The dispatcher's call and its two in-call retries, then the sms-delivery job's first run: busy
    // every time, so the job waits for its next retry.
    WECHAT.failNextSendsTo(student.openid(), busy(6));

    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));

    Job failed = awaitFailedDelivery(id);
    assertThat(failed.getExceptionMessage()).startsWith("-1");
    assertThat(WECHAT.sends()).filteredOn(s -> s.openid().equals(student.openid())).hasSize(6)
        .allMatch(s -> s.errcode() == WechatStub.BUSY);
    assertThat(failed.getRetries()).isPositive();
    List<WechatStub.Sent> sends = WECHAT.sends();
    assertThat(Duration.between(sends.get(0).at(), sends.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(150));

    managementService.executeJob(failed.getId());

    assertThat(WECHAT.delivered()).filteredOn(s -> s.openid().equals(student.openid())).hasSize(1);
    assertThat(message(id, "REQUEST_ACCEPTED")).isEqualTo(Map.of("CHANNEL", "WECHAT", "STATUS", "SENT"));
    assertThat(outbox.sentTo(student.person().phone(), 50)).noneMatch(sms -> sms.template().equals("REQUEST_ACCEPTED"));
  }

  @Test
  void aRefusalMetByARetryJobFallsBackToSmsInThatJob() {
    WechatPerson student = wechatStudent(ACCEPTED);
    Person worker = newWorker("WATER_ELECTRIC");
    String id = assigned(student.person(), worker, "NORMAL");
    WECHAT.failNextSendsTo(student.openid(), busy(6));
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    Job failed = awaitFailedDelivery(id);
    WECHAT.refuse(student.openid());

    managementService.executeJob(failed.getId());

    assertThat(message(id, "REQUEST_ACCEPTED")).isEqualTo(Map.of("CHANNEL", "SMS", "STATUS", "SENT"));
    assertThat(outbox.sentTo(student.person().phone(), 50)).filteredOn(sms -> sms.template().equals("REQUEST_ACCEPTED"))
        .hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SmsDeliveryProcess.KEY)
        .processInstanceBusinessKey(id).count()).isZero();
  }

  @Test
  void aWorkerWhoAgreedOnAcceptingIsToldOfTheNextTaskInWechat() {
    Person worker = newWorker("WATER_ELECTRIC");
    String openid = newOpenid();
    expect(200, bindByButton(openid, worker.phone()));
    agree(worker, ASSIGNED);
    Person student = newStudent();

    String id = assigned(student, worker, "NORMAL");

    WechatStub.Sent sent = awaitDelivered(openid, ASSIGNED);
    assertThat(sent.page()).isEqualTo("pages/worker/task/task?id=" + id);
    assertThat(sent.data()).containsEntry("thing2", "7号楼 301");
  }

  @Test
  void subscriptionRefusals() {
    WechatPerson student = wechatStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    String admin = adminToken();
    Person unbound = newStudent();

    assertThat(cn.campus.repair.support.Problems.assertProblem(403,
        api.post("/api/me/wechat/subscriptions", admin, Map.of("results", Map.of(ACCEPTED, "accept")))).status()).isEqualTo(403);
    assertThat(fieldOf(400, student.person().token(), Map.of("results", Map.of("tpl-unknown", "accept"))))
        .isEqualTo("results.tpl-unknown");
    assertThat(fieldOf(400, student.person().token(), Map.of("results", Map.of(ASSIGNED, "accept"))))
        .isEqualTo("results." + ASSIGNED);
    assertThat(fieldOf(400, worker.token(), Map.of("results", Map.of(ACCEPTED, "accept"))))
        .isEqualTo("results." + ACCEPTED);
    assertThat(fieldOf(400, student.person().token(), Map.of("results", Map.of(ACCEPTED, "maybe"))))
        .isEqualTo("results." + ACCEPTED);
    assertThat(fieldOf(400, student.person().token(), Map.of("results", Map.of()))).isEqualTo("results");
    assertThat(fieldOf(400, student.person().token(), Map.of())).isEqualTo("results");
    cn.campus.repair.support.Problems.assertProblem(409,
        api.post("/api/me/wechat/subscriptions", unbound.token(), Map.of("results", Map.of(ACCEPTED, "accept"))));

    assertThat(agreements(student)).isEmpty();
  }

  @Test
  void agreementsAddUpAndAreCapped() {
    WechatPerson student = wechatStudent();
    for (int i = 0; i < Agreements.MOST + 3; i++) {
      agree(student.person(), ACCEPTED, COMPLETED);
    }
    agree(student.person());
    ApiResponse status = expect(200, api.get("/api/me/wechat", student.person().token()));
    assertThat(status.body().path("subscriptions").path("REQUEST_ACCEPTED").asInt()).isEqualTo(Agreements.MOST);
    assertThat(status.body().path("subscriptions").path("REPAIR_COMPLETED").asInt()).isEqualTo(Agreements.MOST);
  }

  private static Integer[] busy(int times) {
    Integer[] codes = new Integer[times];
    java.util.Arrays.fill(codes, WechatStub.BUSY);
    return codes;
  }

  private Job awaitFailedDelivery(String requestId) {
    return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
        .until(() -> managementService.createJobQuery().processDefinitionKey(SmsDeliveryProcess.KEY)
            .withException().list().stream()
            .filter(job -> runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                .processInstanceBusinessKey(requestId).count() == 1)
            .findFirst().orElse(null), job -> job != null);
  }

  private String fieldOf(int status, String token, Object body) {
    return cn.campus.repair.support.Problems.assertProblem(status, api.post("/api/me/wechat/subscriptions", token, body))
        .fieldInError();
  }

  private WechatStub.Sent awaitDelivered(String openid, String templateId) {
    return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> WECHAT.delivered().stream()
            .filter(s -> s.openid().equals(openid) && s.templateId().equals(templateId)).findFirst().orElse(null),
            sent -> sent != null);
  }

  private Map<String, Object> message(String requestId, String template) {
    return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> jdbc.sql("""
                SELECT channel, status FROM sms_message WHERE request_id = :id AND template = :template""")
            .param("id", requestId).param("template", template).query().singleRow(),
            row -> "SENT".equals(row.get("STATUS")) || "SENT".equals(row.get("status")))
        .entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toUpperCase(), Map.Entry::getValue));
  }

  private Map<String, Integer> agreements(WechatPerson student) {
    ApiResponse status = expect(200, api.get("/api/me/wechat", student.person().token()));
    Map<String, Integer> counts = new java.util.HashMap<>();
    status.body().path("subscriptions").fields().forEachRemaining(f -> counts.put(f.getKey(), f.getValue().asInt()));
    return counts;
  }

  private String assigned(Person student, Person worker, String priority) {
    String id = expect(201, api.post("/api/requests", student.token(), Map.of(
        "categoryCode", "WATER_ELECTRIC",
        "description", "宿舍卫生间水龙头漏水",
        "priority", priority,
        "location", Map.of("building", "7号楼", "room", "301")))).text("id");
    String admin = adminToken();
    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    return id;
  }

  private String inProgress(Person student, Person worker, String priority) {
    String id = assigned(student, worker, priority);
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    return id;
  }
}
