package dev.rolebook.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy set's version, MAJOR.MINOR.PATCH. Consumers read it as semantic versioning for
 * permissions: a narrowing can break a deployment (major), a widening grants more (minor), a change
 * IAM does not evaluate differently is a patch.
 */
public record SemVer(int major, int minor, int patch) implements Comparable<SemVer> {
  /** Digits without leading zeros, as semver.org requires; no pre-release or build suffix. */
  public static final Pattern PATTERN = Pattern.compile("^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$");

  public static Optional<SemVer> parse(String text) {
    Matcher m = PATTERN.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
  }

  /** The part a change bumps. */
  public enum Part { MAJOR, MINOR, PATCH }

  public SemVer bump(Part part) {
    return switch (part) {
      case MAJOR -> new SemVer(major + 1, 0, 0);
      case MINOR -> new SemVer(major, minor + 1, 0);
      case PATCH -> new SemVer(major, minor, patch + 1);
    };
  }

  /** The largest part in which {@code newer} moved ahead of this version; empty when it did not. */
  public Optional<Part> bumpTo(SemVer newer) {
    if (newer.compareTo(this) <= 0) {
      return Optional.empty();
    }
    if (newer.major != major) {
      return Optional.of(Part.MAJOR);
    }
    return Optional.of(newer.minor != minor ? Part.MINOR : Part.PATCH);
  }

  @Override
  public int compareTo(SemVer o) {
    if (major != o.major) {
      return Integer.compare(major, o.major);
    }
    return minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
