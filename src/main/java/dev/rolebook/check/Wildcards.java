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

  /** Case-insensitive match of an IAM pattern against a concrete name (actions are case-insensitive). */
  static boolean matchesIgnoreCase(String pattern, String name) {
    return Pattern.compile(regex(pattern), Pattern.CASE_INSENSITIVE).matcher(name).matches();
  }
}
