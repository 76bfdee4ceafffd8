package cn.campus.repair.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** What every refusal of the API looks like: problem+json with a detail in Chinese. */
public final class Problems {

  private Problems() {}

  public static ApiResponse assertProblem(int status, ApiResponse response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertIsProblem(response);
    return response;
  }

  public static void assertIsProblem(ApiResponse response) {
    assertIsProblem(response.toString(), response);
  }

  /** With {@code call} saying, when it fails, what was sent and answered. */
  public static void assertIsProblem(String call, ApiResponse response) {
    String type = response.headers().getFirst(HttpHeaders.CONTENT_TYPE);
    assertThat(type).as("Content-Type of " + call).isNotNull();
    assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as("Content-Type %s of %s", type, call).isTrue();
    assertThat(response.body().path("status").asInt()).as(call).isEqualTo(response.status());
    assertThat(isChinese(response.text("detail"))).as("a Chinese detail in " + call).isTrue();
  }

  public static boolean isChinese(String text) {
    return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
