package dev.rolebook.catalog;

/**
 * IAM's wildcards in action names: {@code *} any run of characters (none included), {@code ?} one
 * character; case-sensitive. For action names callers lower-case both sides first, as IAM compares
 * them without case; the trail's evaluator uses it for resources and "Like" conditions too.
 */
public final class Wildcard {
  private Wildcard() {}

  public static boolean isPattern(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
  }

  /** True when {@code pattern} matches the whole of {@code text}. */
  public static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
