package dev.rolebook.diff;

import java.util.Locale;

/** The one-line conclusion every format ends with: counts, and the version bump the change needs. */
final class Verdict {
  private Verdict() {}

  static String of(SetDiff diff) {
    if (diff.direction().isEmpty()) {
      return "no change in permissions (the policy set is the same)";
    }
    String counts = String.format(Locale.ROOT, "%d widening, %d narrowing, %d neutral",
        diff.count(Direction.WIDENING), diff.count(Direction.NARROWING), diff.count(Direction.NEUTRAL));
    String lead = diff.permissionsUnchanged() ? "no change in permissions (" + counts + ")" : counts + "; highest risk " + diff.risk().label();
    Direction d = diff.direction().get();
    return lead + "; " + bump(d) + diff.requiredVersion().map(v -> ": " + diff.base().version() + " → " + v).orElse("");
  }

  static String bump(Direction d) {
    return switch (d) {
      case NARROWING -> "a major version (narrowing can break deployments)";
      case WIDENING -> "a minor version (widening grants more)";
      case NEUTRAL -> "a patch version (nothing IAM evaluates changed)";
    };
  }
}
