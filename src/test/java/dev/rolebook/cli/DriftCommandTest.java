package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCommandTest {
  static final String SEED = "src/test/resources/drift/seed.txt";
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path tmp;

  int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seedIsReportedInSync() {
    assertEquals(0, run("drift", "--against", SEED));
    assertEquals("""
        drift: src/test/resources/drift/seed.txt: 5 policy blocks, 5 in sync
          src/test/resources/drift/seed.txt:24:30: cfn-exec-trust: in sync
          src/test/resources/drift/seed.txt:29:1: IaCRole-ABCA-Infrastructure: in sync
          src/test/resources/drift/seed.txt:31:1: IaCRole-ABCA-Application: in sync
          src/test/resources/drift/seed.txt:33:1: IaCRole-ABCA-Observability: in sync
          src/test/resources/drift/seed.txt:35:1: ecs › ECS: in sync
        drift: compared by meaning: statements paired by Sid (else by content); the order of actions, resources and condition values, string versus one-element array, and layout do not count
        drift: IN SYNC: 5 of 5 policy blocks equal the policy set; 0 errors, 0 warnings
        """, out());
  }

  @Test
  void driftExitsWithOneAndPrintsCompilerStyle() throws IOException {
    Path copy = tmp.resolve("DEPLOYMENT_ROLES.md");
    Files.writeString(copy, "```json\n{\"Sid\": \"ECS\", \"Effect\": \"Allow\", \"Action\": \"ecs:CreateCluster\", \"Resource\": \"*\"}\n```\n");
    assertEquals(1, run("drift", "--against", copy.toString(), "--format", "github"));
    String[] lines = out().split("\n");
    assertEquals(13, lines.length);
    assertEquals("::error file=" + copy.toString().replace(":", "%3A") + ",line=2,col=35,title=DRIFT001 Altered policy::"
        + "ecs › ECS › Action › 'ecs:DeleteCluster' removed: policies/variant-ecs.json:9 has it, this block does not%0A"
        + "hint: this copy is out of date: publish it again from the current policy set", lines[0]);
  }

  @Test
  void aMarkedFenceWhoseJsonDoesNotParseIsDriftNotInSync() {
    String file = "src/test/resources/drift/published/broken-fence.md";
    assertEquals(1, run("drift", "--against", file));
    assertEquals("""
        src/test/resources/drift/published/broken-fence.md:17:5: error: DRIFT001 block for 'cfn-exec-trust' does not parse as JSON: trailing comma before '}'
                }
                ^
            hint: fix the JSON of this block (remove the comma after the last element), or publish it again from the current policy set
        drift: src/test/resources/drift/published/broken-fence.md: 1 policy block, 0 in sync
        drift: DRIFT: 0 of 1 policy blocks equal the policy set; 1 error, 0 warnings
        """, out());
  }

  @Test
  void aFileWithoutPolicyJsonIsAWarningAndFailsWithStrict() {
    String file = "src/test/resources/drift/published/no-policy.md";
    assertEquals(0, run("drift", "--against", file));
    assertEquals("""
        src/test/resources/drift/published/no-policy.md: warning: DRIFT006 no policy JSON found in src/test/resources/drift/published/no-policy.md
            hint: check that this is the copy you meant; drift compares the JSON policies and statements it shows (mark a block with policy=NAME to name the policy it shows)
        drift: src/test/resources/drift/published/no-policy.md: 0 policy blocks, 0 in sync
        drift: NOTHING COMPARED: no policy blocks found; 0 errors, 1 warning
        """, out());
    assertEquals(1, run("drift", "--against", file, "--strict"));
  }

  @Test
  void theSummaryCountsEveryBlockFound() throws IOException {
    Path copy = tmp.resolve("ROLES.md");
    Files.writeString(copy, """
        ```json policy=NoSuchPolicy
        {"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
        ```

        ```json policy=NoSuchPolicy
        {"Sid": "B", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}
        ```
        """);
    assertEquals(1, run("drift", "--against", copy.toString(), "--format", "text"));
    String[] lines = out().split("\n");
    assertEquals("drift: " + copy + ": 2 policy blocks, 0 in sync", lines[lines.length - 2]);
    assertEquals("drift: DRIFT: 0 of 2 policy blocks equal the policy set; 2 errors, 0 warnings", lines[lines.length - 1]);
  }

  @Test
  void severalFilesAfterAgainst() {
    assertEquals(0, run("drift", "--against", SEED, "src/test/resources/drift/published/reordered.md"));
    assertTrue(out().contains("drift: IN SYNC: 6 of 6 policy blocks"), out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("drift", "--format", "xml"));
    assertEquals(2, run("drift", "--site", "no/such/site"));
    assertEquals(2, run("drift", "--against", "no-such-file.md"));
    assertEquals("""
        rolebook drift: --format must be one of text, json, sarif, github, not 'xml'
        Run 'rolebook drift --help' for usage.
        rolebook drift: site directory 'no/such/site' does not exist; run rolebook render (or mvn site) first
        Run 'rolebook drift --help' for usage.
        rolebook drift: file 'no-such-file.md' does not exist
        Run 'rolebook drift --help' for usage.
        """, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void siteWithoutPolicyBlocksMissesEveryPolicy() {
    assertEquals(1, run("drift", "--site", "src/test/resources/drift/empty-site", "--format", "json"));
    assertTrue(out().contains("\"errors\" : 5"), out());
  }

  @Test
  void projectNotYetRenderedGetsANoteNotAnError() throws IOException {
    Files.createDirectories(tmp.resolve("policies"));
    try (var files = Files.list(Path.of("policies"))) {
      for (Path f : files.toList()) {
        Files.copy(f, tmp.resolve("policies").resolve(f.getFileName()));
      }
    }
    assertEquals(0, run("drift", "--project", tmp.toString()));
    assertEquals("""
        .: warning: DRIFT008 nothing compared: no policy block found in src/docs/ and target/site/
            hint: show the policies with the policy macro, or render the site first (rolebook render), so drift has something to check
        target/site: note: DRIFT007 rendered drift skipped: target/site/ does not exist, so there are no pages to compare
            hint: run rolebook render (or mvn site) first to check the rendered pages too
        drift: source drift: no src/docs/ in the project, nothing to scan
        drift: NOTHING COMPARED: no policy blocks found; 0 errors, 1 warning
        """, out());
    assertEquals(1, run("drift", "--project", tmp.toString(), "--strict"));
  }

  @Test
  void checkAcceptsTheNewFormats() {
    assertEquals(0, run("check", "--format", "sarif"));
    assertTrue(out().startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\""), out());
    out.reset();
    assertEquals(0, run("check", "--format", "github"));
    assertTrue(out().startsWith("::warning file=policies/IaCRole-ABCA-Application.json,line="), out());
  }
}
