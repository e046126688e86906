package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symlink loop under src/docs (made here, not kept in src/test/resources: Maven's resource copy
 * would follow it forever) neither hangs nor crashes render and drift.
 */
class SymlinkLoopTest {
  @TempDir Path temp;

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code = Main.run(args, ps, ps);
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void renderAndDriftIgnoreALoopUnderSrcDocs() throws IOException {
    Path project = TestProjects.copyOfThisProject(temp.resolve("project"));
    Path docs = project.resolve("src/docs");
    Files.createSymbolicLink(docs.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(docs.resolve("up"), Path.of("../docs"));

    String[] drift = run("drift", "--project", project.toString());
    assertEquals("0", drift[0], drift[1]);
    assertTrue(drift[1].contains("drift: source drift: scanned 1 AsciiDoc file in src/docs/"), drift[1]);

    String[] render = run("render", "--project", project.toString(), "--out", temp.resolve("site").toString());
    assertEquals("0", render[0], render[1]);
    for (String[] r : new String[][] {drift, render}) {
      assertFalse(r[1].contains("Exception") || r[1].contains("\tat "), r[1]);
    }
  }
}
