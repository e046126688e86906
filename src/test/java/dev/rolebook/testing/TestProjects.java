package dev.rolebook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Builds throw-away projects for tests from folders under src/test/resources. */
public final class TestProjects {
  private TestProjects() {}

  /** Copies {@code base}, then the files of {@code overlay} over it, then removes what overlay/REMOVE lists. */
  public static Path overlay(Path base, Path overlay, Path into) throws IOException {
    copyTree(base, into);
    copyTree(overlay, into);
    Path remove = into.resolve("REMOVE");
    if (Files.exists(remove)) {
      for (String line : Files.readAllLines(remove)) {
        if (!line.isBlank()) {
          Files.deleteIfExists(into.resolve(line.trim()));
        }
      }
      Files.delete(remove);
    }
    Files.deleteIfExists(into.resolve("expected.txt"));
    return into;
  }

  /** A copy of this repository's own project files (policies/, src/docs/, site/) in {@code into}. */
  public static Path copyOfThisProject(Path into) throws IOException {
    for (String dir : new String[] {"policies", "src/docs", "site"}) {
      if (Files.isDirectory(Path.of(dir))) {
        copyTree(Path.of(dir), into.resolve(dir));
      }
    }
    return into;
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          // Copied as a link, so a case can hold a symlink loop.
          Files.createDirectories(target.getParent());
          Files.createSymbolicLink(target, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
