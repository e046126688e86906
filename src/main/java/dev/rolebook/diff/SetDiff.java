package dev.rolebook.diff;

import dev.rolebook.model.SemVer;
import java.util.List;
import java.util.Optional;

/**
 * What changed in permissions between two revisions of a policy set.
 *
 * @param base the base side: its label, manifest version and hash
 * @param head the head side
 * @param units one entry per policy, variant and optional policy on either side, head order first
 * @param actions how actions were compared (with the catalog, or as written)
 */
public record SetDiff(Side base, Side head, List<UnitDiff> units, String actions) {

  public SetDiff {
    units = List.copyOf(units);
  }

  /** One revision: "main (3f2a1bc)" or a directory, with its version and canonical hash. */
  public record Side(String label, String version, Optional<String> sha256) {}

  public List<Change> changes() {
    return units.stream().flatMap(u -> u.changes().stream()).toList();
  }

  public long count(Direction d) {
    return changes().stream().filter(c -> c.direction() == d).count();
  }

  /**
   * The strongest kind of change: narrowing over widening over neutral; empty when nothing changed
   * at all (same content, or only layout and order).
   */
  public Optional<Direction> direction() {
    if (count(Direction.NARROWING) > 0) {
      return Optional.of(Direction.NARROWING);
    }
    if (count(Direction.WIDENING) > 0) {
      return Optional.of(Direction.WIDENING);
    }
    boolean sameHash = base.sha256.isPresent() && base.sha256.equals(head.sha256);
    boolean anything = !changes().isEmpty() || units.stream().anyMatch(UnitDiff::sizeChanged);
    return anything || !sameHash ? Optional.of(Direction.NEUTRAL) : Optional.empty();
  }

  /** True when no permission changed (only neutral changes, or none). */
  public boolean permissionsUnchanged() {
    return count(Direction.NARROWING) == 0 && count(Direction.WIDENING) == 0;
  }

  /** The version the head needs at least, given the base's version; empty when the content is the same. */
  public Optional<SemVer> requiredVersion() {
    Optional<SemVer> from = SemVer.parse(base.version);
    if (from.isEmpty() || direction().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(from.get().bump(direction().get().bump()));
  }

  public Risk risk() {
    return units.stream().map(UnitDiff::risk).reduce(Risk.NONE, Risk::max);
  }
}
