package cn.campus.repair.web;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.DatabaseFailures;
import cn.campus.repair.process.InvalidTaskInput;

import cn.campus.repair.sms.SmsDeliveryException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
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
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as RFC 9457 problem+json, with the fields at fault for a 400 and a
 * Chinese detail, also for the refusals Spring MVC makes itself (405, 415, 406, a missing
 * parameter...), whose details it writes in English.
 */
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
    if (e.conflict()) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(problem(HttpStatus.CONFLICT, e.errors().get(0).message(), List.of()));
    }
    return badRequest(e.errors());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new ApiException.FieldError(e.getName(), "取值无效")));
  }

  /** The firewall's check of a header value, made when the header is first read (here, by a controller). */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, ProblemTexts.FIREWALL,
        ProblemTexts.rejectedHeader(e).map(header -> List.of(new ApiException.FieldError(header, "含有不允许的字符")))
            .orElse(List.of())));
  }

  /** A multipart body the container could not read: no boundary, cut short, a NUL in a file name. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
    if (causedBy(e, SizeException.class)) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "上传内容过大或分段过多", List.of()));
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "上传内容格式不正确，请以 multipart/form-data 上传文件",
        List.of(new ApiException.FieldError("file", "上传内容格式不正确"))));
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
        .map(error -> new ApiException.FieldError(error.getField(),
            error.isBindingFailure() ? "取值无效" : error.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, summary(errors), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      @NonNull HttpMessageNotReadableException e,
      @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status,
      @NonNull WebRequest request) {
    if (causedBy(e, JsonBodyLimit.TooLarge.class)) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
          .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, JsonBodyLimit.DETAIL, List.of()));
    }
    String field = null;
    String message = "格式不正确";
    StreamReadException duplicate = duplicateKey(e);
    if (duplicate != null) {
      // Found while reading a nested object, it comes wrapped in a mapping error naming only the object.
      field = path(duplicate.getProcessor());
      message = "重复出现";
    } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."))
          .replace(".[", "[");
      message = e.getCause() instanceof InvalidFormatException ? "取值无效" : "格式不正确";
    }
    List<ApiException.FieldError> errors =
        field == null || field.isEmpty() ? List.of() : List.of(new ApiException.FieldError(field, message));
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, errors.isEmpty() ? "请求内容不是有效的 JSON" : summary(errors), errors));
  }

  /**
   * The refusals Spring MVC makes itself (405, 406, 415, a missing parameter or header, an unknown
   * address) get a Chinese detail, and the missing parameter or header is named.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      @NonNull Exception e,
      @Nullable Object body,
      @NonNull HttpHeaders headers,
      @NonNull HttpStatusCode status,
      @NonNull WebRequest request) {
    ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
      problem.setDetail(ProblemTexts.of(e, status));
      String missing = e instanceof MissingServletRequestParameterException parameter ? parameter.getParameterName()
          : e instanceof MissingRequestHeaderException header ? header.getHeaderName() : null;
      if (missing != null) {
        problem.setProperty("errors", List.of(new ApiException.FieldError(missing, "必填")));
      }
    }
    return answer;
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
    return ProblemWriter.problem(status, detail, errors);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  /** A key given twice, in Jackson's words (JsonParser.Feature.STRICT_DUPLICATE_DETECTION). */
  @Nullable
  private static StreamReadException duplicateKey(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof StreamReadException read && read.getOriginalMessage() != null
          && read.getOriginalMessage().startsWith("Duplicate field")) {
        return read;
      }
    }
    return null;
  }

  /** Where the parser stopped, as the API names fields: {@code location.building}, {@code attachmentIds[1]}. */
  private static String path(@Nullable JsonParser parser) {
    if (parser == null) {
      return null;
    }
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        steps.push("[" + context.getCurrentIndex() + "]");
      } else if (context.getCurrentName() != null) {
        steps.push("." + context.getCurrentName());
      }
    }
    String path = String.join("", steps);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
