package dev.rolebook.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shows user values in messages without letting control characters garble the terminal. */
public final class Quote {
  private Quote() {}

  /** The value with invisible characters written as \\uXXXX, so a message shows what is there. */
  public static String visible(String value) {
    StringBuilder sb = new StringBuilder();
    value.codePoints().forEach(c -> {
      if (invisible(c)) {
        sb.append(String.format(Locale.ROOT, c > 0xFFFF ? "\\U%08X" : "\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /**
   * Characters a terminal would not show faithfully: controls, format characters (zero-width
   * space, bidi overrides), separators other than the plain space, and unpaired surrogates.
   */
  public static boolean invisible(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || ((type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)
            && c != ' ');
  }

  /** Names the first character of {@code value} outside {@code allowed}: "'\"' (U+0022)". */
  public static String firstUnsafe(String value, Pattern allowed) {
    return value.codePoints()
        .filter(c -> !allowed.matcher(new String(Character.toChars(c))).matches())
        .mapToObj(c -> (!invisible(c) ? "'" + new String(Character.toChars(c)) + "' " : "")
            + String.format(Locale.ROOT, "(U+%04X)", c))
        .findFirst()
        .orElse("a character that is not allowed");
  }
}
