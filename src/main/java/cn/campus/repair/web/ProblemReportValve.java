package cn.campus.repair.web;

import cn.campus.repair.common.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's report of a call it refused before any of our code ran (a header line with a control
 * character, a malformed request line): problem+json with a Chinese detail instead of Tomcat's
 * empty HTML page. Calls that reached the application have been answered by the error path by then,
 * and this valve leaves them alone.
 */
class ProblemReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();
  // Tomcat's words for a refused header line: "The HTTP header line [NAME: value] does not conform..."
  private static final Pattern HEADER_LINE = Pattern.compile("header line \\[([!#$%&'*+.^_`|~0-9A-Za-z-]+):");

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", known == null ? "Error" : known.getReasonPhrase());
    problem.put("status", status);
    problem.put("detail", ProblemTexts.of(status));
    refusedHeader(throwable).ifPresent(header ->
        problem.put("errors", List.of(new ApiException.FieldError(header, "含有不允许的字符"))));
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The connection is gone or the response was taken meanwhile: nothing more to tell.
    }
  }

  private static Optional<String> refusedHeader(Throwable throwable) {
    if (throwable == null || throwable.getMessage() == null) {
      return Optional.empty();
    }
    Matcher line = HEADER_LINE.matcher(throwable.getMessage());
    return line.find() ? Optional.of(canonical(line.group(1))) : Optional.empty();
  }

  /** Tomcat gives the name in lower case: {@code idempotency-key} is named as sent, Idempotency-Key. */
  private static String canonical(String header) {
    StringBuilder name = new StringBuilder(header.length());
    boolean start = true;
    for (char c : header.toCharArray()) {
      name.append(start ? Character.toUpperCase(c) : c);
      start = c == '-';
    }
    return name.toString();
  }
}
