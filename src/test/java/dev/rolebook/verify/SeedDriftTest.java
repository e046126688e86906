package dev.rolebook.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference guide as readers have it today (src/test/resources/drift/seed.txt, the seed text
 * verbatim) is a published copy: it must be reported in sync with the project's policy set, and
 * each single edit to it must be reported with the exact difference.
 */
class SeedDriftTest {
  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path SEED = Path.of("src/test/resources/drift/seed.txt");

  @TempDir Path tmp;

  private DriftResult drift(Path file) {
    return Drift.run(new ProjectLoader().load(PROJECT),
        new Drift.Options(PROJECT.resolve("target/no-site"), List.of(file), TargetResolver.NONE));
  }

  private List<String> messages(String from, String to) throws IOException {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    assertTrue(seed.contains(from), from);
    Path copy = tmp.resolve("published.txt");
    Files.writeString(copy, seed.replace(from, to), StandardCharsets.UTF_8);
    return drift(copy).diagnostics().stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.code() + " " + d.message())
        .toList();
  }

  @Test
  void seedIsInSync() {
    DriftResult result = drift(SEED);
    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        List.of(
            "src/test/resources/drift/seed.txt:24 cfn-exec-trust",
            "src/test/resources/drift/seed.txt:29 IaCRole-ABCA-Infrastructure",
            // Shown without ECS: matched to the policy as written, not to Application + ecs.
            "src/test/resources/drift/seed.txt:31 IaCRole-ABCA-Application",
            "src/test/resources/drift/seed.txt:33 IaCRole-ABCA-Observability",
            // The lone statement is the ecs variant's statement.
            "src/test/resources/drift/seed.txt:35 ecs › ECS"),
        result.shown().stream().map(s -> s.where() + " " + s.shows() + (s.inSync() ? "" : " DIFFERS")).toList());
  }

  @Test
  void removedActionIsReported() throws IOException {
    assertEquals(
        List.of("33:1847 DRIFT001 IaCRole-ABCA-Observability › S3CDKAssets › Action › 's3:ListBucket' removed: "
            + "policies/IaCRole-ABCA-Observability.json:85 has it, this block does not"),
        messages("\"s3:GetBucketLocation\", \"s3:ListBucket\" ]", "\"s3:GetBucketLocation\" ]"));
  }

  @Test
  void deletedConditionIsReported() throws IOException {
    assertEquals(
        List.of("29:1530 DRIFT001 IaCRole-ABCA-Infrastructure › IAMPassRole › Condition removed: "
            + "policies/IaCRole-ABCA-Infrastructure.json:70 has it, this block does not"),
        messages(
            "\"Resource\": \"arn:aws:iam::*:role/backgroundagent-dev-*\", \"Condition\": { \"StringEquals\": "
                + "{ \"iam:PassedToService\": [ \"lambda.amazonaws.com\", \"ecs-tasks.amazonaws.com\", "
                + "\"ecs.amazonaws.com\", \"apigateway.amazonaws.com\", \"logs.amazonaws.com\", "
                + "\"bedrock.amazonaws.com\", \"bedrock-agentcore.amazonaws.com\", \"events.amazonaws.com\", "
                + "\"vpc-flow-logs.amazonaws.com\" ] } } }",
            "\"Resource\": \"arn:aws:iam::*:role/backgroundagent-dev-*\" }"));
  }

  @Test
  void changedTrustPrincipalIsReported() throws IOException {
    assertEquals(
        List.of(
            "24:204 DRIFT001 cfn-exec-trust › #2 › Principal › AWS › 'arn:aws:iam::ACCOUNT_ID:root' removed: "
                + "policies/cfn-exec-trust.json:14 has it, this block does not",
            "24:226 DRIFT001 cfn-exec-trust › #2 › Principal › AWS › 'arn:aws:iam::111122223333:root' added: "
                + "this block has it, policies/cfn-exec-trust.json does not"),
        messages("\"AWS\": \"arn:aws:iam::ACCOUNT_ID:root\"", "\"AWS\": \"arn:aws:iam::111122223333:root\""));
  }

  @Test
  void everyDiagnosticNamesTheCopy() throws IOException {
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    Path copy = tmp.resolve("published.txt");
    Files.writeString(copy, seed.replace("\"Effect\": \"Allow\", \"Action\": \"secretsmanager:GetRandomPassword\"",
        "\"Effect\": \"Deny\", \"Action\": \"secretsmanager:GetRandomPassword\""), StandardCharsets.UTF_8);
    List<Diagnostic> ds = drift(copy).diagnostics();
    assertEquals(1, ds.size());
    assertEquals("IaCRole-ABCA-Application › SecretsManagerAccountLevel › Effect › 'Allow' changed to 'Deny': "
        + "policies/IaCRole-ABCA-Application.json:164 has 'Allow'", ds.get(0).message());
    assertEquals(copy.toString(), ds.get(0).file());
  }
}
