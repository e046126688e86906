package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} started as users start it (a class path of jars only, default JVM flags): the first
 * run relaunches, renders and leaves an archive; the second uses it; after the jar changes a new one
 * replaces it; a stale archive under the current name is ignored. Every run's site is byte-identical
 * and standard output holds exactly what render prints, nothing from the JVM. {@code check --format
 * json} stays valid JSON beside a stale archive.
 */
class FastStartRenderTest {
  @TempDir Path temp;

  record Result(int code, String out, String err) {}

  @Test
  void renderCreatesThenUsesTheArchiveWithIdenticalSitesAndCleanStandardOutput() throws Exception {
    Path jar = temp.resolve("rolebook-test.jar");
    ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
    assertEquals(0, tool.run(System.out, System.err, "--create", "--file", jar.toString(), "-C", "target/classes", "."));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
    List<String> cp = new ArrayList<>(List.of(jar.toString()));
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (e.endsWith(".jar")) {
        cp.add(e);
      }
    }
    String classPath = String.join(File.pathSeparator, cp);
    Path cds = temp.resolve("cds");
    Path site = temp.resolve("site");

    Result first = run(classPath, cds, "render", "--out", site.toString());
    assertEquals(0, first.code(), first.err());
    List<Path> archives = archives(cds);
    assertEquals(1, archives.size(), "the first run leaves one archive: " + archives);
    assertTrue(ClassDataArchive.whole(archives.get(0)));
    Path firstSite = copy(site, temp.resolve("site-1"));

    Result second = run(classPath, cds, "render", "--out", site.toString());
    assertEquals(0, second.code(), second.err());
    assertEquals(first.out(), second.out());
    assertEquals(archives, archives(cds), "the second run uses the archive, it does not make another");
    assertSameTree(firstSite, site);

    String reference = expectedRenderOutput(classPath, site);
    assertEquals(reference, first.out(), "standard output is render's own, nothing from the JVM");

    // The jar changes: its archive is stale and a new one replaces it.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_800_000_000_000L));
    Path stale = archives.get(0);
    Path staleCopy = Files.copy(stale, temp.resolve("stale.jsa"));
    Result third = run(classPath, cds, "render", "--out", site.toString());
    assertEquals(0, third.code(), third.err());
    assertEquals(reference, third.out());
    List<Path> rebuilt = archives(cds);
    assertEquals(1, rebuilt.size());
    assertFalse(rebuilt.contains(stale), "stale archive removed");
    assertSameTree(firstSite, site);

    // An archive made for the old jar, under the current name (its length in the name matches).
    String name = rebuilt.get(0).getFileName().toString();
    Path planted = cds.resolve(name.substring(0, name.lastIndexOf('-') + 1) + Files.size(staleCopy) + ".jsa");
    Files.delete(rebuilt.get(0));
    Files.move(staleCopy, planted);
    Result fourth = run(classPath, cds, "render", "--out", site.toString());
    assertEquals(0, fourth.code(), fourth.err());
    assertEquals(reference, fourth.out(), "the JVM's complaint about the stale archive stays off standard output");
    assertSameTree(firstSite, site);

    Result check = run(classPath, cds, "check", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(check.out());
    assertTrue(json.has("diagnostics"), check.out());
  }

  /** What render prints when run in one JVM with default flags (no relaunch, no archive). */
  private String expectedRenderOutput(String classPath, Path site) throws Exception {
    ProcessBuilder pb = command(classPath, temp.resolve("no-cds"), "render", "--out", site.toString());
    pb.environment().put("ROLEBOOK_NO_RELAUNCH", "1");
    Result reference = execute(pb);
    assertEquals(0, reference.code(), reference.err());
    assertFalse(Files.exists(temp.resolve("no-cds")), "no relaunch, no archive");
    return reference.out();
  }

  private Result run(String classPath, Path cds, String... args) throws Exception {
    return execute(command(classPath, cds, args));
  }

  private ProcessBuilder command(String classPath, Path cds, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Drolebook.cds.dir=" + cds, "-cp", classPath, "dev.rolebook.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("ROLEBOOK_NO_RELAUNCH");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    return pb;
  }

  private Result execute(ProcessBuilder pb) throws Exception {
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    return new Result(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static List<Path> archives(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }

  private static void assertSameTree(Path expected, Path actual) throws IOException {
    List<String> want;
    List<String> got;
    try (Stream<Path> a = Files.walk(expected); Stream<Path> b = Files.walk(actual)) {
      want = a.filter(Files::isRegularFile).map(p -> expected.relativize(p).toString()).sorted().toList();
      got = b.filter(Files::isRegularFile).map(p -> actual.relativize(p).toString()).sorted().toList();
    }
    assertEquals(want, got);
    for (String f : want) {
      assertEquals(-1L, Files.mismatch(expected.resolve(f), actual.resolve(f)), f);
    }
  }
}
