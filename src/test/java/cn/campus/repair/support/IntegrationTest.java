package cn.campus.repair.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.sms.SmsOutbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The base of every test that needs the service: one shared application context on a random port
 * (one engine, one job executor, one database), and the steps people take, made through the API.
 * Tests share the database, so every test makes its own people with fresh phone numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestSmsConfiguration.class)
// The Prometheus endpoint as in production (Spring's tests leave metrics export off by default).
@AutoConfigureObservability(tracing = false)
public abstract class IntegrationTest {

  public static final String ADMIN_PHONE = "13800000000";
  /** Set in src/test/resources/config/application.yaml: there is no built-in admin password. */
  public static final String ADMIN_PASSWORD = "test-admin-password-7Kq";

  private static final AtomicLong PHONES =
      new AtomicLong(15_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

  @LocalServerPort
  protected int port;

  @Autowired
  protected SmsOutbox outbox;

  @Autowired
  protected SwitchableSmsSender smsSender;

  protected ApiClient api;

  @BeforeEach
  void connect() {
    api = new ApiClient("http://127.0.0.1:" + port);
    smsSender.reset();
  }

  protected static String newPhone() {
    return Long.toString(PHONES.incrementAndGet());
  }

  protected String adminToken() {
    ApiResponse login = api.post("/api/auth/login", null, Map.of("phone", ADMIN_PHONE, "password", ADMIN_PASSWORD));
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return login.text("token");
  }

  /** Requests a code as a person would, from their own network address, and reads it from the outbox. */
  protected String requestCode(String phone) {
    ApiResponse sent = sendCode(phone, randomAddress());
    assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
    return outbox.sentTo(phone, 1).get(0).params().get(0);
  }

  /** Asks for a login code from {@code address}, one of the loopback range's (see {@link #randomAddress}). */
  protected ApiResponse sendCode(String phone, String address) {
    return new RawHttp(port).from(address).json("POST", "/api/auth/sms-code", null, Map.of("phone", phone), Map.of());
  }

  protected ApiResponse loginByCode(String phone) {
    String code = requestCode(phone);
    return api.post("/api/auth/login", null, Map.of("phone", phone, "code", code));
  }

  protected Person newStudent() {
    String phone = newPhone();
    ApiResponse login = loginByCode(phone);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return new Person(login.body().path("user").path("id").asText(), phone, login.text("token"));
  }

  protected Person newWorker(String... specialties) {
    String phone = newPhone();
    ApiResponse created = api.post("/api/staff", adminToken(), Map.of(
        "phone", phone, "name", "师傅" + phone.substring(7), "role", "WORKER", "specialties", List.of(specialties)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    ApiResponse login = loginByCode(phone);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return new Person(created.text("id"), phone, login.text("token"));
  }

  /** A warehouse keeper, created by the admin and logged in. */
  protected Person newKeeper() {
    String phone = newPhone();
    ApiResponse created = api.post("/api/staff", adminToken(), Map.of(
        "phone", phone, "name", "库管" + phone.substring(7), "role", "WAREHOUSE"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    ApiResponse login = loginByCode(phone);
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    return new Person(created.text("id"), phone, login.text("token"));
  }

  protected ApiResponse submit(Person student) {
    return api.post("/api/requests", student.token(), Map.of(
        "categoryCode", "WATER_ELECTRIC",
        "description", "宿舍卫生间水龙头漏水",
        "location", Map.of("building", "7号楼", "room", "301")));
  }

  protected String submitted(Person student) {
    ApiResponse created = submit(student);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("id");
  }

  /** Takes a request from submission to the given point of its life, through the API. */
  protected String requestAt(String status, Person student, Person worker) {
    String id = submitted(student);
    String admin = adminToken();
    if (status.equals("PENDING_REVIEW")) {
      return id;
    }
    expect(200, api.post("/api/requests/" + id + "/review", admin, Map.of("decision", "ACCEPT")));
    if (status.equals("AWAITING_DISPATCH")) {
      return id;
    }
    expect(200, api.post("/api/requests/" + id + "/assign", admin, Map.of("workerId", worker.id())));
    if (status.equals("ASSIGNED")) {
      return id;
    }
    expect(200, api.post("/api/requests/" + id + "/accept", worker.token(), null));
    if (status.equals("IN_PROGRESS")) {
      return id;
    }
    expect(200, api.post("/api/requests/" + id + "/complete", worker.token(), Map.of("note", "已修好")));
    if (status.equals("AWAITING_RATING")) {
      return id;
    }
    throw new IllegalArgumentException(status);
  }

  protected static ApiResponse expect(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    return response;
  }

  /** The texts sent to a phone, waiting for the asynchronous delivery jobs. */
  protected List<SmsOutbox.OutboxEntry> awaitSms(String phone, String template, int count) {
    return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> outbox.sentTo(phone, 50).stream().filter(e -> e.template().equals(template)).toList(),
            sent -> sent.size() >= count);
  }

  /** Waits for the text about one request (its number is the first parameter) to reach a phone. */
  protected SmsOutbox.OutboxEntry awaitSmsAbout(String phone, String template, String requestNumber) {
    return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> outbox.sentTo(phone, 500).stream()
            .filter(e -> e.template().equals(template) && e.params().get(0).equals(requestNumber))
            .findFirst(), java.util.Optional::isPresent)
        .orElseThrow();
  }

  /**
   * An address of the loopback range other than 127.0.0.1: a test calls from it as a person on
   * their own network would (the service trusts no proxy's X-Forwarded-For by default).
   */
  protected static String randomAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "127." + r.nextInt(1, 256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  public record Person(String id, String phone, String token) {}
}
