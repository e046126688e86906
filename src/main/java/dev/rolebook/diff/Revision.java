package dev.rolebook.diff;

import dev.rolebook.check.CheckResult;
import dev.rolebook.model.PolicySet;

/** One loaded side of a diff: what to call it, its policy set and the check of it (sizes, hash). */
public record Revision(String label, PolicySet set, CheckResult check) {

  SetDiff.Side side() {
    return new SetDiff.Side(label, set.manifest().version(), check.hash());
  }
}
