package cn.campus.repair.cluster;

import cn.campus.repair.sms.TencentSmsStub;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One repair request taken through the API by its three people, over the cluster, with what it
 * should end as: its final status, its history, and the text messages it causes.
 */
final class Lifecycle {

  enum Ending { CLOSED, REJECTED, CANCELLED }

  record Person(String id, String phone, String token) {}

  /** A message the process should have sent once: to whom, which template, and (if known) its first value. */
  record ExpectedSms(String phone, String template) {}

  static final byte[] PNG = HexFormat.of().parseHex(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  final Ending ending;
  final boolean refusedOnce;
  final boolean withPhoto;
  final Person student;
  final List<Person> workers = new ArrayList<>();
  final List<String> expectedHistory = new ArrayList<>();
  final List<ExpectedSms> expectedSms = new ArrayList<>();
  String requestId;
  String number;
  long slowestActionMillis;

  private Lifecycle(Ending ending, boolean refusedOnce, boolean withPhoto, Person student) {
    this.ending = ending;
    this.refusedOnce = refusedOnce;
    this.withPhoto = withPhoto;
    this.student = student;
  }

  /** Mostly full repairs, some with a refusal and a photo; some rejected, some cancelled. */
  static Lifecycle random(Person student) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int dice = random.nextInt(100);
    Ending ending = dice < 70 ? Ending.CLOSED : dice < 85 ? Ending.REJECTED : Ending.CANCELLED;
    return new Lifecycle(ending, random.nextInt(100) < 30, random.nextInt(100) < 30, student);
  }

  static Lifecycle fullRepair(Person student) {
    return new Lifecycle(Ending.CLOSED, false, false, student);
  }

  void run(ClusterClient api, String admin, List<Person> staff) {
    List<String> attachments = List.of();
    if (withPhoto) {
      ClusterClient.Answer photo = api.upload(student.token(), "leak.png", PNG, "image/png");
      expect(201, photo, "upload");
      attachments = List.of(photo.text("id"));
    }
    ClusterClient.Answer created = api.post("/api/requests", student.token(), Map.of(
            "categoryCode", "WATER_ELECTRIC",
            "description", "宿舍卫生间水龙头漏水",
            "location", Map.of("building", "7号楼", "room", student.phone().substring(7)),
            "attachmentIds", attachments),
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    expect(201, created, "submit");
    requestId = created.text("id");
    number = created.text("number");
    expectedHistory.add("SUBMITTED");
    if (withPhoto) {
      // Uploaded on one node, stored through another, read back through a third.
      byte[] back = api.download("/api/attachments/" + attachments.get(0), admin);
      if (!java.util.Arrays.equals(back, PNG)) {
        throw new AssertionError("request " + requestId + ": the photo read back differs from the upload");
      }
    }

    if (ending == Ending.REJECTED) {
      act(api, "review", admin, Map.of("decision", "REJECT"), "REJECTED");
      expectedHistory.add("REJECTED");
      expectedSms.add(new ExpectedSms(student.phone(), "REQUEST_REJECTED"));
      return;
    }
    act(api, "review", admin, Map.of("decision", "ACCEPT"), "AWAITING_DISPATCH");
    expectedHistory.add("ACCEPTED");
    if (ending == Ending.CANCELLED) {
      act(api, "cancel", student.token(), Map.of("reason", "自己修好了"), "CANCELLED");
      expectedHistory.add("CANCELLED");
      return;
    }
    List<Person> shuffled = new ArrayList<>(staff);
    java.util.Collections.shuffle(shuffled);
    Person worker = shuffled.get(0);
    assign(api, admin, worker);
    if (refusedOnce) {
      act(api, "refuse", worker.token(), Map.of("reason", "没带工具"), "AWAITING_DISPATCH");
      expectedHistory.add("REFUSED");
      worker = shuffled.get(1);
      assign(api, admin, worker);
    }
    act(api, "accept", worker.token(), null, "IN_PROGRESS");
    expectedHistory.add("WORKER_ACCEPTED");
    expectedSms.add(new ExpectedSms(student.phone(), "REQUEST_ACCEPTED"));
    act(api, "complete", worker.token(), Map.of("note", "换了阀芯"), "AWAITING_RATING");
    expectedHistory.add("COMPLETED");
    expectedSms.add(new ExpectedSms(student.phone(), "REPAIR_COMPLETED"));
    act(api, "rate", student.token(), Map.of("result", 5, "efficiency", 4), "CLOSED");
    expectedHistory.add("RATED");
  }

  String finalStatus() {
    return ending.name();
  }

  private void assign(ClusterClient api, String admin, Person worker) {
    act(api, "assign", admin, Map.of("workerId", worker.id()), "ASSIGNED");
    workers.add(worker);
    expectedHistory.add("ASSIGNED");
    expectedSms.add(new ExpectedSms(worker.phone(), "TASK_ASSIGNED"));
  }

  /**
   * One action. A 409 after an attempt whose outcome was unknown is our own first attempt having
   * gone through: the request must then already be where the action takes it.
   */
  private void act(ClusterClient api, String action, String token, Object body, String statusAfter) {
    long started = System.nanoTime();
    ClusterClient.Answer answer = api.post("/api/requests/" + requestId + "/" + action, token, body);
    slowestActionMillis = Math.max(slowestActionMillis, (System.nanoTime() - started) / 1_000_000);
    if (answer.status() == 409 && answer.afterUnknownOutcome()) {
      ClusterClient.Answer now = api.get("/api/requests/" + requestId, token);
      expect(200, now, action + " (checking after an unknown outcome)");
      if (statusAfter.equals(now.text("status"))) {
        api.figures().resolvedAfterUnknownOutcome.incrementAndGet();
        return;
      }
    }
    expect(200, answer, action);
    if (!statusAfter.equals(answer.text("status"))) {
      throw new AssertionError("request " + requestId + " after " + action + " is " + answer.text("status"));
    }
  }

  private void expect(int status, ClusterClient.Answer answer, String what) {
    if (answer.status() != status) {
      throw new AssertionError("request " + requestId + ": " + what + " answered " + answer);
    }
  }

  /** Logs a person in by SMS code, reading the code from the provider stub as their phone would. */
  static Person login(ClusterClient api, TencentSmsStub sms, String phone) {
    for (int attempt = 0; attempt < 10; attempt++) {
      ClusterClient.Answer sent = api.post("/api/auth/sms-code", null, Map.of("phone", phone),
          Map.of("X-Forwarded-For", "10.%d.%d.%d".formatted(
              ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256),
              ThreadLocalRandom.current().nextInt(1, 255))));
      if (sent.status() == 202 || sent.afterUnknownOutcome()) {
        List<TencentSmsStub.Received> received = new ArrayList<>(sms.received());
        java.util.Collections.reverse(received);
        String code = received.stream()
            .filter(r -> r.sent() && r.phoneNumberSet().contains("+86" + phone) && "T-LOGIN_CODE".equals(r.templateId()))
            .map(r -> r.templateParamSet().get(0))
            .findFirst().orElse(null);
        ClusterClient.Answer login = code == null ? null
            : api.post("/api/auth/login", null, Map.of("phone", phone, "code", code));
        if (login != null && login.status() == 200) {
          return new Person(login.body().path("user").path("id").asText(), phone, login.text("token"));
        }
      }
      try {
        Thread.sleep(1100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("could not log " + phone + " in");
  }
}
