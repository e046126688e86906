package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rolebook render} refuses a policy set that fails the check, before starting Asciidoctor. */
class RenderCommandTest {
  static final Path PROJECT = Path.of("").toAbsolutePath();

  @TempDir
  Path tmp;

  /** A copy of this project's policies/, src/docs/ and site/. */
  static Path copyProject(Path to) throws IOException {
    for (String dir : new String[] {"policies", "src/docs", "site"}) {
      Path from = PROJECT.resolve(dir);
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.sorted().toList()) {
          Path dest = to.resolve(dir).resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(dest);
          } else {
            Files.copy(p, dest);
          }
        }
      }
    }
    return to;
  }

  @Test
  void aNewWildcardStatementWithoutReasonStopsTheRender() throws IOException {
    Path project = copyProject(tmp.resolve("project"));
    Path policy = project.resolve("policies/IaCRole-ABCA-Observability.json");
    String text = Files.readString(policy, StandardCharsets.UTF_8);
    int end = text.lastIndexOf(']');
    int lastBrace = text.lastIndexOf('}', end);
    String mutated = text.substring(0, lastBrace + 1)
        + ",\n    {\n      \"Sid\": \"QueueEverything\",\n      \"Effect\": \"Allow\",\n      \"Action\": \"sqs:CreateQueue\",\n      \"Resource\": \"*\"\n    }"
        + text.substring(lastBrace + 1);
    Files.writeString(policy, mutated, StandardCharsets.UTF_8);
    Path site = project.resolve("target/site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous site", StandardCharsets.UTF_8);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render", "--project", project.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);

    assertEquals(1, code, printed);
    int line = (int) mutated.substring(0, mutated.indexOf("\"Resource\": \"*\"\n    }\n  ]")).lines().count();
    assertTrue(printed.contains("policies/IaCRole-ABCA-Observability.json:" + line + ":19: error: LINT003 statement QueueEverything of "
        + "'IaCRole-ABCA-Observability' grants Resource \"*\" with no reason in the manifest"), printed);
    assertTrue(printed.contains("render: refused, the check found 1 error, "), printed);
    assertEquals("previous site", Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownOptionIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render", "--output", "x"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("rolebook render: unknown option '--output' for 'render'"));
  }
}
