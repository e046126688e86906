package dev.rolebook.check;

/**
 * IAM's wildcard matching ('*' any run of characters, '?' one character), used to tell when one
 * resource pattern already covers another.
 */
public final class Glob {
  private Glob() {}

  /**
   * True when every string matched by {@code narrow} is also matched by {@code wide}. Sound but not
   * complete: {@code wide}'s '*' may absorb any part of {@code narrow} (wildcards included); its
   * '?' stands for one character of {@code narrow} but never for a '*'; a literal matches only
   * the same literal.
   */
  public static boolean covers(String wide, String narrow) {
    int w = 0;
    int n = 0;
    int starW = -1;
    int starN = 0;
    while (n < narrow.length()) {
      char nc = narrow.charAt(n);
      if (w < wide.length()) {
        char wc = wide.charAt(w);
        if (wc == '*') {
          starW = w++;
          starN = n;
          continue;
        }
        if ((wc == '?' && nc != '*') || (wc == nc && wc != '?')) {
          w++;
          n++;
          continue;
        }
      }
      if (starW >= 0) {
        w = starW + 1;
        n = ++starN;
        continue;
      }
      return false;
    }
    while (w < wide.length() && wide.charAt(w) == '*') {
      w++;
    }
    return w == wide.length();
  }
}
