package cn.campus.repair.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for {@code sms.tencentcloudapi.com} that answers {@code SendSms} the way the
 * real API does, so the real SDK can be driven without the internet. It does not check the
 * TC3-HMAC-SHA256 signature; it records every request and answers according to {@link #answer}.
 *
 * <pre>{@code
 * try (TencentSmsStub stub = TencentSmsStub.start()) {
 *   // repair.sms.tencent.endpoint = stub.endpoint()   e.g. http://127.0.0.1:54321
 *   stub.answer(TencentSmsStub.Mode.AUTH_FAILURE);     // every call fails until told otherwise
 *   stub.failNext(2, TencentSmsStub.Mode.PHONE_DAILY_LIMIT); // two failures, then SUCCESS
 *   stub.received();                                   // what the SDK sent, oldest first
 * }
 * }</pre>
 */
public final class TencentSmsStub implements AutoCloseable {

  /** How the stub answers {@code SendSms}; the API's real codes and messages. */
  public enum Mode {
    /** HTTP 200, every number's status {@code Ok}. */
    SUCCESS,
    /** HTTP 200, but the number's status is {@code LimitExceeded.PhoneNumberDailyLimit}. */
    PHONE_DAILY_LIMIT,
    /** HTTP 200 with {@code Response.Error} {@code AuthFailure.SecretIdNotFound}. */
    AUTH_FAILURE
  }

  /** One request as the stub read it: the action header and the JSON body's fields. */
  public record Received(
      String action,
      String authorization,
      List<String> phoneNumberSet,
      String templateId,
      List<String> templateParamSet,
      String signName,
      String smsSdkAppId,
      Instant at,
      boolean sent) {

    /** The SecretId the caller signed with (its Authorization's Credential). */
    public String secretId() {
      Matcher credential = CREDENTIAL.matcher(authorization == null ? "" : authorization);
      return credential.find() ? credential.group(1) : null;
    }
  }

  private record Hold(String secretId, Set<String> templateIds, CountDownLatch released, AtomicInteger waiting) {}

  public static final String DAILY_LIMIT = "LimitExceeded.PhoneNumberDailyLimit";
  public static final String SECRET_ID_NOT_FOUND = "AuthFailure.SecretIdNotFound";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/");

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final Map<String, Mode> failingPhones = new ConcurrentHashMap<>();
  private volatile Hold hold;
  private volatile Mode mode = Mode.SUCCESS;
  private volatile long latencyMillis;
  private volatile Mode failure = Mode.SUCCESS;

  private TencentSmsStub(HttpServer server) {
    this.server = server;
  }

  /** Listens on 127.0.0.1 at a free port and answers {@link Mode#SUCCESS} until told otherwise. */
  public static TencentSmsStub start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TencentSmsStub stub = new TencentSmsStub(server);
      server.createContext("/", stub::handle);
      // Concurrent callers are answered concurrently, as by the real API, even with a latency set.
      server.setExecutor(Executors.newCachedThreadPool());
      server.start();
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value for {@code repair.sms.tencent.endpoint}. */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers every following request this way, and forgets any {@link #failNext} still pending. */
  public void answer(Mode mode) {
    failuresLeft.set(0);
    this.mode = mode;
  }

  /** Answers the next {@code times} requests with {@code failure}, then {@link Mode#SUCCESS}. */
  public void failNext(int times, Mode failure) {
    this.mode = Mode.SUCCESS;
    this.failure = failure;
    failuresLeft.set(times);
  }

  /** Takes this long to answer each request, as the real API over the internet does. */
  public void latency(java.time.Duration latency) {
    this.latencyMillis = latency.toMillis();
  }

  /** Answers every request to this mainland number (no +86) this way, whatever else is set. */
  public void failFor(String phone, Mode failure) {
    failingPhones.put("+86" + phone, failure);
  }

  /**
   * Requests signed with {@code secretId} for one of {@code templateIds} are recorded as usual but
   * get no answer until {@link #releaseHeld()}: the caller is caught between sending and hearing
   * back for as long as a test needs (at most a minute).
   */
  public void holdAnswers(String secretId, Set<String> templateIds) {
    hold = new Hold(secretId, Set.copyOf(templateIds), new CountDownLatch(1), new AtomicInteger());
  }

  /** How many requests are waiting for their answer because of {@link #holdAnswers}. */
  public int held() {
    Hold current = hold;
    return current == null ? 0 : current.waiting().get();
  }

  /** Answers the held requests (their callers may have gone) and holds no more. */
  public void releaseHeld() {
    Hold current = hold;
    hold = null;
    if (current != null) {
      current.released().countDown();
    }
  }

  /** Every request so far, oldest first (a copy). */
  public List<Received> received() {
    return List.copyOf(received);
  }

  public void clearReceived() {
    received.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String action = exchange.getRequestHeaders().getFirst("X-TC-Action");
      JsonNode body = readJson(exchange.getRequestBody());
      answer(exchange, action, body);
    }
  }

  private void answer(HttpExchange exchange, String action, JsonNode body) throws IOException {
    List<String> phones = strings(body.path("PhoneNumberSet"));
    Mode answer = phones.stream().map(failingPhones::get).filter(m -> m != null).findFirst().orElseGet(this::nextMode);

    String requestId = UUID.randomUUID().toString();
    ObjectNode response;
    if (!"SendSms".equals(action)) {
      response = error("InvalidAction", "The action " + action + " is not supported.", requestId);
    } else {
      response = switch (answer) {
        case SUCCESS -> statuses(body, "Ok", "send success", requestId);
        case PHONE_DAILY_LIMIT -> statuses(body, DAILY_LIMIT,
            "the number of sms messages sent from a single mobile number every day exceeds "
                + "the upper limit", requestId);
        case AUTH_FAILURE -> error(SECRET_ID_NOT_FOUND,
            "The SecretId is not found, please ensure that your SecretId is correct.",
            requestId);
      };
    }
    Received request = new Received(
        action,
        exchange.getRequestHeaders().getFirst("Authorization"),
        phones,
        body.path("TemplateId").asText(null),
        strings(body.path("TemplateParamSet")),
        body.path("SignName").asText(null),
        body.path("SmsSdkAppId").asText(null),
        Instant.now(),
        "SendSms".equals(action) && answer == Mode.SUCCESS);
    received.add(request);
    byte[] bytes = JSON.writeValueAsBytes(JSON.createObjectNode().set("Response", response));
    awaitRelease(request);
    pause();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitRelease(Received request) {
    Hold current = hold;
    if (current == null || !current.secretId().equals(request.secretId())
        || !current.templateIds().contains(request.templateId())) {
      return;
    }
    current.waiting().incrementAndGet();
    try {
      current.released().await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      current.waiting().decrementAndGet();
    }
  }

  private void pause() {
    try {
      Thread.sleep(latencyMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Mode nextMode() {
    // getAndUpdate keeps concurrent requests from using up more failures than were asked for.
    int before = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1));
    return before > 0 ? failure : mode;
  }

  private static ObjectNode statuses(JsonNode body, String code, String message, String requestId) {
    ObjectNode response = JSON.createObjectNode();
    ArrayNode set = response.putArray("SendStatusSet");
    for (String phone : strings(body.path("PhoneNumberSet"))) {
      boolean sent = "Ok".equals(code);
      set.addObject()
          .put("SerialNo", sent ? UUID.randomUUID().toString() : "")
          .put("PhoneNumber", phone)
          .put("Fee", sent ? 1 : 0)
          .put("SessionContext", "")
          .put("Code", code)
          .put("Message", message)
          .put("IsoCode", "CN");
    }
    response.put("RequestId", requestId);
    return response;
  }

  private static ObjectNode error(String code, String message, String requestId) {
    ObjectNode response = JSON.createObjectNode();
    response.putObject("Error").put("Code", code).put("Message", message);
    response.put("RequestId", requestId);
    return response;
  }

  private static JsonNode readJson(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return List.copyOf(values);
  }
}
