package cn.campus.repair.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;

/** What a client saw: status, headers and the JSON body (a missing node when there was none). */
public record ApiResponse(int status, HttpHeaders headers, JsonNode body) {

  public String text(String field) {
    return body.path(field).asText(null);
  }

  public String fieldInError() {
    return body.path("errors").path(0).path("field").asText(null);
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
