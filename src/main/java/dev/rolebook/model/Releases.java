package dev.rolebook.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The release records of a policy set ({@code policies/releases.json}): each version with the day
 * it was recorded, the set's canonical hash then, and what it changed in permissions. Written only
 * by {@code rolebook release}; {@code check} holds the manifest's version to them.
 *
 * @param source the file, empty when the project has none yet
 */
public record Releases(Optional<SourceFile> source, List<Release> releases) {
  public static final String FILE = "releases.json";
  public static final String SCHEMA_FILE = "releases.schema.json";

  public Releases {
    releases = List.copyOf(releases);
  }

  public static Releases none() {
    return new Releases(Optional.empty(), List.of());
  }

  /**
   * One recorded version. {@code summary} is the permission summary shown in the guide's history
   * ("2 actions added (widening), …"); {@code pointer} locates the record in the file.
   */
  public record Release(String pointer, String version, String date, String sha256, String summary) {
    public Optional<SemVer> semver() {
      return SemVer.parse(version);
    }
  }

  public Optional<Release> release(String version) {
    return releases.stream().filter(r -> r.version().equals(version)).findFirst();
  }

  /** The newest record by version (not by file order). */
  public Optional<Release> latest() {
    return newestFirst().stream().findFirst();
  }

  /** The newest record older than {@code version}. */
  public Optional<Release> before(SemVer version) {
    return newestFirst().stream().filter(r -> r.semver().orElseThrow().compareTo(version) < 0).findFirst();
  }

  /** Records with a valid version, newest first: the order the guide's history shows. */
  public List<Release> newestFirst() {
    return releases.stream()
        .filter(r -> r.semver().isPresent())
        .sorted(Comparator.comparing((Release r) -> r.semver().orElseThrow()).reversed())
        .toList();
  }
}
