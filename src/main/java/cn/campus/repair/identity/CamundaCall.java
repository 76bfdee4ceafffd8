package cn.campus.repair.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A call to one of Camunda's REST APIs, as {@link WebappRequestGuard} reads it: the engine REST API
 * ({@code /engine-rest/...}, also as {@code /engine-rest/engine/{name}/...}), the same API as the
 * webapps reach it ({@code /camunda/api/engine/engine/{name}/...}), or one of the webapps' own APIs
 * ({@code /camunda/api/{cockpit|admin|tasklist|welcome}/...}). The path is the one the servlet
 * container decoded and mapped, so a percent-encoded letter or a trailing slash names the same
 * resource here as in Jersey.
 */
record CamundaCall(Api api, String method, List<String> segments) {

  enum Api {
    /** The engine's own REST API, through {@code /engine-rest} or the webapps. */
    ENGINE,
    /** Cockpit's, Admin's, Tasklist's or the welcome page's API; the first segment names the app. */
    WEBAPP
  }

  static Optional<CamundaCall> of(HttpServletRequest request, String webappPath, String engineRestPath) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String method = request.getMethod().toUpperCase(java.util.Locale.ROOT);
    List<String> segments;
    if (within(path, engineRestPath)) {
      segments = segments(path.substring(engineRestPath.length()));
      if (segments.size() >= 2 && segments.get(0).equals("engine")) {
        segments = segments.subList(2, segments.size());
      }
      return Optional.of(new CamundaCall(Api.ENGINE, method, segments));
    }
    String api = webappPath + "/api";
    if (!within(path, api)) {
      return Optional.empty();
    }
    segments = segments(path.substring(api.length()));
    if (segments.size() >= 3 && segments.get(0).equals("engine") && segments.get(1).equals("engine")) {
      return Optional.of(new CamundaCall(Api.ENGINE, method, segments.subList(3, segments.size())));
    }
    return Optional.of(new CamundaCall(Api.WEBAPP, method, segments));
  }

  private static boolean within(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
  }

  boolean reads() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  /** The path is {@code pattern}, segment by segment, {@code *} standing for any one segment. */
  boolean is(String... pattern) {
    if (segments.size() != pattern.length) {
      return false;
    }
    for (int i = 0; i < pattern.length; i++) {
      if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
        return false;
      }
    }
    return true;
  }

  boolean startsWith(String... prefix) {
    return segments.size() >= prefix.length && is(segments.subList(0, prefix.length), prefix);
  }

  boolean contains(String segment) {
    return segments.contains(segment);
  }

  String segment(int index) {
    return segments.get(index);
  }

  private static boolean is(List<String> segments, String... pattern) {
    return new CamundaCall(Api.ENGINE, "GET", segments).is(pattern);
  }

  @Override
  public String toString() {
    return method + " " + api + " /" + String.join("/", segments);
  }
}
