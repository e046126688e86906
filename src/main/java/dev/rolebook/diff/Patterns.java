package dev.rolebook.diff;

import dev.rolebook.check.Glob;
import java.util.Collection;
import java.util.Locale;

/**
 * Containment of IAM wildcard patterns ('*' any run, '?' one character). {@link Glob#covers} answers
 * "does every string one pattern matches also match the other"; this adds the opposite question,
 * "can two patterns match no common string", needed for NotAction and NotResource. Both answers
 * are sound (never claim coverage or disjointness that is not there) but not complete.
 */
final class Patterns {
  private Patterns() {}

  /** Actions: IAM compares action names case-insensitively. */
  static String action(String pattern) {
    return pattern.toLowerCase(Locale.ROOT);
  }

  static boolean covers(String wide, String narrow) {
    return wide.equals(narrow) || Glob.covers(wide, narrow);
  }

  static boolean anyCovers(Collection<String> wide, String narrow) {
    for (String w : wide) {
      if (covers(w, narrow)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when no string can match both: their literal prefixes (up to the first wildcard) or
   * literal suffixes (after the last) disagree at some position.
   */
  static boolean disjoint(String a, String b) {
    int pa = literalPrefix(a);
    int pb = literalPrefix(b);
    int common = Math.min(pa, pb);
    for (int i = 0; i < common; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return true;
      }
    }
    if (pa == a.length() && pb == b.length()) {
      return !a.equals(b);
    }
    if (pa == a.length() || pb == b.length()) {
      // One side is literal: it matches the other exactly when the glob covers it.
      return pa == a.length() ? !Glob.covers(b, a) : !Glob.covers(a, b);
    }
    int sa = literalSuffix(a);
    int sb = literalSuffix(b);
    int tail = Math.min(sa, sb);
    for (int i = 1; i <= tail; i++) {
      if (a.charAt(a.length() - i) != b.charAt(b.length() - i)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasWildcard(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  private static int literalPrefix(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) != '*' && s.charAt(i) != '?') {
      i++;
    }
    return i;
  }

  private static int literalSuffix(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(s.length() - 1 - i) != '*' && s.charAt(s.length() - 1 - i) != '?') {
      i++;
    }
    return i;
  }
}
