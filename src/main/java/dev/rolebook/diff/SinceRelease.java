package dev.rolebook.diff;

import dev.rolebook.model.Releases.Release;
import dev.rolebook.model.SemVer;
import java.util.Optional;

/**
 * What changed since a recorded release: the diff from the policies that release's hash stands for
 * (found in git history) to the current ones, and so the version the current policies need.
 *
 * @param diff empty when the release's policies are not in reach (no git, a shallow clone…)
 */
record SinceRelease(Release release, Optional<SetDiff> diff) {

  static SinceRelease of(Release release, Revision current, SetDiffer differ) {
    if (current.check().hash().equals(Optional.of(release.sha256()))) {
      return new SinceRelease(release, Optional.of(differ.diff(current, current)));
    }
    Optional<Revision> then = GitHistory.find(current.set().projectDir(), release.sha256(), "release " + release.version());
    return new SinceRelease(release, then.map(r -> differ.diff(r, current)));
  }

  /** The smallest version the current policies may carry; empty when it cannot be told. */
  Optional<SemVer> required() {
    Optional<SemVer> from = release.semver();
    if (from.isEmpty() || diff.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(diff.get().direction().map(d -> from.get().bump(d.bump())).orElse(from.get()));
  }

  /** "widening (2 widening, 0 narrowing, 1 neutral)", or why it is not known. */
  String kind() {
    if (diff.isEmpty()) {
      return "of a kind that cannot be told: the " + release.version() + " policies (sha256:" + release.sha256().substring(0, 12)
          + "…) are not in this repository's git history";
    }
    SetDiff d = diff.get();
    return d.direction().map(Direction::label).orElse("none") + " (" + d.count(Direction.WIDENING) + " widening, "
        + d.count(Direction.NARROWING) + " narrowing, " + d.count(Direction.NEUTRAL) + " neutral)";
  }
}
