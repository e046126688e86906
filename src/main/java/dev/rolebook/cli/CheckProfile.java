package dev.rolebook.cli;

import dev.rolebook.launch.FastLaunch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Which JVM a {@code check} gets: C1 alone suits the usual set (a cold check of the ABCA set is
 * 0.85 times the same with C2 as well), but from about a hundred policies (a quarter of a megabyte)
 * the check runs long enough for C2 to pay back, and at a thousand C1 alone takes 1.4 times as
 * long. The size of {@code policies/} decides, read before the second JVM starts.
 */
final class CheckProfile {
  /** The JSON in policies/ above which a check gets C2 too. */
  static final long LONG_CHECK_BYTES = 256 * 1024;

  private CheckProfile() {}

  static FastLaunch.Profile of(String[] args) {
    return policyBytes(project(args), LONG_CHECK_BYTES + 1) > LONG_CHECK_BYTES ? FastLaunch.Profile.LONG_CHECK
        : FastLaunch.Profile.CHECK;
  }

  /** The {@code --project} the arguments name (either form), else the current directory. */
  static Path project(String[] args) {
    Path project = Path.of(".");
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--project") && i + 1 < args.length) {
        project = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--project=")) {
        project = Path.of(args[i].substring("--project=".length()));
      }
    }
    return project;
  }

  /** Bytes of {@code .json} under the project's policies/, counted up to {@code enough}; 0 when unreadable. */
  static long policyBytes(Path project, long enough) {
    long bytes = 0;
    try (Stream<Path> files = Files.walk(project.resolve("policies"), 4)) {
      for (Iterator<Path> it = files.iterator(); it.hasNext() && bytes < enough; ) {
        Path p = it.next();
        if (p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)) {
          bytes += Files.size(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0; // the check itself reports what is wrong with the directory
    }
    return bytes;
  }
}
