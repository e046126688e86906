package dev.rolebook.diff;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/** The diff for a terminal: a heading per policy that changed, one line per change, then the verdict. */
public final class TextDiff {
  private TextDiff() {}

  public static void print(SetDiff diff, PrintStream out) {
    out.println("rolebook diff " + diff.base().label() + " → " + diff.head().label());
    out.println("  policy set " + side(diff.base()) + " → " + side(diff.head()));
    out.println("  " + diff.actions());
    for (UnitDiff u : diff.units()) {
      if (u.status() == UnitDiff.Status.UNCHANGED) {
        continue;
      }
      out.println();
      out.println(u.name() + " (" + u.kind() + (u.status() == UnitDiff.Status.ADDED ? ", new"
          : u.status() == UnitDiff.Status.REMOVED ? ", removed" : "") + ")");
      for (Change c : u.changes()) {
        out.println(String.format(Locale.ROOT, "  %-10s %-6s %s%s", c.direction().label(), c.risk() == Risk.NONE ? "" : c.risk().label(),
            c.statement().isEmpty() ? "" : c.statement() + ": ", c.summary()) + where(c));
      }
      if (u.changes().isEmpty()) {
        out.println("  no change in permissions");
      }
      if (u.sizeChanged()) {
        out.println("  size" + (u.kind().startsWith("variant of ") ? " joined to " + u.kind().substring(11) : "") + " "
            + Sizes.text(u.before(), u.after()));
      }
    }
    out.println();
    out.println(Verdict.of(diff));
  }

  static String side(SetDiff.Side s) {
    return s.version() + s.sha256().map(h -> " sha256:" + h.substring(0, 12)).orElse("");
  }

  private static String where(Change c) {
    Optional<Where> at = c.head().isPresent() && c.direction() != Direction.NARROWING ? c.head() : c.base().or(c::head);
    return at.map(w -> "  [" + w + "]").orElse("");
  }
}
