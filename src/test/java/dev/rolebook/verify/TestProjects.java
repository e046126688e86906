package dev.rolebook.verify;

import dev.rolebook.load.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Throw-away projects holding a copy of this project's policies/ plus whatever a test writes. */
final class TestProjects {
  static final Path PROJECT = Path.of("").toAbsolutePath();

  private TestProjects() {}

  static Path copyPolicies(Path dir) throws IOException {
    Path target = dir.resolve("policies");
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(PROJECT.resolve("policies"))) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  static void write(Path dir, String relative, String text) {
    try {
      Path p = dir.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DriftResult drift(Path dir) {
    return Drift.run(new ProjectLoader().load(dir), Drift.Options.defaults(dir));
  }

  /** "file:line:col CODE message" per diagnostic, in report order. */
  static List<String> lines(DriftResult r) {
    return r.diagnostics().stream().map(d -> d.location() + " " + d.code() + " " + d.message()).toList();
  }
}
