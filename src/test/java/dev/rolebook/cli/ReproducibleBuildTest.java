package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `rolebook render` runs in two separate JVMs give byte-identical sites: no timestamps, and
 * no order that depends on a JVM's hash seed (which a render twice in one JVM would not reveal).
 */
class ReproducibleBuildTest {
  @TempDir Path temp;

  @Test
  void twoRendersInTwoJvmsAreByteIdentical() throws Exception {
    Path first = render(temp.resolve("one"));
    Path second = render(temp.resolve("two"));
    List<Path> files = files(first);
    assertEquals(files.stream().map(first::relativize).toList(), files(second).stream().map(second::relativize).toList());
    for (Path f : files) {
      assertEquals(-1L, Files.mismatch(f, second.resolve(first.relativize(f).toString())), first.relativize(f).toString());
    }
  }

  private static Path render(Path out) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "dev.rolebook.cli.Main", "render", "--out", out.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("render did not finish");
    }
    assertEquals(0, p.exitValue(), "render exit code");
    return out;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
