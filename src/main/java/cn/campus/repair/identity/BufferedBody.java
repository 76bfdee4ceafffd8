package cn.campus.repair.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * A request's body read once to be checked, then handed on to Jersey unchanged. Only JSON is read
 * into memory: anything else (a deployment's multipart upload) passes through as it came.
 */
final class BufferedBody {

  private final HttpServletRequest request;
  private final byte[] bytes;

  private BufferedBody(HttpServletRequest request, byte[] bytes) {
    this.request = request;
    this.bytes = bytes;
  }

  /** The body, or null when it is JSON larger than {@code limit} bytes. */
  static BufferedBody of(HttpServletRequest request, int limit) throws IOException {
    if (!isJson(request)) {
      return new BufferedBody(request, null);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(limit + 1);
      return bytes.length > limit ? null : new BufferedBody(request, bytes);
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    try {
      return request.getContentType() != null
          && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  boolean isJson() {
    return bytes != null;
  }

  /** The JSON read (missing when empty), or null when it is not JSON at all. */
  JsonNode json(ObjectMapper json) {
    if (bytes == null || bytes.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode node = json.readTree(bytes);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** The request to hand on: the original, or one that reads the buffered bytes again. */
  HttpServletRequest request() {
    if (bytes == null) {
      return request;
    }
    return new HttpServletRequestWrapper(request) {
      private final ByteArrayInputStream in = new ByteArrayInputStream(bytes);

      @Override
      public ServletInputStream getInputStream() {
        return new ServletInputStream() {
          @Override
          public int read() {
            return in.read();
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
          }

          @Override
          public boolean isFinished() {
            return in.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("The body was already read");
          }
        };
      }

      @Override
      public BufferedReader getReader() {
        Charset charset = getCharacterEncoding() == null
            ? StandardCharsets.UTF_8
            : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(in, charset));
      }

      @Override
      public int getContentLength() {
        return bytes.length;
      }

      @Override
      public long getContentLengthLong() {
        return bytes.length;
      }
    };
  }
}
