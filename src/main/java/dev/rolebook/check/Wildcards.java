package dev.rolebook.check;

import java.util.regex.Pattern;

/** IAM's wildcards as a regular expression: '*' any run of characters, '?' one character. */
final class Wildcards {
  private Wildcards() {}

  /**
   * The regex for an IAM pattern. A policy variable ({@code ${aws:username}}) stands for any value,
   * like '*'; the escapes {@code ${*}}, {@code ${?}} and {@code ${$}} stand for the literal character.
   */
  static String regex(String pattern) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '$' && pattern.startsWith("${", i) && pattern.indexOf('}', i) > 0) {
        int end = pattern.indexOf('}', i);
        String inner = pattern.substring(i + 2, end);
        sb.append(inner.equals("*") || inner.equals("?") || inner.equals("$") ? Pattern.quote(inner) : ".*");
        i = end + 1;
        continue;
      }
      if (c == '*') {
        sb.append(".*");
      } else if (c == '?') {
        sb.append('.');
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return sb.toString();
  }

  /**
   * Case-insensitive match of an IAM pattern against a concrete name (actions are
   * case-insensitive). A linear two-pointer match, no regular expression: the checks call it for
   * every action against every pattern, on the cold path of {@code check}.
   */
  static boolean matchesIgnoreCase(String pattern, String name) {
    if (pattern.contains("${")) {
      return Pattern.compile(regex(pattern), Pattern.CASE_INSENSITIVE).matcher(name).matches();
    }
    int p = 0;
    int n = 0;
    int star = -1;
    int mark = 0;
    while (n < name.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = n;
      } else if (p < pattern.length()
          && (pattern.charAt(p) == '?' || Character.toLowerCase(pattern.charAt(p)) == Character.toLowerCase(name.charAt(n)))) {
        p++;
        n++;
      } else if (star >= 0) {
        p = star + 1;
        n = ++mark;
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
