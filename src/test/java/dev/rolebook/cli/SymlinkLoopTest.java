package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.testing.TestProjects;
import java.io.IOException;
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

  @Test
  void renderAndDriftIgnoreALoopUnderSrcDocs() throws IOException {
    Path project = TestProjects.copyOfThisProject(temp.resolve("project"));
    Path docs = project.resolve("src/docs");
    Files.createSymbolicLink(docs.resolve("loop"), Path.of("."));
    Files.createSymbolicLink(docs.resolve("up"), Path.of("../docs"));

    Run drift = Run.of("drift", "--project", project.toString());
    assertEquals(0, drift.code(), drift.printed());
    assertTrue(drift.printed().contains("drift: source drift: scanned 1 AsciiDoc file in src/docs/"), drift.printed());

    Run render = Run.of("render", "--project", project.toString(), "--out", temp.resolve("site").toString());
    assertEquals(0, render.code(), render.printed());
    for (Run r : new Run[] {drift, render}) {
      assertFalse(r.printed().contains("Exception") || r.printed().contains("\tat "), r.printed());
    }
  }
}
