package dev.rolebook.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every grant of one side of the diff that a policy's grants are judged against: the policy itself
 * and the policies always attached beside it to the same role (IAM unions them, so a statement
 * moved from one to the other grants nothing new). Indexed by literal action so that a catalog
 * expansion of thousands of actions stays fast.
 */
final class Pool {
  private final Map<String, List<Grant>> byAction = new HashMap<>();
  private final List<Grant> patterned = new ArrayList<>();

  Pool(List<Grant> grants) {
    for (Grant g : grants) {
      if (!g.action().not() && !Patterns.hasWildcard(g.action().pattern())) {
        byAction.computeIfAbsent(g.action().pattern(), k -> new ArrayList<>()).add(g);
      } else {
        patterned.add(g);
      }
    }
  }

  /** A grant of this pool that applies wherever {@code g} does, if any. */
  Optional<Grant> covering(Grant g) {
    if (!g.action().not() && !Patterns.hasWildcard(g.action().pattern())) {
      for (Grant c : byAction.getOrDefault(g.action().pattern(), List.of())) {
        if (c.covers(g)) {
          return Optional.of(c);
        }
      }
    } else {
      for (List<Grant> list : byAction.values()) {
        for (Grant c : list) {
          if (c.covers(g)) {
            return Optional.of(c);
          }
        }
      }
    }
    for (Grant c : patterned) {
      if (c.covers(g)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
