package dev.rolebook.diff;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The diff as a pull-request comment: a verdict line, a summary table (one row per policy that
 * changed), then the details, with widening and narrowing changes first.
 */
public final class MarkdownDiff {
  private MarkdownDiff() {}

  public static void print(SetDiff diff, PrintStream out) {
    out.println("### Rolebook: permission changes");
    out.println();
    out.println("`" + code(diff.base().label()) + "` → `" + code(diff.head().label()) + "` (policy set "
        + TextDiff.side(diff.base()) + " → " + TextDiff.side(diff.head()) + ")");
    out.println();
    out.println("**" + escape(Verdict.of(diff)) + "**");
    List<UnitDiff> changed = diff.units().stream().filter(u -> u.status() != UnitDiff.Status.UNCHANGED).toList();
    if (changed.isEmpty()) {
      return;
    }
    out.println();
    out.println("| policy | widening | narrowing | neutral | risk | size (as written) |");
    out.println("|---|---:|---:|---:|---|---|");
    for (UnitDiff u : changed) {
      out.println(String.format(Locale.ROOT, "| %s%s | %d | %d | %d | %s | %s |", escape(u.name()), note(u),
          u.count(Direction.WIDENING), u.count(Direction.NARROWING), u.count(Direction.NEUTRAL),
          u.risk() == Risk.NONE ? "-" : u.risk().label(),
          Sizes.figure(u.before(), UnitDiff.Size::asWritten) + " → " + Sizes.figure(u.after(), UnitDiff.Size::asWritten)
              + " of " + u.after().or(u::before).map(s -> String.format(Locale.ROOT, "%,d", s.limit())).orElse("?")));
    }
    out.println();
    out.println("<details open><summary>Details</summary>");
    for (UnitDiff u : changed) {
      out.println();
      out.println("#### " + escape(u.name()) + " (" + escape(u.kind()) + ")");
      out.println();
      if (u.changes().isEmpty()) {
        out.println("No change in permissions.");
      }
      for (Direction d : List.of(Direction.WIDENING, Direction.NARROWING, Direction.NEUTRAL)) {
        for (Change c : u.changes()) {
          if (c.direction() == d) {
            out.println("- **" + d.label() + "**" + (c.risk() == Risk.NONE ? "" : " (" + c.risk().label() + " risk)") + " "
                + (c.statement().isEmpty() ? "" : "`" + code(c.statement()) + "`: ") + escape(c.summary())
                + c.head().or(c::base).map(w -> " (" + "`" + code(w.toString()) + "`)").orElse(""));
          }
        }
      }
      if (u.sizeChanged()) {
        out.println();
        out.println("Size" + (u.kind().startsWith("variant of ") ? " joined to " + escape(u.kind().substring(11)) : "") + ": "
            + Sizes.text(u.before(), u.after()) + ".");
      }
    }
    out.println();
    out.println("</details>");
    out.println();
    out.println("<sub>" + escape(diff.actions()) + "</sub>");
  }

  private static String note(UnitDiff u) {
    return switch (u.status()) {
      case ADDED -> " (new)";
      case REMOVED -> " (removed)";
      default -> "";
    };
  }

  /** Markdown text: characters that would start markup or break a table cell are escaped. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>|~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Inside a code span only the backtick needs care. */
  private static String code(String text) {
    return text.replace('`', '\'');
  }
}
