package dev.rolebook.diff;

import java.util.List;
import java.util.Optional;

/**
 * The changes in one policy, variant or optional policy.
 *
 * @param name the policy or variant name
 * @param kind what it is, for headings: "managed policy", "trust policy", "variant of X", …
 * @param status whether it exists on both sides
 * @param changes every change, in statement order of the head side (removed statements last)
 * @param before its size on the base side, when it exists there
 * @param after its size on the head side, when it exists there
 */
public record UnitDiff(String name, String kind, Status status, List<Change> changes,
    Optional<Size> before, Optional<Size> after) {

  public UnitDiff {
    changes = List.copyOf(changes);
  }

  public enum Status { ADDED, REMOVED, CHANGED, UNCHANGED }

  /**
   * Characters as IAM counts them, as written and in the worst case, against the limit that
   * applies (a variant is measured joined to the policy it extends).
   */
  public record Size(int asWritten, int worstCase, int limit) {}

  public long count(Direction d) {
    return changes.stream().filter(c -> c.direction() == d).count();
  }

  public Risk risk() {
    return changes.stream().map(Change::risk).reduce(Risk.NONE, Risk::max);
  }

  public boolean sizeChanged() {
    return !before.equals(after);
  }
}
