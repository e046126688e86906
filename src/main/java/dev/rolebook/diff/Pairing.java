package dev.rolebook.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the statements of two revisions of a policy, never by position: equal Sids first; then
 * equal content (so a Sid rename alone pairs); then, greedily, the pairs sharing the most values —
 * among statements without a Sid any overlap will do, statements with different Sids need to share
 * at least half of the smaller one's values. Ties are broken by content, so pairing A with B pairs
 * the same statements as pairing B with A.
 */
final class Pairing {
  private Pairing() {}

  record Pair(StatementView base, StatementView head) {}

  static List<Pair> pair(List<StatementView> base, List<StatementView> head) {
    List<Pair> out = new ArrayList<>();
    List<StatementView> b = new ArrayList<>(base);
    List<StatementView> h = new ArrayList<>(head);
    for (StatementView x : base) {
      if (x.sid().isEmpty()) {
        continue;
      }
      for (StatementView y : h) {
        if (y.sid().equals(x.sid())) {
          out.add(new Pair(x, y));
          b.remove(x);
          h.remove(y);
          break;
        }
      }
    }
    for (StatementView x : List.copyOf(b)) {
      for (StatementView y : h) {
        if (x.content().equals(y.content())) {
          out.add(new Pair(x, y));
          b.remove(x);
          h.remove(y);
          break;
        }
      }
    }
    record Score(StatementView x, StatementView y, int shared, String tie) {}
    List<Score> scores = new ArrayList<>();
    for (StatementView x : b) {
      for (StatementView y : h) {
        int shared = x.shared(y);
        boolean bothUnnamed = x.sid().isEmpty() && y.sid().isEmpty();
        if (shared > 0 && (bothUnnamed || 2 * shared >= Math.min(x.size(), y.size()))) {
          String cx = x.content();
          String cy = y.content();
          scores.add(new Score(x, y, shared, cx.compareTo(cy) <= 0 ? cx + "\0" + cy : cy + "\0" + cx));
        }
      }
    }
    scores.sort(Comparator.comparingInt(Score::shared).reversed().thenComparing(Score::tie));
    for (Score s : scores) {
      if (b.contains(s.x()) && h.contains(s.y())) {
        out.add(new Pair(s.x(), s.y()));
        b.remove(s.x());
        h.remove(s.y());
      }
    }
    return out;
  }
}
