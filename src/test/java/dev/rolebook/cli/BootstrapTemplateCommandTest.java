package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rolebook.cloudformation.TemplateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bootstrap-template} on a small project (placeholders of every kind, an IAM policy
 * variable, a variant, two optional policies, a trust policy) and a small hand-written base that
 * uses CloudFormation's short forms. The generated template is a golden file; with {@code
 * -Dgolden.update=true} it is rewritten and the test fails.
 */
class BootstrapTemplateCommandTest {
  static final Path FIXTURES = Path.of("src/test/resources/template");
  static final String MINI = FIXTURES.resolve("mini").toString();
  static final String BASE = FIXTURES.resolve("base-mini.yaml").toString();
  private static final Path GOLDEN = FIXTURES.resolve("mini/expected/bootstrap-template.yaml");

  @TempDir Path temp;

  @Test
  void generatesTheGoldenTemplateAndSaysWhatItChecked() throws IOException {
    Path out = temp.resolve("bootstrap.yaml");
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", BASE, "--out", out.toString());
    assertEquals(0, r.code(), r.printed());
    assertEquals("""
        bootstrap-template: wrote OUT: 3 managed policies of Mini set for template tests 2.1.0 (sha256:4595377642ee8e3f5f3f4c4699a861fb159f1968022f8c992ea049df3046b052)
          size: 6,774 bytes; cdk bootstrap sends up to 51,200 as the template body
          checked against snippets for examples (account 123456789012, region eu-west-1, partition aws-cn, qualifier team1, stack demo-prod, compute ecs)
          checked against snippets for worst case (account xxxxxxxxxxxx, region xxxxxxxxxxxxxx, partition aws-us-gov, qualifier xxxxxxxxxx, stack xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, compute ecs,lambda-microvm; variants tracing)
          deploy: cdk bootstrap aws://ACCOUNT_ID/REGION --template OUT
        """, r.printed().replace(out.toString(), "OUT"));
    String written = Files.readString(out);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, written);
      fail("golden.update=true rewrote " + GOLDEN + "; run again without it");
    }
    assertEquals(Files.readString(GOLDEN), written);
    // The IAM policy variable survives Fn::Sub as ${!…}; no literal ${ is left unescaped.
    assertTrue(written.contains("/${!aws:username}/"), written);
    try (var files = Files.list(temp)) {
      assertEquals(1, files.count(), "no temporary file is left beside the output");
    }
  }

  @Test
  void jsonOutputHoldsTheSameTemplate() {
    Path yaml = temp.resolve("t.yaml");
    Path json = temp.resolve("t.json");
    assertEquals(0, Run.of("bootstrap-template", "--project", MINI, "--base", BASE, "--out", yaml.toString()).code());
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", BASE, "--out", json.toString());
    assertEquals(0, r.code(), r.printed());
    assertTrue(r.printed().contains("  size: 10,483 bytes (6,774 as YAML, the form cdk bootstrap sends); cdk bootstrap sends up to 51,200"),
        r.printed());
    assertEquals(read(yaml), read(json));
  }

  @Test
  void defaultsComeFromTheCommandLine() throws IOException {
    Path out = temp.resolve("t.yaml");
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", BASE, "--out", out.toString(),
        "--param", "stack=prod-app", "--param", "compute=ecs,lambda-microvm", "--variant", "tracing");
    assertEquals(0, r.code(), r.printed());
    String t = Files.readString(out);
    assertTrue(t.contains("  Stack:\n    Type: String\n    Default: prod-app\n"), t);
    assertTrue(t.contains("  Compute:\n    Type: CommaDelimitedList\n    Default: ecs,lambda-microvm\n"), t);
    assertTrue(t.contains("  RolebookVariants:\n    Type: CommaDelimitedList\n    Default: tracing\n"), t);
  }

  @Test
  void badValuesAreNamedAndNothingIsWritten() {
    Path out = temp.resolve("t.yaml");
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", BASE, "--out", out.toString(),
        "--param", "stack=9lives", "--param", "account=123456789012", "--param", "compute=ecs,lambda",
        "--param", "nope=1", "--variant", "gpu");
    assertEquals(1, r.code());
    assertEquals("""
        bootstrap-template: stack '9lives' does not match the pattern ^[A-Za-z][A-Za-z0-9-]*$
        bootstrap-template: parameter 'account' is AWS::AccountId in the template, set when the stack is deployed; it takes no default here
        bootstrap-template: compute 'lambda' is not one of its choices (ecs, lambda-microvm)
        bootstrap-template: unknown parameter 'nope'; known: account, region, partition, qualifier, stack, compute
        bootstrap-template: unknown variant 'gpu'; known: tracing
        """, r.printed());
    assertFalse(Files.exists(out));
  }

  @Test
  void aBaseThatIsNotCdksIsRefusedAtItsLines() throws IOException {
    Path base = temp.resolve("base.yaml");
    Files.writeString(base, Files.readString(Path.of(BASE))
        .replace("  Qualifier:\n    Type: String\n    Default: hnb659fds\n", "")
        .replace("      ManagedPolicyArns: !If\n", "      ManagedPolicyArns: !If\n        - Other\n"));
    Path out = temp.resolve("t.yaml");
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", base.toString(), "--out", out.toString());
    assertEquals(1, r.code());
    String b = base.toString();
    assertEquals(b + ":4:1: error: TPL002 the base template is not CDK's bootstrap template: it has no 'Qualifier' parameter\n"
        + "    Parameters:\n    ^\n"
        + "    hint: give the file that 'cdk bootstrap --show-template' prints (aws-cdk 2.x)\n"
        + b + ":24:7: error: TPL002 the base template is not CDK's bootstrap template: the execution role's ManagedPolicyArns is not"
        + " CDK's Fn::If [HasCloudFormationExecutionPolicies, Ref CloudFormationExecutionPolicies, …]\n"
        + "          ManagedPolicyArns: !If\n          ^\n"
        + "    hint: give the file that 'cdk bootstrap --show-template' prints (aws-cdk 2.x)\n"
        + "bootstrap-template: 2 problems; nothing written\n", r.printed());
    assertFalse(Files.exists(out));
  }

  @Test
  void aBaseThatDoesNotParseIsReportedAtItsLine() throws IOException {
    Path base = temp.resolve("base.yaml");
    Files.writeString(base, "Resources:\n  Role:\n    Type: AWS::IAM::Role\n  Role:\n    Type: X\n");
    Run r = Run.of("bootstrap-template", "--project", MINI, "--base", base.toString(), "--out", temp.resolve("t.yaml").toString());
    assertEquals(1, r.code());
    assertTrue(r.printed().startsWith(base + ":4:3: error: TPL001 duplicate key 'Role'\n"), r.printed());
  }

  @Test
  void usageErrors() {
    assertUsage("rolebook bootstrap-template: --base FILE is required: save CDK's template with 'cdk bootstrap --show-template > FILE' and give that file",
        "bootstrap-template", "--project", MINI, "--out", temp.resolve("t.yaml").toString());
    assertUsage("rolebook bootstrap-template: --out FILE is required", "bootstrap-template", "--project", MINI, "--base", BASE);
    assertUsage("rolebook bootstrap-template: base template 'nope.yaml' does not exist",
        "bootstrap-template", "--project", MINI, "--base", "nope.yaml", "--out", temp.resolve("t.yaml").toString());
    assertUsage("rolebook bootstrap-template: --out '" + MINI + "/policies/t.yaml' is inside the project's sources; choose a file such as target/bootstrap-template.yaml",
        "bootstrap-template", "--project", MINI, "--base", BASE, "--out", MINI + "/policies/t.yaml");
    assertUsage("rolebook bootstrap-template: the directory of --out '" + temp.resolve("no/t.yaml") + "' does not exist",
        "bootstrap-template", "--project", MINI, "--base", BASE, "--out", temp.resolve("no/t.yaml").toString());
  }

  private static void assertUsage(String first, String... args) {
    Run r = Run.of(args);
    assertEquals(2, r.code(), r.printed());
    assertEquals(first, r.printed().lines().findFirst().orElse(""), r.printed());
  }

  static dev.rolebook.model.JsonValue read(Path file) {
    try {
      return TemplateFile.read(file.toString(), Files.readString(file)).template().orElseThrow().root();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
