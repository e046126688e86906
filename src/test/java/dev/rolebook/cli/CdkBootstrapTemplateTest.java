package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bootstrap-template} on the real CDK bootstrap template: the one the pinned {@code aws-cdk}
 * of {@code tools/cdk} prints ({@code cdk bootstrap --show-template}, run once per test run into
 * target/cdk). {@code .ci/run} installs it with {@code npm ci}; without it these tests are skipped.
 */
class CdkBootstrapTemplateTest {
  private static final Path CDK = Path.of("tools/cdk/node_modules/.bin/cdk");
  private static final Path OUT = Path.of("target/cdk");

  @TempDir Path temp;

  /** CDK's template, printed once per run (YAML, or JSON with --json). */
  static synchronized Path base(boolean json) {
    assumeTrue(Files.isExecutable(CDK), "the CDK CLI is not installed: run 'npm ci' in tools/cdk (.ci/run does); skipped");
    Path file = OUT.resolve(json ? "bootstrap-template.json" : "bootstrap-template.yaml").toAbsolutePath();
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(OUT);
      Path tmp = Files.createTempFile(OUT, "cdk-", ".tmp");
      List<String> command = new java.util.ArrayList<>(List.of(CDK.toAbsolutePath().toString(), "bootstrap", "--show-template", "--no-notices"));
      if (json) {
        command.add("--json");
      }
      // Run in target/cdk so no cdk.json of a project is picked up.
      Process p = new ProcessBuilder(command).directory(OUT.toFile())
          .redirectOutput(tmp.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "cdk bootstrap --show-template did not finish");
      assertEquals(0, p.exitValue(), "cdk bootstrap --show-template failed");
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thisProjectsSetGoesIntoCdksTemplateAndStaysInSync() {
    Path base = base(false);
    Path out = temp.resolve("bootstrap.yaml");
    Run r = Run.of("bootstrap-template", "--base", base.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.printed());
    Run drift = Run.of("drift", "--against", out.toString());
    assertEquals(0, drift.code(), drift.printed());
    assertTrue(drift.printed().endsWith("drift: IN SYNC: 3 of 3 policy blocks equal the policy set; 0 errors, 0 warnings\n"), drift.printed());

    // Everything of CDK's template is kept; only the execution role and the variant's default change.
    JsonObject cdk = (JsonObject) BootstrapTemplateCommandTest.read(base);
    JsonObject ours = (JsonObject) BootstrapTemplateCommandTest.read(out);
    for (String section : List.of("Parameters", "Conditions", "Resources", "Outputs")) {
      JsonObject theirs = (JsonObject) cdk.get(section).orElseThrow();
      JsonObject mine = (JsonObject) ours.get(section).orElseThrow();
      for (Member m : theirs.members()) {
        if (!List.of("CloudFormationExecutionRole", "BootstrapVariant").contains(m.key())) {
          assertEquals(m.value(), mine.get(m.key()).orElse(null), section + " › " + m.key());
        }
      }
    }
    JsonValue variant = ((JsonObject) ((JsonObject) ours.get("Parameters").orElseThrow()).get("BootstrapVariant").orElseThrow()).get("Default").orElseThrow();
    assertEquals(new JsonValue.JsonString("Rolebook: Deployment roles for the ABCA backgroundagent-dev stack"), variant);
  }

  @Test
  void cdksJsonFormGivesTheSameTemplate() {
    Path fromYaml = temp.resolve("a.yaml");
    Path fromJson = temp.resolve("b.yaml");
    assertEquals(0, Run.of("bootstrap-template", "--base", base(false).toString(), "--out", fromYaml.toString()).code());
    Run r = Run.of("bootstrap-template", "--base", base(true).toString(), "--out", fromJson.toString());
    assertEquals(0, r.code(), r.printed());
    assertEquals(BootstrapTemplateCommandTest.read(fromYaml), BootstrapTemplateCommandTest.read(fromJson));
  }

  /** Upstream's six policies fit CDK's template under the 51,200-byte body limit, and read back in sync. */
  @Test
  void upstreamsSixPoliciesFitAsTemplateBody() {
    Path out = temp.resolve("bootstrap.yaml");
    String set = "src/test/resources/template/upstream-abca";
    Run r = Run.of("bootstrap-template", "--project", set, "--base", base(false).toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.printed());
    Run drift = Run.of("drift", "--project", set, "--against", out.toString());
    assertEquals(0, drift.code(), drift.printed());
    assertTrue(drift.printed().contains(": 6 managed policies of the set, 6 in sync\n"), drift.printed());
  }
}
