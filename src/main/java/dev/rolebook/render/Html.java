package dev.rolebook.render;

/** HTML text and attribute escaping for everything Rolebook writes into a page or an SVG. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} so the result is safe in text and in quoted attribute values. */
  public static String escape(String s) {
    int first = 0;
    while (first < s.length() && !special(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // most text needs no escape: no copy
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
    escape(sb, s, first, s.length());
    return sb.toString();
  }

  /** Appends {@code s[from, to)} to {@code sb}, escaped as {@link #escape(String)} does. */
  public static void escape(StringBuilder sb, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  private static boolean special(char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
  }

  /**
   * Escapes an identifier (role or policy name, ARN) and lets it break only after '-', '/' and
   * ':' ({@code <wbr>}, which adds no character to the text a reader copies), so a narrow column
   * wraps "cdk-hnb659fds-deploy-role-" at its hyphens and never mid-word.
   */
  public static String breakable(String s) {
    String escaped = escape(s);
    StringBuilder sb = new StringBuilder(escaped.length() + 16);
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      sb.append(c);
      if ((c == '-' || c == '/' || c == ':') && i + 1 < escaped.length()) {
        sb.append("<wbr>");
      }
    }
    return sb.toString();
  }

  /** An id-safe form of a name: lower case, runs of other characters as one hyphen. */
  public static String slug(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return lower.replaceAll("^-+|-+$", "");
  }
}
