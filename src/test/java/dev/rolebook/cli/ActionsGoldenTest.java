package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code rolebook actions} golden cases from {@code golden/actions/<case>/}: {@code args} (one
 * argument a line, {@code FIXTURE} standing for the hand-made catalog package) and {@code
 * expected.txt} (exit code, stdout, stderr). {@code -Dgolden.update=true} rewrites them and fails.
 * Cases on the bundled snapshot change when the snapshot is refreshed: review, then update.
 */
class ActionsGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden/actions");
  private static final Path FIXTURE = Path.of("src/test/resources/catalog/fixture-package");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> goldenCases() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(ROOT)) {
      cases = list.filter(p -> Files.exists(p.resolve("args"))).sorted().toList();
    }
    if (cases.size() < 5) {
      fail("expected the actions golden cases under " + ROOT + ", found " + cases);
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private static void run(Path caseDir) throws IOException {
    List<String> args = new ArrayList<>(List.of("actions"));
    for (String line : Files.readAllLines(caseDir.resolve("args"))) {
      if (!line.isBlank()) {
        args.add(line.equals("FIXTURE") ? FIXTURE.toString() : line);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String actual = "exit " + code + "\n--- stdout\n" + out.toString(StandardCharsets.UTF_8)
        + "--- stderr\n" + err.toString(StandardCharsets.UTF_8);
    Path expected = caseDir.resolve("expected.txt");
    if (UPDATE) {
      Files.writeString(expected, actual);
      fail("rewrote " + expected + "; review it and run again without -Dgolden.update");
    }
    assertEquals(Files.readString(expected).replace("\r\n", "\n"), actual, caseDir.toString());
  }
}
