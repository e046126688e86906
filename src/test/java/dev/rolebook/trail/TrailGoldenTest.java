package dev.rolebook.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolebook.cli.Main;
import dev.rolebook.testing.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail report end to end on generated CloudTrail records in all three forms, against this
 * repository's own policy set: exact text, Markdown and JSON. {@code -Dgolden.update=true}
 * rewrites the expected files and fails the run.
 */
class TrailGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/trail");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path tmp;

  /** The deployment's records split over the three forms: S3 logs, lookup-events, Lake. */
  private List<String> inputs() throws IOException {
    List<ObjectNode> all = TrailRecords.deployment();
    TrailRecords.s3Logs(tmp.resolve("logs"), all.subList(0, 10));
    Files.writeString(tmp.resolve("lookup-events.json"), TrailRecords.lookupEvents(all.subList(10, 16)));
    Files.writeString(tmp.resolve("lake-results.json"), TrailRecords.lakeResults(all.subList(16, all.size())));
    return List.of(tmp.resolve("logs").toString(), tmp.resolve("lookup-events.json").toString(), tmp.resolve("lake-results.json").toString());
  }

  private String[] run(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("trail", "--project", Projects.SELF.toString()));
    args.addAll(List.of(extra));
    args.addAll(inputs());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), clean(out), clean(err)};
  }

  private String clean(ByteArrayOutputStream s) {
    return s.toString(StandardCharsets.UTF_8).replace(tmp.toString(), "TMP").replace("\r\n", "\n");
  }

  @Test
  void textReport() throws IOException {
    String[] r = run();
    assertEquals("1", r[0], r[1] + r[2]);
    golden("report.txt", r[1]);
  }

  @Test
  void markdownReport() throws IOException {
    String[] r = run("--format", "markdown");
    assertEquals("", r[2]);
    golden("report.md", r[1]);
  }

  @Test
  void jsonReport() throws IOException {
    String[] r = run("--format", "json");
    golden("report.json", r[1]);
  }

  @Test
  void targetAndExtraRole() throws IOException {
    String[] r = run("--target", "example-dev", "--role", "arn:aws:iam::111122223333:role/ci-deployer");
    golden("report-target.txt", r[1]);
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.writeString(file, actual);
      fail("rewrote " + file + "; run again without -Dgolden.update=true");
    }
    assertTrue(Files.exists(file), "missing " + file + "; create it with -Dgolden.update=true and review it");
    assertEquals(Files.readString(file), actual, name);
  }
}
