package cn.campus.repair.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * HTTP/1.1 written by hand on a socket, for what a well-behaved client library will not send: bodies
 * that are not UTF-8, header values outside ASCII, a body cut short, and calls from another address
 * of the loopback range (127.0.0.0/8), so the service sees a different client address as it would
 * behind no proxy.
 */
public final class RawHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TIMEOUT_MILLIS = 30_000;

  private final int port;
  private final InetAddress localAddress;

  public RawHttp(int port) {
    this(port, null);
  }

  private RawHttp(int port, InetAddress localAddress) {
    this.port = port;
    this.localAddress = localAddress;
  }

  /** The same client calling from {@code loopbackAddress}, e.g. {@code 127.4.5.6}. */
  public RawHttp from(String loopbackAddress) {
    try {
      return new RawHttp(port, InetAddress.getByName(loopbackAddress));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON call: the body is written as Jackson writes it (null: no body). */
  public ApiResponse json(String method, String path, String token, Object body, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>();
    if (token != null) {
      all.put("Authorization", "Bearer " + token);
    }
    byte[] bytes = null;
    if (body != null) {
      all.put("Content-Type", "application/json");
      try {
        bytes = JSON.writeValueAsBytes(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    all.putAll(headers);
    return send(method, path, all, bytes);
  }

  /**
   * Sends {@code body} as it is, with {@code headers} written in UTF-8 (as a phone's HTTP stack
   * writes a non-ASCII value) and a Content-Length unless the headers carry one.
   */
  public ApiResponse send(String method, String path, Map<String, String> headers, byte[] body) {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    head.append("Connection: close\r\n");
    boolean lengthGiven = false;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
      lengthGiven |= header.getKey().equalsIgnoreCase("Content-Length")
          || header.getKey().equalsIgnoreCase("Transfer-Encoding");
    }
    if (!lengthGiven && body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      request.writeBytes(body);
    }
    return exchange(request.toByteArray());
  }

  /**
   * Writes {@code request} and then closes the sending side, so a body shorter than its
   * Content-Length ends there, and reads the whole answer.
   */
  public ApiResponse exchange(byte[] request) {
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      if (localAddress != null) {
        socket.bind(new InetSocketAddress(localAddress, 0));
      }
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException closedEarly) {
        // The service may answer and close before reading all of a refused body: read its answer.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ApiResponse read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException("No HTTP answer: " + new String(all, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    HttpHeaders headers = new HttpHeaders();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    String encoding = headers.getFirst(HttpHeaders.TRANSFER_ENCODING);
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = dechunk(body);
    }
    return new ApiResponse(status, headers, parse(body));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = Integer.parseInt(sizeLine, 16);
      at += lineEnd + 2;
      if (size == 0) {
        break;
      }
      body.write(chunked, at, Math.min(size, chunked.length - at));
      at += size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static JsonNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }
}
