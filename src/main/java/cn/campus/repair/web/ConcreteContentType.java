package cn.campus.repair.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body's Content-Type names one type: {@code *}{@code /*} or {@code application/*} is 415, as any
 * other type the API does not read. Spring MVC reads such a header with an assertion that fails,
 * which answered 500. Unparsable types are left to Spring MVC, which refuses them with 415 itself.
 */
class ConcreteContentType extends OncePerRequestFilter {

  private final ProblemWriter problems;

  ConcreteContentType(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getContentType();
    if (header != null && isWildcard(header)) {
      problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "不支持该内容类型（" + header + "），请以 application/json 发送");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isWildcard(String header) {
    try {
      MediaType type = MediaType.parseMediaType(header);
      return type.isWildcardType() || type.isWildcardSubtype();
    } catch (InvalidMediaTypeException unparsable) {
      return false;
    }
  }
}
