package cn.campus.repair.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The Chinese details of refusals made by the framework rather than by our code (Spring MVC,
 * Spring Security's firewall, the servlet container), which come with English details or none.
 */
final class ProblemTexts {

  static final String FIREWALL = "请求地址或请求头含有不允许的字符";

  // Spring Security's words for a header value it refuses: the header "NAME " has a value ...
  private static final Pattern REJECTED_HEADER = Pattern.compile("header(?: name)?:? \"([^\"]*?)\\s*\"");

  private ProblemTexts() {}

  static String of(Exception e, HttpStatusCode status) {
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      String[] supported = method.getSupportedMethods();
      return "不支持 " + method.getMethod() + " 请求"
          + (supported == null || supported.length == 0 ? "" : "，可用：" + String.join("、", supported));
    }
    if (e instanceof HttpMediaTypeNotSupportedException type) {
      String wanted = type.getSupportedMediaTypes().stream().findFirst().map(MediaType::toString)
          .orElse(MediaType.APPLICATION_JSON_VALUE);
      return "不支持该内容类型（" + (type.getContentType() == null ? "未指明" : type.getContentType()) + "），请以 "
          + wanted + " 发送";
    }
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      return "只能以 JSON 作答，请在 Accept 中接受 application/json";
    }
    if (e instanceof MissingServletRequestParameterException parameter) {
      return "缺少参数 " + parameter.getParameterName();
    }
    if (e instanceof MissingRequestHeaderException header) {
      return "缺少请求头 " + header.getHeaderName();
    }
    if (e instanceof MissingServletRequestPartException part) {
      return "缺少上传内容 " + part.getRequestPartName();
    }
    if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
      return "请求的地址不存在";
    }
    return of(status.value());
  }

  static String of(int status) {
    return switch (status) {
      case 400 -> "请求格式不正确";
      case 401 -> "请先登录";
      case 403 -> "当前账号无权进行此操作";
      case 404 -> "请求的地址不存在";
      case 405 -> "不支持该请求方法";
      case 406 -> "只能以 JSON 作答，请在 Accept 中接受 application/json";
      case 408 -> "请求超时，请重试";
      case 409 -> "操作冲突，请刷新后重试";
      case 413 -> "请求内容过大";
      case 414 -> "请求地址过长";
      case 415 -> "不支持该内容类型，请以 application/json 发送";
      case 429 -> "请求过于频繁，请稍后再试";
      case 431 -> "请求头过大";
      case 503 -> "服务暂时不可用，请稍后重试";
      default -> status < 500 ? "请求无法处理" : "服务器内部错误";
    };
  }

  /** The header whose value the firewall refused, when it was a header. */
  static Optional<String> rejectedHeader(RequestRejectedException e) {
    Matcher header = REJECTED_HEADER.matcher(String.valueOf(e.getMessage()));
    return header.find() ? Optional.of(header.group(1)) : Optional.empty();
  }
}
