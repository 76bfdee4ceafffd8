package cn.campus.repair.sms;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.campus.repair.sms.SmsProperties;
import cn.campus.repair.sms.TencentSmsSender;
import cn.campus.repair.sms.TencentSmsStub;
import cn.campus.repair.support.IntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import cn.campus.repair.common.Times;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Process SMS go out through the real Tencent SDK against the local stub: sent by the dispatcher
 * with no process instance when all is well; a failing provider never fails or delays the person's
 * action, the message becomes an sms-delivery instance that retries it, then delivers it once, and a
 * message that keeps failing becomes an incident.
 */
class SmsDeliveryTest extends IntegrationTest {

  @Autowired
  private SmsProperties smsProperties;

  @Autowired
  private ManagementService managementService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private HistoryService historyService;

  @Autowired
  private JdbcClient jdbc;

  private TencentSmsStub stub;

  /** After people have logged in: their login codes are read from the outbox. */
  private void routeSmsToTencentStub() {
    stub = TencentSmsStub.start();
    Map<String, SmsProperties.Template> templates = new HashMap<>();
    smsProperties.templates().forEach((name, t) -> templates.put(name, new SmsProperties.Template("T-" + name, t.text())));
    smsSender.routeTo(new TencentSmsSender(new SmsProperties("tencent", "后勤报修", templates,
        new SmsProperties.Tencent("test-id", "test-key", "1400000000", "ap-guangzhou", stub.endpoint()))));
  }

  @AfterEach
  void closeStub() {
    smsSender.reset();
    if (stub != null) {
      stub.close();
    }
  }

  @Test
  void aFailingProviderDoesNotStopTheActionAndTheMessageIsDeliveredOnceAfterItRecovers() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    routeSmsToTencentStub();
    String id = requestAt("ASSIGNED", student, worker);
    stub.answer(TencentSmsStub.Mode.AUTH_FAILURE);

    var accepted = expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    assertThat(accepted.text("status")).isEqualTo("IN_PROGRESS");

    Job failed = awaitFailedDelivery(id, "REQUEST_ACCEPTED");
    assertThat(failed.getExceptionMessage()).contains(TencentSmsStub.SECRET_ID_NOT_FOUND);
    assertThat(failed.getRetries()).isPositive();

    stub.clearReceived();
    stub.answer(TencentSmsStub.Mode.SUCCESS);
    managementService.executeJob(failed.getId());

    assertThat(successfulSendsTo(student.phone(), "T-REQUEST_ACCEPTED")).isEqualTo(1);
    assertThat(messageStatus(id, "REQUEST_ACCEPTED")).isEqualTo("SENT");
  }

  @Test
  void aMessageTheProviderAcceptsNeedsNoProcessInstance() {
    Person student = newStudent();
    String id = inProgressWithItsAcceptanceSent(student);

    assertThat(successfulSendsTo(student.phone(), "T-REQUEST_ACCEPTED")).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SmsDeliveryProcess.KEY).processInstanceBusinessKey(id).count()).isZero();
  }

  @Test
  void aMessageWhoseSendingNodeStoppedBecomesAnIncidentOnceItsClaimIsOld() {
    Person student = newStudent();
    String id = inProgressWithItsAcceptanceSent(student);
    stub.clearReceived();
    String messageId = acceptanceMessageTo(student);
    // As the dispatcher of a node leaves it when the node dies after handing the message over.
    jdbc.sql("""
            UPDATE sms_message SET status = 'SENDING', claimed_by = '4242@gone', claimed_at = :longAgo
            WHERE id = :id""")
        .param("id", messageId).param("longAgo", Times.toDb(Instant.now().minus(Duration.ofHours(1)))).update();

    Incident incident = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> runtimeService.createIncidentQuery().list().stream()
                .filter(i -> messageId.equals(runtimeService.getVariable(
                    i.getProcessInstanceId(), SmsDeliveryProcess.VAR_MESSAGE_ID)))
                .findFirst().orElse(null),
            i -> i != null);
    assertThat(incident.getIncidentMessage()).contains(SmsDeliveryProcess.VAR_RESEND);
    assertThat(messageStatus(id, "REQUEST_ACCEPTED")).isEqualTo("UNCERTAIN");
    assertThat(stub.received()).isEmpty();
  }

  @Test
  void aDeliveredMessageIsNeverSentAgainWhenItsJobRunsTwice() {
    Person student = newStudent();
    String id = inProgressWithItsAcceptanceSent(student);
    assertThat(successfulSendsTo(student.phone(), "T-REQUEST_ACCEPTED")).isEqualTo(1);

    String messageId = acceptanceMessageTo(student);
    runtimeService.startProcessInstanceByKey(SmsDeliveryProcess.KEY, id,
        Map.of(SmsDeliveryProcess.VAR_MESSAGE_ID, messageId));
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(SmsDeliveryProcess.KEY).processInstanceBusinessKey(id).count() == 0);

    assertThat(successfulSendsTo(student.phone(), "T-REQUEST_ACCEPTED")).isEqualTo(1);
  }

  @Test
  void aMessageThatKeepsFailingBecomesAnIncident() {
    Person student = newStudent();
    Person worker = newWorker("WATER_ELECTRIC");
    routeSmsToTencentStub();
    String id = requestAt("ASSIGNED", student, worker);
    stub.answer(TencentSmsStub.Mode.PHONE_DAILY_LIMIT);

    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    Job failed = awaitFailedDelivery(id, "REQUEST_ACCEPTED");
    managementService.setJobRetries(failed.getId(), 1);
    catchThrowable(() -> managementService.executeJob(failed.getId()));

    List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(failed.getProcessInstanceId()).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getIncidentMessage()).contains(TencentSmsStub.DAILY_LIMIT);
    assertThat(messageStatus(id, "REQUEST_ACCEPTED")).isEqualTo("FAILED");
    assertThat(api.get("/api/requests/" + id, student.token()).text("status")).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aMessageLeftInDoubtByADeadNodeIsNotSentAgainUntilAnOperatorSaysSo() {
    Person student = newStudent();
    String id = inProgressWithItsAcceptanceSent(student);
    stub.clearReceived();
    // As a node leaves it when it dies after handing the message to the provider.
    String messageId = acceptanceMessageTo(student);
    jdbc.sql("UPDATE sms_message SET status = 'SENDING' WHERE id = :id").param("id", messageId).update();
    String instance = runtimeService.startProcessInstanceByKey(SmsDeliveryProcess.KEY, id,
        Map.of(SmsDeliveryProcess.VAR_MESSAGE_ID, messageId)).getId();

    Incident incident = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> runtimeService.createIncidentQuery().processInstanceId(instance).singleResult(), i -> i != null);
    assertThat(incident.getIncidentMessage()).contains(SmsDeliveryProcess.VAR_RESEND);
    assertThat(messageStatus(id, "REQUEST_ACCEPTED")).isEqualTo("UNCERTAIN");
    assertThat(stub.received()).isEmpty();

    runtimeService.setVariable(instance, SmsDeliveryProcess.VAR_RESEND, true);
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
    managementService.setJobRetries(job.getId(), 1);
    Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> "SENT".equals(messageStatus(id, "REQUEST_ACCEPTED")));
    assertThat(successfulSendsTo(student.phone(), "T-REQUEST_ACCEPTED")).isEqualTo(1);
  }

  private String inProgressWithItsAcceptanceSent(Person student) {
    Person worker = newWorker("WATER_ELECTRIC");
    routeSmsToTencentStub();
    String id = requestAt("IN_PROGRESS", student, worker);
    Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> "SENT".equals(messageStatus(id, "REQUEST_ACCEPTED")));
    return id;
  }

  private String acceptanceMessageTo(Person student) {
    return jdbc.sql("SELECT m.id FROM sms_message m WHERE m.template = 'REQUEST_ACCEPTED' AND m.phone = :phone")
        .param("phone", student.phone()).query(String.class).single();
  }

  private Job awaitFailedDelivery(String requestId, String template) {
    return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> managementService.createJobQuery().processDefinitionKey(SmsDeliveryProcess.KEY)
                .withException().list().stream()
                .filter(job -> requestId.equals(businessKey(job)) && template.equals(templateOf(job)))
                .findFirst().orElse(null),
            job -> job != null);
  }

  private String businessKey(Job job) {
    var instance = runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private String templateOf(Job job) {
    return (String) runtimeService.getVariable(job.getProcessInstanceId(), "smsTemplate");
  }

  private long successfulSendsTo(String phone, String templateId) {
    return stub.received().stream()
        .filter(r -> r.phoneNumberSet().contains("+86" + phone) && templateId.equals(r.templateId()))
        .count();
  }

  private String messageStatus(String requestId, String template) {
    return jdbc.sql("""
            SELECT m.status FROM sms_message m JOIN repair_request r ON r.contact_phone = m.phone
            WHERE r.id = :id AND m.template = :template""")
        .param("id", requestId).param("template", template)
        .query(String.class).optional().orElse(null);
  }
}
