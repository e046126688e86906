package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under src/test/resources/golden/ is a case: {@code input.adoc} rendered against the
 * fixture project's policies must give {@code expected.html} (line endings normalised) and log nothing.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files; the run then fails, so the
 * switch can never stay on unnoticed.
 */
class GoldenTest {
  static final Path GOLDEN = SharedRenderer.PROJECT.resolve("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(GOLDEN)) {
      // A case is a folder with input.adoc (golden/snippets/ belongs to the snippet formats).
      cases = s.filter(d -> Files.isRegularFile(d.resolve("input.adoc"))).sorted().toList();
    }
    assertTrue(cases.size() >= 10, "golden cases found: " + cases.size());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    String input = normalise(Files.readString(dir.resolve("input.adoc"), StandardCharsets.UTF_8));
    Renderer.Page page = SharedRenderer.renderFixture(input, "src/test/resources/golden/" + dir.getFileName() + "/input.adoc");
    assertEquals(List.of(), page.messages(), "messages while rendering " + dir.getFileName());
    String actual = normalise(page.body()) + "\n";
    Path expectedFile = dir.resolve("expected.html");
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      fail("rewrote " + GOLDEN.relativize(expectedFile) + "; run again without -Dgolden.update=true");
    }
    if (!Files.exists(expectedFile)) {
      fail("missing " + GOLDEN.relativize(expectedFile) + "; create it with -Dgolden.update=true and review it");
    }
    assertEquals(normalise(Files.readString(expectedFile, StandardCharsets.UTF_8)), actual, dir.getFileName().toString());
  }

  private static String normalise(String s) {
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
