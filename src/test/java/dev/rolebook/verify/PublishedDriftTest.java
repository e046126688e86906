package dev.rolebook.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in src/test/resources/drift/published is compared with the project's own policy set
 * as an external copy; its sibling {@code <name>.expected} holds the exact report. Run with
 * -Dgolden.update=true to rewrite the .expected files (the run then fails, so it never stays on).
 */
class PublishedDriftTest {
  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path CASES = Path.of("src/test/resources/drift/published");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportMatchesExpected(Path input) throws IOException {
    DriftResult result = Drift.run(new ProjectLoader().load(PROJECT),
        new Drift.Options(PROJECT.resolve("target/no-site"), List.of(input), TargetResolver.NONE));
    String actual = render(result);
    Path expectedFile = Path.of(input + ".expected");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      fail("rewrote " + expectedFile + "; run again without -Dgolden.update");
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(expected, actual);
  }

  /** Diagnostics without hints, then each compared block, then the count of every block found. */
  static String render(DriftResult result) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic d : result.diagnostics()) {
      lines.add(d.location() + ": " + d.severity().word() + ": " + d.code() + " " + d.message());
    }
    for (DriftResult.Shown s : result.shown()) {
      lines.add("shown " + s.where() + ": " + s.shows() + (s.inSync() ? ": in sync" : ": differs"));
    }
    lines.add("blocks: " + result.inSync() + " of " + result.blocks() + " in sync");
    return String.join("\n", lines) + "\n";
  }
}
