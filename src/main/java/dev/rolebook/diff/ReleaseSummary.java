package dev.rolebook.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The permission summary a release record keeps and the guide's history shows: the counts, then the
 * widening and narrowing changes in a few words each.
 */
final class ReleaseSummary {
  /** Changes named before "and N more". */
  static final int NAMED = 4;

  private ReleaseSummary() {}

  static String of(SetDiff diff, String since) {
    if (diff.direction().isEmpty()) {
      return "No change since " + since + ".";
    }
    String counts = String.format(Locale.ROOT, "%d widening, %d narrowing, %d neutral since %s",
        diff.count(Direction.WIDENING), diff.count(Direction.NARROWING), diff.count(Direction.NEUTRAL), since);
    List<String> named = new ArrayList<>();
    for (Direction d : List.of(Direction.NARROWING, Direction.WIDENING)) {
      for (Change c : diff.changes()) {
        if (c.direction() == d) {
          named.add(d.label() + ": " + c.unit() + (c.statement().isEmpty() ? "" : " › " + c.statement()) + " " + brief(c));
        }
      }
    }
    if (named.isEmpty()) {
      return counts + "; no change in permissions.";
    }
    String shown = String.join("; ", named.subList(0, Math.min(NAMED, named.size())));
    return counts + ". " + shown + (named.size() > NAMED ? "; and " + (named.size() - NAMED) + " more" : "") + ".";
  }

  /** The change's summary without the wildcard expansion lists, which belong in the full diff. */
  private static String brief(Change c) {
    String s = c.summary();
    int paren = s.indexOf(" (");
    return paren > 0 && s.endsWith(")") ? s.substring(0, paren) : s;
  }
}
