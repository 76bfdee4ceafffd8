package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Our Chinese texts for the webapps against the English ones Camunda ships with the version we run:
 * every key is one Camunda uses, every placeholder is kept, and Tasklist and the welcome page (where
 * workers and admins spend their day) are translated whole. A Camunda upgrade that adds or renames
 * keys fails here until the Chinese follows.
 */
class WebappLocalesTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyChineseTextTranslatesAKeyCamundaHasAndKeepsItsPlaceholders() throws IOException {
    for (String app : List.of("tasklist", "welcome", "admin", "cockpit")) {
      JsonNode english = labels(app, "en");
      JsonNode chinese = labels(app, "zh");
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : chinese.properties()) {
        JsonNode original = english.get(entry.getKey());
        if (original == null) {
          problems.add(entry.getKey() + " is no key of Camunda's");
        } else if (!placeholders(original.asText()).equals(placeholders(entry.getValue().asText()))) {
          problems.add(entry.getKey() + " loses or adds a placeholder");
        }
      }
      assertThat(problems).as(app).isEmpty();
      assertThat(chinese.size()).as(app).isGreaterThan(100);
    }
  }

  @Test
  void tasklistAndTheWelcomePageAreTranslatedWhole() throws IOException {
    for (String app : List.of("tasklist", "welcome")) {
      List<String> missing = new ArrayList<>();
      labels(app, "en").fieldNames().forEachRemaining(key -> missing.add(key));
      labels(app, "zh").fieldNames().forEachRemaining(missing::remove);
      assertThat(missing).as(app + ": keys without a Chinese text").isEmpty();
    }
  }

  @Test
  void theMigrationBannerHasNoChineseText() throws IOException {
    assertThat(labels("tasklist", "zh").path("BANNER_CE_EOL_TEXT").asText()).isEmpty();
  }

  private static JsonNode labels(String app, String language) throws IOException {
    String path = APPS + app + "/locales/" + language + ".json";
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      byte[] bytes = in.readAllBytes();
      int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF ? 3 : 0;
      return JSON.readTree(new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8))
          .path("labels");
    }
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    names.sort(String::compareTo);
    return names;
  }
}
