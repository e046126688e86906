package dev.rolebook.diff;

import java.util.Locale;
import java.util.Optional;

/** "3,762 → 3,801 of 6,144 (worst case 3,937 → 3,976)": a policy's size before and after. */
final class Sizes {
  private Sizes() {}

  static String text(Optional<UnitDiff.Size> before, Optional<UnitDiff.Size> after) {
    String limit = after.or(() -> before).map(s -> String.format(Locale.ROOT, "%,d", s.limit())).orElse("?");
    return figure(before, UnitDiff.Size::asWritten) + " → " + figure(after, UnitDiff.Size::asWritten) + " of " + limit
        + " (worst case " + figure(before, UnitDiff.Size::worstCase) + " → " + figure(after, UnitDiff.Size::worstCase) + ")";
  }

  static String figure(Optional<UnitDiff.Size> size, java.util.function.ToIntFunction<UnitDiff.Size> part) {
    return size.map(s -> String.format(Locale.ROOT, "%,d", part.applyAsInt(s))).orElse("-");
  }
}
