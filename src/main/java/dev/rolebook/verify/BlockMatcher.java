package dev.rolebook.verify;

import dev.rolebook.verify.Side.Located;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the document an unmarked block stands for. A policy block: the candidate whose Sids
 * overlap the block's most (Jaccard, so the Application policy without ECS beats Application +
 * ecs when the block has no ECS statement); without Sids, or when no Sid overlaps, the candidate
 * sharing the most values (Principal, Action…). A lone statement: the document holding a
 * statement with its Sid, else the most similar statement. Matching by content needs a minimum
 * likeness, so a policy of some other set that happens to share "Resource": "*" matches nothing.
 */
final class BlockMatcher {
  /** Likeness a block without Sids needs to stand for a document or statement. */
  static final double WITHOUT_SID = 0.25;
  /** Likeness a block whose Sids match nothing needs: it was probably renamed, so ask more. */
  static final double UNKNOWN_SID = 0.5;

  private BlockMatcher() {}

  static Optional<Side> match(Block block, Expectations expectations) {
    if (block.shape() == Shape.STATEMENT) {
      return statement(BlockCheck.statement(block), expectations);
    }
    Side shown = Side.of("", block.parsed().root(), block.locator());
    Set<String> sids = new HashSet<>(shown.sids());
    if (!sids.isEmpty()) {
      Optional<Side> bySid = best(expectations.candidates(), c -> jaccard(sids, new HashSet<>(c.sids())), 0);
      if (bySid.isPresent()) {
        return bySid;
      }
    }
    Set<String> values = values(shown);
    return best(expectations.candidates(), c -> jaccard(values, values(c)), sids.isEmpty() ? WITHOUT_SID : UNKNOWN_SID);
  }

  /** The candidate scoring highest, above {@code floor}; the first of equals (manifest order). */
  private static Optional<Side> best(List<Side> candidates, java.util.function.ToDoubleFunction<Side> score, double floor) {
    Side best = null;
    double bestScore = floor;
    for (Side c : candidates) {
      double s = score.applyAsDouble(c);
      if (s > bestScore || (best == null && s > 0 && s >= floor)) {
        best = c;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Side> statement(Located shown, Expectations expectations) {
    List<Side> documents = expectations.names().stream()
        .map(n -> expectations.resolve(n, List.of(), "").side())
        .flatMap(Optional::stream)
        .toList();
    if (!shown.sid().isEmpty()) {
      for (Side d : documents) {
        if (d.sids().contains(shown.sid())) {
          return Optional.of(d);
        }
      }
    }
    Facts facts = shown.facts();
    double floor = shown.sid().isEmpty() ? WITHOUT_SID : UNKNOWN_SID;
    return best(documents, d -> d.statements().stream().mapToDouble(s -> facts.similarity(s.facts())).max().orElse(0), floor);
  }

  /** Every element value of every statement, Effect and Sid aside. */
  private static Set<String> values(Side side) {
    Set<String> out = new HashSet<>();
    for (Located s : side.statements()) {
      s.facts().values.forEach((element, values) -> {
        if (!element.equals("Effect") && !element.equals("Sid")) {
          values.keySet().forEach(v -> out.add(element + "\u0000" + v));
        }
      });
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / (a.size() + b.size() - both.size());
  }
}
