package dev.rolebook.verify;

import dev.rolebook.verify.Side.Located;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the document an unmarked block stands for. A policy block: the candidate whose Sids
 * overlap the block's most (Jaccard, so the Application policy without ECS beats Application +
 * ecs when the block has no ECS statement); without Sids, the candidate sharing the most values
 * (Principal, Action…). A lone statement: the document holding a statement with its Sid, else the
 * statement sharing the most values.
 */
final class BlockMatcher {
  private BlockMatcher() {}

  static Optional<Side> match(Block block, Expectations expectations) {
    if (block.shape() == Shape.STATEMENT) {
      return statement(BlockCheck.statement(block), expectations);
    }
    Side shown = Side.of("", block.parsed().root(), block.locator());
    Set<String> sids = new HashSet<>(shown.sids());
    Side best = null;
    double bestScore = 0;
    for (Side c : expectations.candidates()) {
      double score = sids.isEmpty() ? jaccard(values(shown), values(c)) : jaccard(sids, new HashSet<>(c.sids()));
      if (score > bestScore) {
        best = c;
        bestScore = score;
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
    Side best = null;
    int bestShared = 0;
    for (Side d : documents) {
      for (Located s : d.statements()) {
        int shared = facts.shared(s.facts());
        if (shared > bestShared) {
          best = d;
          bestShared = shared;
        }
      }
    }
    return Optional.ofNullable(best);
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
