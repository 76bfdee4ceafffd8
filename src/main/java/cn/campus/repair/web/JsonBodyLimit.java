package cn.campus.repair.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's bodies other than uploads are small (the largest, a submission, is a few KB): one over
 * {@link #MAX_BYTES} is refused with 413 before it is read, or, when no length was announced, as
 * soon as reading passes the limit. Otherwise a client could make each request thread hold
 * megabytes of text. Uploads (multipart) have their own limits.
 */
class JsonBodyLimit extends OncePerRequestFilter {

  static final int MAX_BYTES = 64 * 1024;
  static final String DETAIL = "请求内容不能超过64KB";

  private final ProblemWriter problems;

  JsonBodyLimit(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isMultipart(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, DETAIL);
      return;
    }
    chain.doFilter(new Limited(request), response);
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
        MediaType.MULTIPART_FORM_DATA_VALUE.length());
  }

  /** Thrown while reading past the limit; the body's reader (Jackson) hands it on as the cause. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("Request body over " + MAX_BYTES + " bytes");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {

    private ServletInputStream counted;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        counted = new Counted(super.getInputStream());
      }
      return counted;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new BufferedReader(encoding == null
          ? new InputStreamReader(getInputStream(), StandardCharsets.UTF_8)
          : new InputStreamReader(getInputStream(), encoding));
    }
  }

  private static final class Counted extends ServletInputStream {

    private final ServletInputStream in;
    private long read;

    Counted(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
