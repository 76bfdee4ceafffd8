package cn.campus.repair.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client as a patient mini program would be: each call goes to a random entry point (a node or
 * the proxy). A 503 means "nothing happened, try later"; a lost connection or a 502 means "maybe it
 * happened": the call is repeated elsewhere and the answer says so, so the caller can tell a 409
 * caused by its own first attempt from a real one.
 */
final class ClusterClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  record Answer(int status, HttpHeaders headers, JsonNode body, boolean afterUnknownOutcome) {
    String text(String field) {
      return body.path(field).asText(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** What clients saw, for the figures and for the checks on how failures looked. */
  static final class Figures {
    final AtomicLong calls = new AtomicLong();
    final AtomicLong connectionErrors = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicLong badGateway = new AtomicLong();
    final AtomicLong resolvedAfterUnknownOutcome = new AtomicLong();
    final Queue<String> malformedFailures = new ConcurrentLinkedQueue<>();

    @Override
    public String toString() {
      return "calls %d, connection errors %d, 503 %d, 502/504 %d, 409 resolved as own earlier attempt %d, malformed failures %d"
          .formatted(calls.get(), connectionErrors.get(), unavailable.get(), badGateway.get(),
              resolvedAfterUnknownOutcome.get(), malformedFailures.size());
    }
  }

  private final List<String> entryPoints;
  private final Figures figures;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ClusterClient(List<String> entryPoints, Figures figures) {
    this.entryPoints = List.copyOf(entryPoints);
    this.figures = figures;
  }

  Figures figures() {
    return figures;
  }

  Answer get(String path, String token) {
    return call("GET", path, token, HttpRequest.BodyPublishers.noBody(), null, Map.of());
  }

  Answer post(String path, String token, Object body) {
    return post(path, token, body, Map.of());
  }

  Answer post(String path, String token, Object body, Map<String, String> headers) {
    try {
      byte[] json = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
      return call("POST", path, token, HttpRequest.BodyPublishers.ofByteArray(json), "application/json", headers);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The engine REST API as an admin (HTTP Basic), as Cockpit or an operator's script uses it. */
  Answer engine(String method, String path, Object body, String phone, String password) {
    try {
      byte[] json = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
      String basic = java.util.Base64.getEncoder().encodeToString((phone + ":" + password).getBytes(StandardCharsets.UTF_8));
      return call(method, "/engine-rest" + path, null, HttpRequest.BodyPublishers.ofByteArray(json), "application/json",
          Map.of("Authorization", "Basic " + basic));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  Answer upload(String token, String filename, byte[] bytes, String contentType) {
    String boundary = UUID.randomUUID().toString();
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    multipart.writeBytes(bytes);
    multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return call("POST", "/api/attachments", token, HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray()),
        "multipart/form-data; boundary=" + boundary, Map.of());
  }

  byte[] download(String path, String token) {
    Answer answer = call("GET", path, token, HttpRequest.BodyPublishers.noBody(), null, Map.of());
    if (answer.status() != 200) {
      throw new AssertionError("GET " + path + " answered " + answer);
    }
    try {
      return answer.body().binaryValue();
    } catch (IOException e) {
      throw new AssertionError("GET " + path + " answered no bytes", e);
    }
  }

  private Answer call(String method, String path, String token, HttpRequest.BodyPublisher body, String contentType,
      Map<String, String> headers) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    boolean unknownOutcome = false;
    while (true) {
      String entryPoint = entryPoints.get(ThreadLocalRandom.current().nextInt(entryPoints.size()));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entryPoint + path))
          .timeout(Duration.ofSeconds(30))
          .method(method, body);
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      headers.forEach(request::header);
      figures.calls.incrementAndGet();
      try {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 503) {
          figures.unavailable.incrementAndGet();
          checkUnavailableAnswer(method + " " + path, response);
        } else if (status == 502 || status == 504) {
          figures.badGateway.incrementAndGet();
          unknownOutcome = true;
        } else {
          return new Answer(status, response.headers(), parse(response), unknownOutcome);
        }
      } catch (IOException lost) {
        figures.connectionErrors.incrementAndGet();
        unknownOutcome = true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(method + " " + path + " found no working node within " + PATIENCE);
      }
      pause();
    }
  }

  private void checkUnavailableAnswer(String call, HttpResponse<byte[]> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    boolean problem = type.startsWith("application/problem+json")
        && parse(response).path("status").asInt() == 503
        && response.headers().firstValue("Retry-After").isPresent();
    if (!problem) {
      figures.malformedFailures.add(call + ": 503 " + type + " " + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  private static JsonNode parse(HttpResponse<byte[]> response) {
    byte[] bytes = response.body();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (bytes.length == 0) {
      return MissingNode.getInstance();
    }
    if (!type.contains("json")) {
      return JSON.getNodeFactory().binaryNode(bytes);
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200 + ThreadLocalRandom.current().nextInt(300));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
