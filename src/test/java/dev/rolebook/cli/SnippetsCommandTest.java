package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.publish.BundleWriter;
import dev.rolebook.testing.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsCommandTest {
  private static final String SELF = Projects.SELF.toString();

  private static String[] snippets(String... args) {
    List<String> all = new ArrayList<>(List.of("snippets", "--project", SELF));
    all.addAll(Arrays.asList(args));
    return CheckTargetsTest.runWithCode(all.toArray(String[]::new));
  }

  @Test
  void badValuesExitOneWithEveryMessage() {
    String[] r = snippets("--account", "12345", "--region", "us-east-1a", "--qualifier", "a'b", "--variant", "gpu", "--format", "json");
    assertEquals("1", r[0]);
    assertEquals("", r[1]);
    assertEquals(String.join("\n",
        "snippets: account '12345' is not a 12-digit AWS account ID (pattern ^[0-9]{12}$)",
        "snippets: region 'us-east-1a' is not an AWS Region code such as us-east-1 (pattern "
            + Projects.self().manifest().parameter("region").orElseThrow().pattern() + ")",
        "snippets: qualifier 'a'b' contains ''' (U+0027), which could change the policy's meaning;"
            + " expected a bootstrap qualifier of 1 to 10 letters, digits, hyphens or underscores",
        "snippets: unknown variant 'gpu'; known: ecs", ""), r[2]);
  }

  @Test
  void missingAccountOrRegionIsAUsageError() {
    String[] r = snippets("--region", "us-east-1", "--format", "cli");
    assertEquals("2", r[0]);
    assertEquals("rolebook snippets: --account is required (or --target NAME from policies/targets.json)\n"
        + "Run 'rolebook snippets --help' for usage.\n", r[2]);
    String[] neither = snippets("--format", "cli");
    assertEquals("rolebook snippets: --account and --region are required (or --target NAME from policies/targets.json)\n"
        + "Run 'rolebook snippets --help' for usage.\n", neither[2]);
    assertEquals("2", snippets("--account", "123456789012", "--format", "cli")[0]);
  }

  @Test
  void printingNeedsExactlyOneFormat() {
    String[] r = snippets("--account", "123456789012", "--region", "us-east-1");
    assertEquals("2", r[0]);
    assertTrue(r[2].startsWith("rolebook snippets: give one --format to print to standard output, or --out DIR to write several\n"), r[2]);
    assertEquals("rolebook snippets: --format must be one of json, cli, cloudformation, terraform, not 'yaml'\n"
        + "Run 'rolebook snippets --help' for usage.\n",
        snippets("--account", "123456789012", "--region", "us-east-1", "--format", "yaml")[2]);
  }

  @Test
  void cliPrintsTheScriptAndJsonPrintsEveryDocument() {
    String[] cli = snippets("--account", "123456789012", "--region", "us-east-1", "--format", "cli");
    assertEquals("0", cli[0], cli[2]);
    assertTrue(cli[1].startsWith("#!/usr/bin/env bash\n"));
    assertTrue(cli[1].contains("\ncdk bootstrap 'aws://123456789012/us-east-1' \\\n"
        + "  --cloudformation-execution-policies 'arn:aws:iam::123456789012:policy/IaCRole-ABCA-Infrastructure' \\\n"), cli[1]);
    assertFalse(cli[1].contains("--qualifier"), "default qualifier needs no option");
    String[] json = snippets("--account", "123456789012", "--region", "us-east-1", "--format", "json");
    // Several documents to standard output: one JSON object keyed by file name, still JSON.
    var parsed = new dev.rolebook.load.StrictJson().parse("stdout", json[1]);
    assertEquals(List.of(), parsed.diagnostics(), json[1]);
    var root = (dev.rolebook.model.JsonValue.JsonObject) parsed.file().orElseThrow().root();
    assertEquals(List.of("IaCRole-ABCA-Application.json", "IaCRole-ABCA-Infrastructure.json",
        "IaCRole-ABCA-Observability.json", "cfn-exec-trust.json"), root.keys());
    assertEquals("2012-10-17", ((dev.rolebook.model.JsonValue.JsonString) ((dev.rolebook.model.JsonValue.JsonObject)
        root.get("cfn-exec-trust.json").orElseThrow()).get("Version").orElseThrow()).value());
  }

  @Test
  void outWritesEveryFormatAndTheJsonIsTheDocument(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("bundle");
    String[] r = snippets("--account", "123456789012", "--region", "us-east-1", "--variant", "ecs", "--out", out.toString());
    assertEquals("0", r[0], r[2]);
    assertEquals("snippets: wrote 7 files for target '123456789012-us-east-1' to " + out + "\n", r[1]);
    try (var files = Files.list(out)) {
      assertEquals(List.of(".rolebook-output", "IaCRole-ABCA-Application.json", "IaCRole-ABCA-Infrastructure.json",
          "IaCRole-ABCA-Observability.json", "bootstrap.sh", "cfn-exec-trust.json", "managed-policies.cfn.yaml", "managed-policies.tf"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String app = Files.readString(out.resolve("IaCRole-ABCA-Application.json"));
    assertTrue(app.endsWith("}\n") && app.contains("\n  \"Statement\": [\n"));
    var set = Projects.self();
    var doc = new StrictJson().parse("x", app).file().orElseThrow().root();
    // Application names no account or Region, and the other parameters are at their defaults.
    assertEquals(JsonWriter.canonical(set.combined("IaCRole-ABCA-Application", List.of("ecs")).orElseThrow()),
        JsonWriter.canonical(doc));
    assertTrue(app.contains("\"arn:aws:dynamodb:*:*:table/backgroundagent-dev-*\""));
    assertTrue(Files.isExecutable(out.resolve("bootstrap.sh")));
    // A second run replaces the directory it wrote.
    assertEquals("0", snippets("--account", "210987654321", "--region", "us-east-1", "--out", out.toString(), "--format", "json")[0]);
    try (var files = Files.list(out)) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void outRefusesProjectSourcesAndForeignDirectories(@TempDir Path tmp) throws IOException {
    String[] r = snippets("--account", "123456789012", "--region", "us-east-1", "--out", SELF + "/policies/gen");
    assertEquals("2", r[0]);
    assertTrue(r[2].startsWith("rolebook snippets: --out '" + SELF + "/policies/gen' would write into or over policies/,"), r[2]);
    assertEquals("2", snippets("--account", "123456789012", "--region", "us-east-1", "--out", SELF + "/src/docs")[0]);
    assertEquals("2", snippets("--account", "123456789012", "--region", "us-east-1", "--out", SELF)[0]);
    Path foreign = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(foreign.resolve("notes.txt"), "keep me");
    String[] f = snippets("--account", "123456789012", "--region", "us-east-1", "--out", foreign.toString());
    assertEquals("2", f[0]);
    assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
    assertFalse(Files.exists(foreign.resolve(BundleWriter.MARKER)));
  }

  @Test
  void aTargetOverTheSizeLimitFailsAndWritesNothing(@TempDir Path tmp) throws IOException {
    // Application padded so that a 128-character stack name under GovCloud pushes it over 6,144.
    Path project = tmp.resolve("project");
    Projects.copy(project, m -> m.replace("\"maxLength\": 40,", "\"maxLength\": 128,"));
    Path app = project.resolve("policies/IaCRole-ABCA-Application.json");
    String text = Files.readString(app);
    StringBuilder extra = new StringBuilder(",{\"Sid\":\"Queues\",\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":[");
    for (int i = 1; i <= 12; i++) {
      extra.append(i > 1 ? "," : "").append("\"arn:aws:sqs:*:*:backgroundagent-dev-q").append(i).append('"');
    }
    extra.append("]}");
    int end = text.lastIndexOf(']');
    Files.writeString(app, text.substring(0, text.lastIndexOf('}', end) + 1) + extra + text.substring(end));
    Path out = tmp.resolve("out");
    String stack = "b" + "x".repeat(127);
    String[] r = CheckTargetsTest.runWithCode("snippets", "--project", project.toString(), "--account", "111122223333",
        "--region", "us-gov-west-1", "--partition", "aws-us-gov", "--stack", stack, "--out", out.toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].startsWith("policies/IaCRole-ABCA-Application.json:1:1: error: IAM001 IaCRole-ABCA-Application is 6,250 characters"
        + " for target '111122223333-us-gov-west-1'; the limit is 6,144 (106 over)\n"), r[2]);
    assertTrue(r[2].endsWith("snippets: 1 error for target '111122223333-us-gov-west-1'; nothing written\n"), r[2]);
    assertFalse(Files.exists(out));
    // The same project with a short stack name still gets its snippets: the worst case is not this target.
    assertEquals("0", CheckTargetsTest.runWithCode("snippets", "--project", project.toString(), "--account", "111122223333",
        "--region", "us-gov-west-1", "--partition", "aws-us-gov", "--format", "json")[0]);
  }

  @Test
  void targetComesFromTheTargetsFile(@TempDir Path tmp) throws IOException {
    Projects.copy(tmp, UnaryOperator.identity());
    Files.copy(Path.of("src/test/resources/targets/targets.json"), tmp.resolve("policies/targets.json"));
    String[] r = CheckTargetsTest.runWithCode("snippets", "--project", tmp.toString(), "--target", "gov-west", "--format", "cli");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("cdk bootstrap 'aws://444455556666/us-gov-west-1' \\\n  --qualifier 'gov1' \\\n"), r[1]);
    String[] unknown = CheckTargetsTest.runWithCode("snippets", "--project", tmp.toString(), "--target", "nope", "--format", "cli");
    assertEquals("2", unknown[0]);
    assertEquals("rolebook snippets: unknown target 'nope'; known: prod-us, gov-west, cn-north\n"
        + "Run 'rolebook snippets --help' for usage.\n", unknown[2]);
    assertEquals("2", CheckTargetsTest.runWithCode("snippets", "--project", tmp.toString(), "--target", "gov-west",
        "--account", "123456789012", "--format", "cli")[0]);
  }
}
