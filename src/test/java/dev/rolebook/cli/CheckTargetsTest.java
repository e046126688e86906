package dev.rolebook.cli;

import dev.rolebook.load.ProjectInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.check.SizeFigure;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.testing.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check` measures every target declared in policies/targets.json, after substitution. */
class CheckTargetsTest {
  static String run(String... args) {
    return runWithCode(args)[1];
  }

  /** [exit code, stdout, stderr]. */
  static String[] runWithCode(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void reportsSizesPerDeclaredTarget(@TempDir Path dir) throws IOException {
    Projects.copy(dir, UnaryOperator.identity());
    Files.copy(Path.of("src/test/resources/targets/targets.json"), dir.resolve("policies/targets.json"));
    String[] r = runWithCode("check", "--project", dir.toString());
    assertEquals("0", r[0], r[1]);
    List<String> lines = r[1].lines().toList();
    String header = lines.stream().filter(l -> l.contains("as written")).findFirst().orElseThrow();
    assertTrue(header.matches(" +as written +worst case +prod-us +gov-west +cn-north"), header);
    CheckResult result = Checker.check(ProjectInput.load(dir).loaded(), ProjectInput.load(dir).targets().targets());
    // The GovCloud target deploys Application with ECS joined: exactly one figure for it.
    List<SizeFigure> gov = result.sizes().stream().filter(f -> f.target().equals("gov-west")).toList();
    assertEquals(List.of("IaCRole-ABCA-Infrastructure", "IaCRole-ABCA-Application + ecs", "IaCRole-ABCA-Observability", "cfn-exec-trust"),
        gov.stream().map(SizeFigure::label).toList());
  }

  @Test
  void manyTargetsGetOneLineEach(@TempDir Path dir) throws IOException {
    Projects.copy(dir, UnaryOperator.identity());
    StringBuilder sb = new StringBuilder("{\"targets\": [");
    for (int i = 1; i <= 5; i++) {
      sb.append(i > 1 ? "," : "").append("{\"name\": \"t").append(i).append("\", \"account\": \"12345678901").append(i)
          .append("\", \"region\": \"us-east-1\"").append(i == 5 ? ", \"partition\": \"aws-us-gov\", \"variants\": [\"ecs\"]" : "")
          .append("}");
    }
    Files.writeString(dir.resolve("policies/targets.json"), sb.append("]}").toString());
    String[] r = runWithCode("check", "--project", dir.toString());
    assertEquals("0", r[0], r[1]);
    List<String> lines = r[1].lines().toList();
    int at = lines.indexOf("per deployment target (5):");
    assertTrue(at > 0, r[1]);
    assertTrue(lines.get(at - 6).matches(" +as written +worst case"), lines.get(at - 6));
    CheckResult result = Checker.check(ProjectInput.load(dir).loaded(), ProjectInput.load(dir).targets().targets());
    SizeFigure infra = result.sizes().stream()
        .filter(f -> f.target().equals("t1") && f.policy().equals("IaCRole-ABCA-Infrastructure")).findFirst().orElseThrow();
    assertEquals(String.format(java.util.Locale.ROOT, "  t1  fullest: IaCRole-ABCA-Infrastructure %,d/6,144 (%s), %,d left",
        infra.chars(), infra.shownPercent(), infra.headroom()), lines.get(at + 1));
    assertEquals(5, lines.subList(at + 1, lines.size()).stream().filter(l -> l.matches("  t[1-5]  fullest: .*")).count());
  }

  @Test
  void aBadTargetsFileFailsTheCheckWithItsPosition(@TempDir Path dir) throws IOException {
    Projects.copy(dir, UnaryOperator.identity());
    Files.writeString(dir.resolve("policies/targets.json"), """
        {
          "targets": [
            {"name": "prod", "account": "1234567890123", "region": "us-east-1"}
          ]
        }
        """);
    String[] r = runWithCode("check", "--project", dir.toString());
    assertEquals("1", r[0]);
    assertTrue(r[1].contains(String.join("\n",
        "policies/targets.json:3:33: error: TGT004 target 'prod': account '1234567890123' is not a 12-digit AWS account ID"
            + " (pattern ^[0-9]{12}$)",
        "        {\"name\": \"prod\", \"account\": \"1234567890123\", \"region\": \"us-east-1\"}",
        "                                    ^",
        "    hint: account must be a 12-digit AWS account ID, e.g. '123456789012'")), r[1]);
  }

  /**
   * The size check re-runs on the substituted document. Real stack names (at most 128 characters)
   * cannot push the ABCA Application policy past 6,144 even under aws-us-gov (about 4,300), so this
   * copy adds a statement with twelve stack-derived ARNs: as written it fits, under GovCloud with a
   * 128-character stack name it does not, and the error names the target.
   */
  @Test
  void aLongStackNameUnderGovCloudPushesApplicationOverTheLimit(@TempDir Path dir) throws IOException {
    Projects.copy(dir, m -> m.replace("""
              "maxLength": 40,""", """
              "maxLength": 128,"""));
    Path app = dir.resolve("policies/IaCRole-ABCA-Application.json");
    String text = Files.readString(app);
    int end = text.lastIndexOf(']');
    StringBuilder extra = new StringBuilder(",\n    {\n      \"Sid\": \"Queues\",\n      \"Effect\": \"Allow\",\n"
        + "      \"Action\": \"sqs:SendMessage\",\n      \"Resource\": [\n");
    for (int i = 1; i <= 12; i++) {
      extra.append("        \"arn:aws:sqs:*:*:backgroundagent-dev-q").append(i).append(i < 12 ? "\",\n" : "\"\n");
    }
    extra.append("      ]\n    }\n  ");
    Files.writeString(app, text.substring(0, text.lastIndexOf('}', end) + 1) + extra + text.substring(end));
    String stack = "b" + "x".repeat(127);
    Files.writeString(dir.resolve("policies/targets.json"), """
        {"targets": [
          {"name": "prod-us", "account": "111122223333", "region": "us-east-1", "stack": "backgroundagent-prod"},
          {"name": "gov-long", "account": "111122223333", "region": "us-gov-west-1", "partition": "aws-us-gov", "stack": "%s"}
        ]}
        """.formatted(stack));
    ProjectInput input = ProjectInput.load(dir);
    CheckResult result = Checker.check(input.loaded(), input.targets().targets());
    List<String> over = result.diagnostics().stream().filter(d -> d.code() == Code.IAM001).map(Diagnostic::message).toList();
    SizeFigure gov = result.sizes().stream()
        .filter(f -> f.target().equals("gov-long") && f.policy().equals("IaCRole-ABCA-Application")).findFirst().orElseThrow();
    SizeFigure asWritten = result.sizes().stream()
        .filter(f -> f.target().equals("as written") && f.label().equals("IaCRole-ABCA-Application")).findFirst().orElseThrow();
    assertTrue(asWritten.chars() < 6144, "as written " + asWritten.chars());
    assertTrue(over.contains(String.format(java.util.Locale.ROOT,
        "IaCRole-ABCA-Application is %,d characters for target 'gov-long'; the limit is 6,144 (%,d over)", gov.chars(), gov.chars() - 6144)),
        over.toString());
    assertEquals(6250, gov.chars());
    assertFalse(over.stream().anyMatch(m -> m.contains("'prod-us'")), over.toString());
    String[] r = runWithCode("check", "--project", dir.toString());
    assertEquals("1", r[0]);
    assertTrue(r[1].contains("policies/IaCRole-ABCA-Application.json:1:1: error: IAM001 IaCRole-ABCA-Application is 6,250 characters"
        + " for target 'gov-long'; the limit is 6,144 (106 over)"), r[1]);
  }
}
