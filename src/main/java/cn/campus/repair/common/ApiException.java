package cn.campus.repair.common;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the caller should see as problem+json: the status, a zh-CN detail, and the fields at
 * fault for a 400. Features throw the named subclasses' factories below rather than picking codes.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final List<FieldError> errors;
  private final Long retryAfterSeconds;

  public ApiException(HttpStatus status, String detail) {
    this(status, detail, List.of(), null);
  }

  public ApiException(HttpStatus status, String detail, List<FieldError> errors, Long retryAfterSeconds) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException invalid(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(field, message)), null);
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(HttpStatus.UNAUTHORIZED, detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, detail);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, detail);
  }

  public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
    return new ApiException(HttpStatus.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds);
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public record FieldError(String field, String message) {}
}
