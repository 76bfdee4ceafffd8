package cn.campus.repair.web;

import cn.campus.repair.common.DatabaseFailures;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's 503 for a database that is away while a security filter needs it (looking up a bearer
 * token): {@link ProblemHandler} only sees what controllers throw.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  private final ProblemWriter problems;

  DatabaseUnavailableFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("Database unavailable: {}", e.getMessage());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
      problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.DETAIL);
    }
  }
}
