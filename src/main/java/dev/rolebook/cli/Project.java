package dev.rolebook.cli;

import dev.rolebook.load.ProjectLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves and validates {@code --project DIR}: it must exist and hold policies/. */
final class Project {
  private Project() {}

  static Path resolve(Args args) throws UsageException {
    String given = args.get("project", ".");
    Path dir = Path.of(given).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new UsageException("project directory '" + given + "' does not exist");
    }
    if (!Files.isDirectory(dir.resolve(ProjectLoader.POLICIES_DIR))) {
      throw new UsageException("'" + given + "' has no policies/ directory; pass --project with a Rolebook project");
    }
    return dir;
  }
}
