package cn.campus.repair.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text in a JSON body is text a person could type: no control characters but tab and line breaks,
 * no half of a surrogate pair. A NUL (U+0000) is refused by PostgreSQL's text columns, and
 * half a surrogate pair cannot be written back as UTF-8; either answered 500 once stored. Refused
 * as 400 naming the field, like any other invalid value.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextRules {

  /** Spring Boot registers Module beans with the ObjectMapper that reads request bodies. */
  @Bean
  Module textRules() {
    return new SimpleModule("text-rules").addDeserializer(String.class, new TypedText());
  }

  static boolean isTypedText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static final class TypedText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String value = super.deserialize(parser, context);
      if (value != null && !isTypedText(value)) {
        throw context.weirdStringException(value, String.class, "control character or unpaired surrogate");
      }
      return value;
    }
  }
}
