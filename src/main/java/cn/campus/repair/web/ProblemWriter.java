package cn.campus.repair.web;

import cn.campus.repair.common.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes problem+json where no controller advice reaches: the security filters, the error path. */
@Component
public class ProblemWriter {

  private final ObjectMapper objectMapper;

  ProblemWriter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    write(response, status, detail, List.of());
  }

  /** With the fields at fault, as {@code errors}: [{field, message}]. */
  public void write(HttpServletResponse response, HttpStatus status, String detail, List<ApiException.FieldError> errors)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), problem(status, detail, errors));
  }

  static ProblemDetail problem(HttpStatus status, String detail, List<ApiException.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
