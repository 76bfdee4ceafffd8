package cn.campus.repair.identity;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;

/**
 * What Camunda's queries ask of a provider that filters in memory: an exact value or a SQL LIKE
 * pattern ({@code %} and {@code _}), and one page of the results.
 */
final class QueryFilters {

  private QueryFilters() {}

  static <T> List<T> page(Stream<T> results, Page page) {
    return page == null ? results.toList() : results.skip(page.getFirstResult()).limit(page.getMaxResults()).toList();
  }

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
