package cn.campus.repair.web;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.DatabaseFailures;
import cn.campus.repair.process.InvalidTaskInput;

import cn.campus.repair.sms.SmsDeliveryException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal of the API as RFC 9457 problem+json, with the fields at fault for a 400. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e) {
    HttpHeaders headers = new HttpHeaders();
    if (e.retryAfterSeconds() != null) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }
    return ResponseEntity.status(e.status()).headers(headers).body(problem(e.status(), e.getMessage(), e.errors()));
  }

  /** A completion the rules refuse, found inside the engine (they are checked before it as well). */
  @ExceptionHandler(InvalidTaskInput.class)
  ResponseEntity<ProblemDetail> refusedByTheRules(InvalidTaskInput e) {
    return badRequest(e.errors());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new ApiException.FieldError(e.getName(), "取值无效")));
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(problem(HttpStatus.CONFLICT, "该报修单刚被其他人处理，请刷新后重试", List.of()));
  }

  @ExceptionHandler(TransientDataAccessResourceException.class)
  ResponseEntity<ProblemDetail> databaseBusy(TransientDataAccessResourceException e) {
    return databaseAway(e);
  }

  @ExceptionHandler(SmsDeliveryException.class)
  ResponseEntity<ProblemDetail> smsProviderRefused(SmsDeliveryException e) {
    log.warn("SMS provider refused a login code: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "短信发送失败，请稍后再试", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      @NonNull MethodArgumentNotValidException e,
      @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status,
      @NonNull WebRequest request) {
    List<ApiException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new ApiException.FieldError(error.getField(), error.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      @NonNull HttpMessageNotReadableException e,
      @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status,
      @NonNull WebRequest request) {
    String field = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? mapping.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[")
        : null;
    String message = e.getCause() instanceof InvalidFormatException ? "取值无效" : "格式不正确";
    List<ApiException.FieldError> errors =
        field == null ? List.of() : List.of(new ApiException.FieldError(field, message));
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, field == null ? "请求内容不是有效的 JSON" : summary(errors), errors));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      @NonNull MaxUploadSizeExceededException e,
      @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status,
      @NonNull WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件不能超过10MB",
            List.of(new ApiException.FieldError("file", "文件不能超过10MB"))));
  }

  /**
   * Also the database going away: it surfaces as many types (Spring's, Camunda's, the driver's),
   * recognised by {@link DatabaseFailures}.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseFailures.isUnavailable(e)) {
      return databaseAway(e);
    }
    // The engine wraps what its listeners throw: the rules' refusal is still the caller's 400.
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof InvalidTaskInput refused) {
        return refusedByTheRules(refused);
      }
    }
    log.error("Unexpected failure", e);
    return ResponseEntity.internalServerError()
        .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误", List.of()));
  }

  private static ResponseEntity<ProblemDetail> databaseAway(Exception e) {
    log.warn("Database unavailable: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseFailures.RETRY_AFTER_SECONDS))
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.DETAIL, List.of()));
  }

  private static ResponseEntity<ProblemDetail> badRequest(List<ApiException.FieldError> errors) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
  }

  private static String summary(List<ApiException.FieldError> errors) {
    return errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；"));
  }

  private static ProblemDetail problem(HttpStatus status, String detail, List<ApiException.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }
}
