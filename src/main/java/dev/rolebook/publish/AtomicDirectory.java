package dev.rolebook.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Replacing a whole output directory so that readers see the old one or the new one, never half
 * of either: build into {@link #fresh} beside the target, then {@link #replace}. The site and the
 * snippet bundles both publish this way.
 */
public final class AtomicDirectory {
  private AtomicDirectory() {}

  /** An empty, world-readable directory next to {@code target}, on the same file system. */
  public static Path fresh(Path target) throws IOException {
    Path parent = Files.createDirectories(target.toAbsolutePath().normalize().getParent());
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    // Temporary directories start private (0700); published output should read like any other.
    try {
      Files.setPosixFilePermissions(fresh, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the default permissions apply.
    }
    return fresh;
  }

  /** Moves {@code fresh} into {@code target}'s place; the previous target is removed afterwards. */
  public static void replace(Path fresh, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    move(fresh, target);
    if (old != null) {
      delete(old);
    }
  }

  /** Deletes a directory tree (does nothing when it is already gone). */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
