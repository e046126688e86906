package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.check.SetHash;
import dev.rolebook.testing.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command ever writes into policies/, src/docs/ or site/: every file's SHA-256 (and the list of
 * files) is the same before and after running each command on a copy of this project, including
 * commands that fail and commands pointed at those directories.
 */
class ReadOnlySourcesTest {
  @TempDir Path temp;

  @Test
  void everyCommandLeavesTheSourcesAlone() throws IOException {
    Path project = TestProjects.copyOfThisProject(temp.resolve("project"));
    Map<String, String> before = checksums(project);
    String p = project.toString();
    String[][] commands = {
      {"check", "--project", p},
      {"check", "--project", p, "--format", "sarif"},
      {"render", "--project", p, "--out", temp.resolve("site").toString()},
      {"render", "--project", p, "--out", project.resolve("policies").toString()},
      {"render", "--project", p, "--out", project.resolve("src/docs").toString()},
      {"drift", "--project", p},
      {"drift", "--project", p, "--site", temp.resolve("site").toString(), "--format", "json"},
      {"drift", "--project", p, "--against", project.resolve("src/docs/guide.adoc").toString()},
      {"snippets", "--project", p, "--account", "111122223333", "--region", "eu-west-1", "--out", temp.resolve("bundle").toString()},
      {"snippets", "--project", p, "--target", "example-govcloud", "--out", project.resolve("policies").toString()},
      {"snippets", "--project", p, "--account", "111122223333", "--region", "eu-west-1", "--out", project.resolve("src/docs").toString()},
      {"snippets", "--project", p, "--account", "1", "--region", "eu-west-1", "--format", "json"},
      {"diff", "--project", p, p},
      {"diff", "--project", p, p, p, "--format", "sarif"},
      // release writes only a new version; this one is recorded with this hash already.
      {"release", "--project", p},
    };
    for (String[] args : commands) {
      Run run = Run.of(args);
      assertEquals(before, checksums(project), "after: rolebook " + String.join(" ", args) + "\n" + run.printed());
    }
  }

  private static Map<String, String> checksums(Path project) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    for (String dir : new String[] {"policies", "src/docs", "site"}) {
      try (Stream<Path> files = Files.walk(project.resolve(dir))) {
        for (Path f : files.sorted().toList()) {
          String key = project.relativize(f).toString();
          sums.put(key, Files.isDirectory(f) ? "dir" : SetHash.sha256(Files.readString(f, StandardCharsets.ISO_8859_1)));
        }
      }
    }
    return sums;
  }
}
