package cn.campus.repair.support;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The engine REST API as Camunda Modeler uses it: HTTP Basic with a phone and password. */
public class EngineRestClient {

  private final RestClient http;

  public EngineRestClient(String baseUrl, String phone, String password) {
    this.http = RestClient.builder()
        .baseUrl(baseUrl + "/engine-rest")
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + HttpHeaders.encodeBasicAuth(phone, password, null))
        .build();
  }

  public ApiResponse get(String path) {
    return ApiClient.exchange(http.get().uri(path));
  }

  public ApiResponse post(String path, Object body) {
    return ApiClient.exchange(http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
  }

  /** Modeler's Deploy: one multipart request with the diagram, duplicate filtering on. */
  public ApiResponse deploy(String deploymentName, String filename, byte[] diagram) {
    return deploy(deploymentName, java.util.Map.of(filename, diagram));
  }

  /** Modeler's Deploy of a diagram with the forms it links. */
  public ApiResponse deploy(String deploymentName, java.util.Map<String, byte[]> files) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", deploymentName);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("enable-duplicate-filtering", "true");
    files.forEach((filename, content) -> parts.add(filename, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return filename;
      }
    }));
    return ApiClient.exchange(http.post().uri("/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
  }
}
