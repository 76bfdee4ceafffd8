package cn.campus.repair.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a text is found by: each run of letters and digits as one lower-case word ({@code bx2611301},
 * {@code 13700000001}, {@code 301}), and each run of other letters (Chinese) as its pairs of
 * neighbouring characters, or the character itself when it stands alone. A search for 水龙头 looks for
 * 水龙 and 龙头; numbers are found whole (a full phone number or request number).
 */
public final class SearchTerms {

  /** Longer words are cut here: no one types more to find a request. */
  static final int MAX_TERM = 40;

  private SearchTerms() {}

  /** The terms of all {@code texts}, each once, in the order met; null texts are skipped. */
  public static Set<String> of(String... texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null) {
        add(text.toLowerCase(Locale.ROOT), terms);
      }
    }
    return terms;
  }

  private static void add(String text, Set<String> terms) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (isAsciiWordChar(c)) {
        int end = i;
        while (end < text.length() && isAsciiWordChar(text.charAt(end))) {
          end++;
        }
        terms.add(text.substring(i, Math.min(end, i + MAX_TERM)));
        i = end;
      } else if (Character.isLetterOrDigit(c)) {
        int end = i;
        while (end < text.length() && !isAsciiWordChar(text.codePointAt(end))
            && Character.isLetterOrDigit(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
        }
        pairs(text.substring(i, end), terms);
        i = end;
      } else {
        i += Character.charCount(c);
      }
    }
  }

  private static void pairs(String run, Set<String> terms) {
    int[] points = run.codePoints().toArray();
    if (points.length == 1) {
      terms.add(run);
      return;
    }
    for (int k = 0; k + 1 < points.length; k++) {
      terms.add(new String(points, k, 2));
    }
  }

  /** Whether a query's Chinese runs are at least two characters long (a lone 门 is in no pair). */
  static boolean hasLoneCharacter(String query) {
    String text = query.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!isAsciiWordChar(c) && Character.isLetterOrDigit(c)) {
        int end = i;
        int count = 0;
        while (end < text.length() && !isAsciiWordChar(text.codePointAt(end))
            && Character.isLetterOrDigit(text.codePointAt(end))) {
          end += Character.charCount(text.codePointAt(end));
          count++;
        }
        if (count == 1) {
          return true;
        }
        i = end;
      } else {
        i += Character.charCount(c);
      }
    }
    return false;
  }

  private static boolean isAsciiWordChar(int c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }
}
