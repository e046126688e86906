package dev.rolebook.substitute;

import java.util.Locale;
import java.util.regex.Pattern;

/** Shows user values in messages without letting control characters garble the terminal. */
final class Quote {
  private Quote() {}

  static String visible(String value) {
    StringBuilder sb = new StringBuilder();
    value.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7F) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /** Names the first character of {@code value} outside {@code allowed}: "'\"' (U+0022)". */
  static String firstUnsafe(String value, Pattern allowed) {
    return value.codePoints()
        .filter(c -> !allowed.matcher(new String(Character.toChars(c))).matches())
        .mapToObj(c -> (c >= 0x20 && c != 0x7F ? "'" + new String(Character.toChars(c)) + "' " : "")
            + String.format(Locale.ROOT, "(U+%04X)", c))
        .findFirst()
        .orElse("a character that is not allowed");
  }
}
