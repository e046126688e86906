package dev.rolebook.render;

import java.util.Locale;

/** Number formats the guide uses: "6,144", "83%". */
final class Numbers {
  private Numbers() {}

  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
