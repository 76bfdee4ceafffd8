package cn.campus.repair.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** Calls the running service over real HTTP, as the mini program does, and never throws on 4xx/5xx. */
public class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient http;

  public ApiClient(String baseUrl) {
    this.http = RestClient.builder().baseUrl(baseUrl).build();
  }

  public ApiResponse get(String path, String token) {
    return exchange(http.get().uri(path).headers(h -> auth(h, token)));
  }

  public ApiResponse post(String path, String token, Object body) {
    return post(path, token, body, Map.of());
  }

  public ApiResponse post(String path, String token, Object body, Map<String, String> headers) {
    var spec = http.post().uri(path).headers(h -> {
      auth(h, token);
      headers.forEach(h::set);
    }).contentType(MediaType.APPLICATION_JSON);
    return exchange(body == null ? spec : spec.body(body));
  }

  public ApiResponse patch(String path, String token, Object body) {
    return exchange(http.patch().uri(path).headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON).body(body));
  }

  public ApiResponse put(String path, String token, Object body) {
    return exchange(http.put().uri(path).headers(h -> auth(h, token))
        .contentType(MediaType.APPLICATION_JSON).body(body));
  }

  public ApiResponse delete(String path, String token) {
    return exchange(http.delete().uri(path).headers(h -> auth(h, token)));
  }

  public ApiResponse upload(String token, String filename, byte[] bytes, MediaType claimedType) {
    return upload("/api/attachments", token, filename, bytes, claimedType);
  }

  /** A file in the multipart field {@code file}, as {@code wx.uploadFile} sends it. */
  public ApiResponse upload(String path, String token, String filename, byte[] bytes, MediaType claimedType) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(claimedType);
    partHeaders.setContentDispositionFormData("file", filename);
    parts.add("file", new org.springframework.http.HttpEntity<>(new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return filename;
      }
    }, partHeaders));
    return exchange(http.post().uri(path).headers(h -> auth(h, token))
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
  }

  public byte[] download(String path, String token) {
    return http.get().uri(path).headers(h -> auth(h, token)).retrieve().body(byte[].class);
  }

  private static void auth(HttpHeaders headers, String token) {
    if (token != null) {
      headers.setBearerAuth(token);
    }
  }

  public static ApiResponse exchange(RestClient.RequestHeadersSpec<?> spec) {
    return spec.exchange((request, response) -> {
      byte[] bytes = response.getBody().readAllBytes();
      return new ApiResponse(response.getStatusCode().value(), response.getHeaders(), parse(bytes));
    });
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
