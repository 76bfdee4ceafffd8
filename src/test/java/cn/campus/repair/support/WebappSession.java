package cn.campus.repair.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser session with the Camunda webapps, at the level of their own HTTP API: the login form's
 * request, the session cookie and the CSRF token the webapps demand on every change.
 */
public class WebappSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebappSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs into one webapp as its login page does; returns the status and the authentication. */
  public Result login(String app, String username, String password) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/" + app + "/default/")).GET());
    String form = "username=" + encode(username) + "&password=" + encode(password);
    Result login = send(withCsrf(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    // A login starts a new session, whose CSRF token the webapp then fetches, as a browser does.
    send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default")).GET());
    return login;
  }

  /** The engine REST API as the webapps reach it, with the logged-in person's rights. */
  public Result get(String enginePath) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(engine(enginePath)).header("Accept", "application/json").GET());
  }

  public Result post(String enginePath, Object body) throws IOException, InterruptedException {
    return send(withCsrf(HttpRequest.newBuilder(engine(enginePath)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  public Result put(String enginePath, Object body) throws IOException, InterruptedException {
    return send(withCsrf(HttpRequest.newBuilder(engine(enginePath)))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** Any of the webapps' own APIs under {@code /camunda/api}, e.g. Cockpit's plugins. */
  public Result getApi(String apiPath) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api" + apiPath))
        .header("Accept", "application/json").GET());
  }

  private URI engine(String path) {
    return URI.create(baseUrl + "/camunda/api/engine/engine/default" + path);
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    return request;
  }

  private Result send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body;
    try {
      body = response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
    } catch (IOException notJson) {
      body = MissingNode.getInstance();
    }
    return new Result(response.statusCode(), body);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public record Result(int status, JsonNode body) {}
}
