package cn.campus.repair.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A local stand-in for {@code api.weixin.qq.com} speaking the mini program API the way WeChat does,
 * so WxJava runs unchanged against it ({@code repair.wechat.api-host}): {@code /cgi-bin/token},
 * {@code /sns/jscode2session}, {@code /wxa/business/getuserphonenumber}, {@code
 * /cgi-bin/message/subscribe/send} and {@code /wxa/getwxacodeunlimit} (a real PNG: a QR code of the
 * scene, so a test can read it back). Calls carrying an access token other than the last one issued
 * are answered 40001, as WeChat answers an expired token.
 */
public final class WechatStub implements AutoCloseable {

  public static final int BUSY = -1;
  public static final int TOKEN_EXPIRED = 40001;
  public static final int REFUSED = 43101;

  /** A subscribe message WeChat accepted, or one it answered with an error ({@code errcode}). */
  public record Sent(String openid, String templateId, String page, Map<String, String> data, String accessToken,
      int errcode, Instant at) {}

  /** A mini program code asked for. */
  public record Code(String scene, String page, int width, String envVersion) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, String> openids = new ConcurrentHashMap<>();
  private final Map<String, String> phones = new ConcurrentHashMap<>();
  private final Set<String> refusing = ConcurrentHashMap.newKeySet();
  private final Deque<Integer> nextSendErrors = new ArrayDeque<>();
  private final Map<String, Deque<Integer>> nextSendErrorsTo = new HashMap<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<Code> codes = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokensIssued = new AtomicInteger();
  private volatile String validToken = "";

  private WechatStub(HttpServer server) {
    this.server = server;
  }

  public static WechatStub start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      WechatStub stub = new WechatStub(server);
      server.createContext("/", stub::handle);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code repair.wechat.api-host} is set to. */
  public String apiHost() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** {@code wx.login} gave {@code code}; code2Session answers {@code openid} for it (others: 40029). */
  public WechatStub code(String jsCode, String openid) {
    openids.put(jsCode, openid);
    return this;
  }

  /** The phone number button gave {@code phoneCode}, standing for {@code phone}. */
  public WechatStub phoneCode(String phoneCode, String phone) {
    phones.put(phoneCode, phone);
    return this;
  }

  /** The person withdrew their agreement: WeChat answers 43101 to messages for them. */
  public void refuse(String openid) {
    refusing.add(openid);
  }

  /** The next subscribe sends answer these error codes, in order; then they succeed. */
  public synchronized void failNextSends(Integer... errcodes) {
    nextSendErrors.addAll(List.of(errcodes));
  }

  /**
   * The next subscribe sends to {@code openid} answer these error codes, in order; sends to others
   * are untouched, so a message still on its way from an earlier test cannot take one.
   */
  public synchronized void failNextSendsTo(String openid, Integer... errcodes) {
    nextSendErrorsTo.computeIfAbsent(openid, key -> new ArrayDeque<>()).addAll(List.of(errcodes));
  }

  /** The access token issued last stops working, as when WeChat expires it early. */
  public void expireToken() {
    validToken = "expired";
  }

  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** Every subscribe send, including the refused ones, oldest first. */
  public List<Sent> sends() {
    return List.copyOf(sent);
  }

  /** The subscribe messages WeChat delivered. */
  public List<Sent> delivered() {
    return sent.stream().filter(s -> s.errcode() == 0).toList();
  }

  public List<Code> codes() {
    return List.copyOf(codes);
  }

  public synchronized void reset() {
    nextSendErrors.clear();
    nextSendErrorsTo.clear();
    refusing.clear();
    sent.clear();
    codes.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      byte[] body = exchange.getRequestBody().readAllBytes();
      switch (path) {
        case "/cgi-bin/token" -> token(exchange, query);
        case "/sns/jscode2session" -> session(exchange, query);
        case "/wxa/business/getuserphonenumber" -> phone(exchange, query, body);
        case "/cgi-bin/message/subscribe/send" -> subscribe(exchange, query, body);
        case "/wxa/getwxacodeunlimit" -> code(exchange, query, body);
        default -> json(exchange, Map.of("errcode", 404, "errmsg", "stub: no " + path));
      }
    }
  }

  private void token(HttpExchange exchange, Map<String, String> query) throws IOException {
    if (!"client_credential".equals(query.get("grant_type")) || query.get("appid") == null || query.get("secret") == null) {
      json(exchange, Map.of("errcode", 40002, "errmsg", "invalid grant_type"));
      return;
    }
    String token = "stub-token-" + tokensIssued.incrementAndGet();
    validToken = token;
    json(exchange, Map.of("access_token", token, "expires_in", 7200));
  }

  private void session(HttpExchange exchange, Map<String, String> query) throws IOException {
    String openid = openids.remove(String.valueOf(query.get("js_code")));
    if (openid == null) {
      json(exchange, Map.of("errcode", 40029, "errmsg", "invalid code"));
      return;
    }
    json(exchange, Map.of("openid", openid, "session_key", "c2Vzc2lvbi1rZXktMTIzNA=="));
  }

  private void phone(HttpExchange exchange, Map<String, String> query, byte[] body) throws IOException {
    if (!tokenValid(exchange, query)) {
      return;
    }
    String phone = phones.remove(JSON.readTree(body).path("code").asText());
    if (phone == null) {
      json(exchange, Map.of("errcode", 40029, "errmsg", "invalid code"));
      return;
    }
    boolean mainland = !phone.startsWith("+");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("phoneNumber", phone);
    info.put("purePhoneNumber", mainland ? phone : phone.substring(3));
    info.put("countryCode", mainland ? "86" : phone.substring(1, 3));
    info.put("watermark", Map.of("timestamp", Instant.now().getEpochSecond(), "appid", "wxstub"));
    json(exchange, Map.of("errcode", 0, "errmsg", "ok", "phone_info", info));
  }

  private void subscribe(HttpExchange exchange, Map<String, String> query, byte[] body) throws IOException {
    JsonNode message = JSON.readTree(body);
    String openid = message.path("touser").asText();
    Map<String, String> data = new HashMap<>();
    message.path("data").fields().forEachRemaining(field -> data.put(field.getKey(), field.getValue().path("value").asText()));
    int errcode;
    if (!validToken.equals(query.get("access_token"))) {
      errcode = TOKEN_EXPIRED;
    } else {
      synchronized (this) {
        Deque<Integer> forOpenid = nextSendErrorsTo.get(openid);
        Integer next = forOpenid != null && !forOpenid.isEmpty() ? forOpenid.poll() : nextSendErrors.poll();
        errcode = next != null ? next : refusing.contains(openid) ? REFUSED : 0;
      }
    }
    sent.add(new Sent(openid, message.path("template_id").asText(), message.path("page").asText(null), data,
        query.get("access_token"), errcode, Instant.now()));
    json(exchange, Map.of("errcode", errcode, "errmsg", switch (errcode) {
      case 0 -> "ok";
      case BUSY -> "system error";
      case TOKEN_EXPIRED -> "invalid credential, access_token is invalid or not latest";
      case REFUSED -> "user refuse to accept the msg";
      default -> "error";
    }));
  }

  private void code(HttpExchange exchange, Map<String, String> query, byte[] body) throws IOException {
    if (!tokenValid(exchange, query)) {
      return;
    }
    JsonNode request = JSON.readTree(body);
    String scene = request.path("scene").asText();
    int width = request.path("width").asInt(430);
    codes.add(new Code(scene, request.path("page").asText(null), width, request.path("env_version").asText(null)));
    if (scene.isEmpty() || scene.length() > 32) {
      json(exchange, Map.of("errcode", 40169, "errmsg", "invalid length for scene"));
      return;
    }
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(MatrixToImageWriter.toBufferedImage(
          new QRCodeWriter().encode(scene, BarcodeFormat.QR_CODE, width, width)), "png", png);
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, png.size());
      exchange.getResponseBody().write(png.toByteArray());
    } catch (WriterException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean tokenValid(HttpExchange exchange, Map<String, String> query) throws IOException {
    if (validToken.equals(query.get("access_token"))) {
      return true;
    }
    json(exchange, Map.of("errcode", TOKEN_EXPIRED, "errmsg", "invalid credential, access_token is invalid or not latest"));
    return false;
  }

  private static void json(HttpExchange exchange, Map<String, ?> answer) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
