package dev.rolebook.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rolebook.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Realistic edits of the ABCA set (see {@link DiffFixtures}) diffed through the command line:
 * {@code expected.txt} is the text report and exit code with {@code --fail-on widening};
 * {@code expected.md}, when present, the Markdown report. {@code -Dgolden.update=true} rewrites
 * them and fails the run.
 */
class DiffGoldenTest {
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> goldens() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(DiffFixtures.ROOT)) {
      cases = s.filter(d -> Files.isRegularFile(d.resolve("edits.json"))).sorted().toList();
    }
    assertTrue(cases.size() >= 8, "diff golden cases found: " + cases.size());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private void check(Path dir) throws IOException {
    Path work = Files.createDirectories(tmp.resolve(dir.getFileName().toString()));
    DiffFixtures.build(dir, work);
    String text = run(work, "--fail-on", "widening");
    if (Files.exists(dir.resolve("expected.md"))) {
      String markdown = run(work, "--format", "markdown");
      if (UPDATE) {
        Files.writeString(dir.resolve("expected.md"), markdown, StandardCharsets.UTF_8);
      }
      compare(dir.resolve("expected.md"), markdown);
    }
    compare(dir.resolve("expected.txt"), text);
  }

  static String run(Path work, String... extra) {
    String[] args = Stream.concat(Stream.of("diff", "--project", work.resolve("head").toString(),
        work.resolve("base").toString(), work.resolve("head").toString()), Stream.of(extra)).toArray(String[]::new);
    return runRaw(args).replace(work.resolve("base").toString(), "BASE").replace(work.resolve("head").toString(), "HEAD");
  }

  /** Output then "exit N". */
  static String runRaw(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int code = Main.run(args, ps, ps);
    return sink.toString(StandardCharsets.UTF_8) + "exit " + code + "\n";
  }

  private static void compare(Path expectedFile, String actual) throws IOException {
    if (UPDATE && expectedFile.getFileName().toString().equals("expected.txt")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      fail("rewrote " + expectedFile + "; run again without -Dgolden.update=true");
    }
    if (!Files.exists(expectedFile)) {
      fail("missing " + expectedFile + "; create it with -Dgolden.update=true and review it");
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n"), actual,
        expectedFile.getParent().getFileName().toString());
  }
}
