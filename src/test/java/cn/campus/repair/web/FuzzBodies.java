package cn.campus.repair.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Random and malformed request bodies, each grown from a valid body of its endpoint: fields of the
 * wrong type, too long, out of range or missing, duplicate keys, invalid UTF-8, raw control bytes,
 * deep nesting, truncation, bodies that are not objects, empty or oversized, sent under the right
 * content type or a wrong one. Values that name the world ({@link #NEW_PHONE}, ...) are markers the
 * test replaces when it sends the call.
 */
final class FuzzBodies {

  /** A new mobile number, in a range no other test uses. */
  static final String NEW_PHONE = "{newPhone}";
  /** The calling person's own mobile number. */
  static final String OWN_PHONE = "{ownPhone}";
  /** The id of the fuzz test's worker. */
  static final String WORKER = "{worker}";
  /** The fuzz test's part and warehouse (materials). */
  static final String PART = "{part}";
  static final String WAREHOUSE = "{warehouse}";
  /** The id of the fuzz test's area (a campus), for outage notices. */
  static final String AREA = "{area}";
  /** The id of an open request of the fuzz test's student, other than the one acted on: what a merge keeps. */
  static final String KEPT = "{kept}";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final byte[] PNG = HexFormat.of().parseHex(
      "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cf000003010100"
          + "c9fe92ef0000000049454e44ae426082");

  /** What is sent: the content type (null: none) and the bytes, described briefly for a report. */
  record Body(String contentType, byte[] bytes, String kind) {
    @Override
    public String toString() {
      String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
      return kind + " [" + contentType + "] " + bytes.length + " bytes: " + text;
    }
  }

  private enum Kind {
    VALID, FIELD_CHANGED, NOT_AN_OBJECT, DUPLICATE_KEY, TRUNCATED, INVALID_UTF8, CONTROL_BYTE, DEEP_NESTING,
    OVERSIZED, EMPTY, GARBAGE
  }

  private FuzzBodies() {}

  /** Bodies grown from {@code valid} (an empty object for an endpoint that reads none). */
  static Arbitrary<Body> from(Map<String, Object> valid) {
    Map<String, Object> template = valid == null ? Map.of() : valid;
    Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(Kind.VALID)),
        Tuple.of(30, Arbitraries.just(Kind.FIELD_CHANGED)),
        Tuple.of(6, Arbitraries.just(Kind.NOT_AN_OBJECT)),
        Tuple.of(8, Arbitraries.just(Kind.DUPLICATE_KEY)),
        Tuple.of(6, Arbitraries.just(Kind.TRUNCATED)),
        Tuple.of(6, Arbitraries.just(Kind.INVALID_UTF8)),
        Tuple.of(5, Arbitraries.just(Kind.CONTROL_BYTE)),
        Tuple.of(3, Arbitraries.just(Kind.DEEP_NESTING)),
        Tuple.of(2, Arbitraries.just(Kind.OVERSIZED)),
        Tuple.of(4, Arbitraries.just(Kind.EMPTY)),
        Tuple.of(4, Arbitraries.just(Kind.GARBAGE)));
    return kinds.flatMap(kind -> Arbitraries.randomValue(random -> new Body(
        contentType(random), bytes(kind, template, random), kind.name())));
  }

  /** Multipart uploads, well-formed or broken in the ways a client or a network breaks them. */
  static Arbitrary<Body> uploads() {
    return Arbitraries.randomValue(random -> {
      String boundary = "fuzz" + Long.toHexString(random.nextLong());
      byte[] content = switch (random.nextInt(4)) {
        case 0 -> PNG;
        case 1 -> "not an image".getBytes(StandardCharsets.UTF_8);
        case 2 -> new byte[0];
        default -> randomBytes(random, 1 + random.nextInt(2000));
      };
      String filename = pick(random, "photo.png", "照片.png", "a\0.png", "", "../../etc/passwd", "x".repeat(300), "a\"b.png");
      int parts = random.nextInt(10) == 0 ? 12 + random.nextInt(5) : 1;
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int i = 0; i < parts; i++) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
            + pick(random, "file", "file", "other") + "\"; filename=\"" + filename + "\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      byte[] bytes = body.toByteArray();
      String kind = "UPLOAD";
      switch (random.nextInt(6)) {
        case 0 -> {
          bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
          kind = "UPLOAD_TRUNCATED";
        }
        case 1 -> {
          boundary = "other" + boundary;
          kind = "UPLOAD_WRONG_BOUNDARY";
        }
        default -> { }
      }
      String contentType = switch (random.nextInt(8)) {
        case 0 -> "multipart/form-data";
        case 1 -> "multipart/form-data; boundary=";
        case 2 -> "application/json";
        default -> "multipart/form-data; boundary=" + boundary;
      };
      return new Body(contentType, bytes, kind);
    });
  }

  private static String contentType(Random random) {
    int roll = random.nextInt(100);
    if (roll < 72) {
      return "application/json";
    }
    return pick(random, "application/json;charset=UTF-8", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=nope",
        "application/json;charset=UTF-16", "application/json; charset=", "*/*", "no type at all", null);
  }

  private static byte[] bytes(Kind kind, Map<String, Object> valid, Random random) {
    byte[] json = write(valid, random);
    return switch (kind) {
      case VALID -> json;
      case FIELD_CHANGED -> write(changed(valid, random), random);
      case NOT_AN_OBJECT -> write(random.nextBoolean() ? List.of(valid) : value(random, 2), random);
      case DUPLICATE_KEY -> duplicateKey(valid, random);
      case TRUNCATED -> Arrays.copyOf(json, json.length == 0 ? 0 : random.nextInt(json.length));
      case INVALID_UTF8 -> insert(json, random, pick(random, new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xff},
          new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
          new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0x80}));
      case CONTROL_BYTE -> insert(json, random, new byte[] {(byte) random.nextInt(0x20)});
      case DEEP_NESTING -> {
        int depth = 1_100 + random.nextInt(4_000);
        yield ("{\"" + firstKey(valid) + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
            .getBytes(StandardCharsets.UTF_8);
      }
      case OVERSIZED -> write(with(valid, firstKey(valid), "长".repeat(22_000 + random.nextInt(40_000))), random);
      case EMPTY -> new byte[0];
      case GARBAGE -> randomBytes(random, 1 + random.nextInt(300));
    };
  }

  /** One to three changes: a field set to any value, a field removed, an unknown field added. */
  private static Object changed(Map<String, Object> valid, Random random) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      List<String> keys = new ArrayList<>(body.keySet());
      int roll = random.nextInt(10);
      if (keys.isEmpty() || roll == 0) {
        body.put(pick(random, "unknown", "id", "status", "role", "requesterId", "__proto__"), value(random, 2));
      } else if (roll == 1) {
        body.remove(keys.get(random.nextInt(keys.size())));
      } else {
        String key = keys.get(random.nextInt(keys.size()));
        body.put(key, body.get(key) instanceof Map<?, ?> nested && random.nextBoolean()
            ? changed(cast(nested), random) : value(random, 2));
      }
    }
    return body;
  }

  /** Any JSON value, with the strings, numbers and shapes that break things more often than not. */
  private static Object value(Random random, int depth) {
    int roll = random.nextInt(depth > 0 ? 14 : 12);
    return switch (roll) {
      case 0, 1, 2 -> text(random);
      case 3 -> random.nextInt();
      case 4 -> random.nextLong();
      case 5 -> pick(random, 0, -1, 1, 5, 6, 9, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
          new BigInteger("9".repeat(25)), new BigDecimal("1e400"), new BigDecimal("-1e-400"), 1.5, -0.0, 91.0, 181.0);
      case 6 -> random.nextBoolean();
      case 7 -> null;
      case 8 -> pick(random, "ACCEPT", "REJECT", "MAYBE", "WORKER", "ADMIN", "USER", "WATER_ELECTRIC", "SPACESHIP",
          "13800000000", "+86 139 0000 0000", "12345", "accept", "");
      case 9 -> random.nextDouble() * 1e6;
      case 10 -> "9".repeat(1_000 + random.nextInt(1_500));
      case 11 -> "好".repeat(480 + random.nextInt(600));
      case 12 -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(13); i > 0; i--) {
          list.add(value(random, depth - 1));
        }
        yield list;
      }
      default -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put(pick(random, "building", "room", "a", "", "\u0000", "latitude"), value(random, depth - 1));
        }
        yield map;
      }
    };
  }

  private static String text(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "";
      case 1 -> " \t\n";
      case 2 -> "a\u0000b";
      case 3 -> pick(random, "\ud800", "\udfff", "x\ud83d", "😀", "\u202e", "\u0007", "\u007f", "\ufeff");
      case 4 -> pick(random, "' OR '1'='1", "<script>alert(1)</script>", "${jndi:ldap://x}", "%00", "../..", "\\");
      default -> {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
          text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x30000) : 0x4e00 + random.nextInt(0x5000));
        }
        yield text.toString();
      }
    };
  }

  /** The valid body with a key given twice: at the top, or inside a nested object. */
  private static byte[] duplicateKey(Map<String, Object> valid, Random random) {
    String json = new String(write(valid, random), StandardCharsets.UTF_8);
    String key = firstKey(valid);
    for (Map.Entry<String, Object> entry : valid.entrySet()) {
      if (entry.getValue() instanceof Map<?, ?> nested && !nested.isEmpty() && random.nextBoolean()) {
        String inner = nested.keySet().iterator().next().toString();
        int at = json.indexOf("\"" + entry.getKey() + "\":{") + entry.getKey().length() + 4;
        return (json.substring(0, at) + "\"" + inner + "\":" + toJson(value(random, 0)) + "," + json.substring(at))
            .getBytes(StandardCharsets.UTF_8);
      }
    }
    String repeated = "\"" + key + "\":" + toJson(value(random, 1));
    return ("{" + repeated + (json.length() > 2 ? "," : "") + json.substring(1)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] insert(byte[] json, Random random, byte[] bytes) {
    int at = json.length == 0 ? 0 : random.nextInt(json.length);
    byte[] result = new byte[json.length + bytes.length];
    System.arraycopy(json, 0, result, 0, at);
    System.arraycopy(bytes, 0, result, at, bytes.length);
    System.arraycopy(json, at, result, at + bytes.length, json.length - at);
    return result;
  }

  private static byte[] write(Object value, Random random) {
    try {
      return (random.nextInt(4) == 0 ? ESCAPING : JSON).writeValueAsBytes(value);
    } catch (JsonProcessingException halfASurrogatePair) {
      return toJson(value).getBytes(StandardCharsets.UTF_8);
    }
  }

  /** JSON text with every non-ASCII character escaped: half a surrogate pair written as \\ud800. */
  private static String toJson(Object value) {
    try {
      return ESCAPING.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> with(Map<String, Object> valid, String key, Object value) {
    Map<String, Object> body = new LinkedHashMap<>(valid);
    body.put(key, value);
    return body;
  }

  private static String firstKey(Map<String, Object> valid) {
    return valid.isEmpty() ? "note" : valid.keySet().iterator().next();
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
