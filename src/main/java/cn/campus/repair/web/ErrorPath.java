package cn.campus.repair.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error path ({@code /error}), where the servlet container sends what failed outside Spring
 * MVC: an exception out of a filter, a status a filter or the container set. For the API, and for
 * the error path called directly (404: there is no error to show), problem+json with a Chinese
 * detail whatever the caller accepts; for everything else (the Camunda webapps, the engine REST
 * API) Spring Boot's own answer, as before.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPath extends BasicErrorController {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

  private final ProblemWriter problems;
  private final ObjectMapper objectMapper;

  ErrorPath(ErrorAttributes errorAttributes, ServerProperties server, ObjectProvider<ErrorViewResolver> viewResolvers,
      ProblemWriter problems, ObjectMapper objectMapper) {
    super(errorAttributes, server.getError(), viewResolvers.orderedStream().toList());
    this.problems = problems;
    this.objectMapper = objectMapper;
  }

  @Override
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (!answersWithProblem(request)) {
      return super.errorHtml(request, response);
    }
    HttpStatus status = problemStatus(request);
    try {
      problems.write(response, status, ProblemTexts.of(status.value()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!answersWithProblem(request)) {
      return super.error(request);
    }
    HttpStatus status = problemStatus(request);
    Map<String, Object> problem = objectMapper.convertValue(
        ProblemWriter.problem(status, ProblemTexts.of(status.value()), List.of()),
        objectMapper.getTypeFactory().constructType(MAP.getType()));
    // A content type set here is written as it is, whatever the caller's Accept says.
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static boolean answersWithProblem(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null) {
      return true;
    }
    String api = request.getContextPath() + "/api";
    return uri.toString().equals(api) || uri.toString().startsWith(api + "/");
  }

  /** 404 for the error path called directly; else the status of the error it shows. */
  private HttpStatus problemStatus(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      return HttpStatus.NOT_FOUND;
    }
    HttpStatus status = HttpStatus.resolve(getStatus(request).value());
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
