package cn.campus.repair.identity;

import java.util.regex.Pattern;

/** Camunda's query filters: an exact value, or a SQL LIKE pattern with {@code %} and {@code _}. */
final class Likes {

  private Likes() {}

  static boolean matches(String value, String exact, String like) {
    if (exact != null && !exact.equals(value)) {
      return false;
    }
    return like == null || value != null && toRegex(like).matcher(value).matches();
  }

  private static Pattern toRegex(String like) {
    StringBuilder regex = new StringBuilder();
    for (char c : like.toCharArray()) {
      switch (c) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }
}
