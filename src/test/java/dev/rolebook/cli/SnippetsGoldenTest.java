package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rolebook.publish.BundleWriter;
import dev.rolebook.testing.Projects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for every snippet format, discovered from {@code golden/snippets/<format>/<case>/}
 * ({@code args}, optionally {@code project}: another project than this repository's).
 * With {@code -Dgolden.update=true} the expected files are rewritten and the test fails.
 */
class SnippetsGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden/snippets");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      cases = walk.filter(p -> p.getFileName().toString().equals("args")).map(Path::getParent).sorted().toList();
    }
    if (cases.size() < 4) {
      fail("expected golden cases for every format under " + ROOT + ", found " + cases);
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString().replace('\\', '/'), () -> run(c)));
  }

  private void run(Path caseDir) throws IOException {
    String format = caseDir.getParent().getFileName().toString();
    List<String> args = new ArrayList<>(List.of("snippets"));
    args.addAll(Files.readAllLines(caseDir.resolve("args")).stream().filter(l -> !l.isBlank()).toList());
    Path out = tmp.resolve(caseDir.getFileName().toString() + "-" + format);
    // A case may name another project (a path from the repository root) in a file "project".
    Path project = Files.exists(caseDir.resolve("project"))
        ? Path.of(Files.readString(caseDir.resolve("project")).strip()) : Projects.SELF;
    args.addAll(List.of("--format", format, "--out", out.toString(), "--project", project.toString()));
    String[] r = CheckTargetsTest.runWithCode(args.toArray(String[]::new));
    assertEquals("0", r[0], r[2]);
    Map<String, String> actual = tree(out);
    actual.remove(BundleWriter.MARKER);
    Path expectedDir = caseDir.resolve("expected");
    if (UPDATE) {
      if (Files.exists(expectedDir)) {
        try (Stream<Path> walk = Files.walk(expectedDir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path p = expectedDir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
      fail("golden files rewritten in " + expectedDir + "; review the diff and run again without -Dgolden.update");
    }
    Map<String, String> expected = tree(expectedDir);
    assertEquals(expected.keySet(), actual.keySet(), "files written for " + caseDir);
    for (String name : expected.keySet()) {
      assertEquals(expected.get(name), actual.get(name), name + " in " + caseDir);
    }
  }

  private static Map<String, String> tree(Path dir) {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p).replace("\r\n", "\n"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
