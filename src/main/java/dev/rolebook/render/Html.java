package dev.rolebook.render;

/** HTML text and attribute escaping for everything Rolebook writes into a page or an SVG. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} so the result is safe in text and in quoted attribute values. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
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
    return sb.toString();
  }

  /** "IaCRole-ABCA-Application" → "iacrole-abca-application": ids and class suffixes. */
  /** An id-safe form of a name: lower case, runs of other characters as one hyphen. */
  public static String slug(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return lower.replaceAll("^-+|-+$", "");
  }
}
