package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.report.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project's own policy set: it passes, and its real sizes are pinned. */
class AbcaSetTest {
  private static final CheckResult RESULT = Checker.check(new ProjectLoader().load(Path.of(".")), List.of());

  @Test
  void passesWithItsRealDefectsAsWarnings() {
    assertTrue(RESULT.passes(false));
    assertFalse(RESULT.passes(true), "--strict fails on the set's known problems");
    assertEquals(
        List.of(
            "policies/IaCRole-ABCA-Application.json:62:9: warning LINT002 resource 'arn:aws:lambda:*:*:function:backgroundagent-dev-AWS*'"
                + " in statement Lambda is already covered by 'arn:aws:lambda:*:*:function:backgroundagent-dev-*'",
            "policies/IaCRole-ABCA-Observability.json:8:9: note SEC003 statement BedrockAgentCore allows every action of"
                + " bedrock-agentcore on every resource (acknowledged in the manifest: AgentCore's CloudFormation handlers call"
                + " internal actions that the documented API does not name, so the deployment needs every AgentCore action;"
                + " the statement grants nothing else.)",
            "policies/IaCRole-ABCA-Observability.json:89:9: warning LINT002 resource 'arn:aws:s3:::cdk-hnb659fds-assets-*/*'"
                + " in statement S3CDKAssets is already covered by 'arn:aws:s3:::cdk-hnb659fds-assets-*'"),
        RESULT.diagnostics().stream().map(d -> d.location() + ": " + d.severity().word() + " " + d.code() + " " + d.message()).toList());
  }

  @Test
  void findingsCarryPolicySidAndValueForTheGuide() {
    assertEquals(
        List.of(
            "IaCRole-ABCA-Application Lambda LINT002 arn:aws:lambda:*:*:function:backgroundagent-dev-AWS* -",
            "IaCRole-ABCA-Observability BedrockAgentCore SEC003 bedrock-agentcore:* acknowledged",
            "IaCRole-ABCA-Observability S3CDKAssets LINT002 arn:aws:s3:::cdk-hnb659fds-assets-*/* -"),
        RESULT.findings().stream()
            .map(f -> f.owner() + " " + f.statement() + " " + f.code() + " " + f.value() + " " + f.acknowledged().map(r -> "acknowledged").orElse("-"))
            .toList());
  }

  @Test
  void sizesAsWrittenAndInTheWorstCase() {
    String sizes = RESULT.sizes().stream()
        .map(f -> f.label() + " @ " + f.target() + " = " + f.chars() + "/" + f.limit())
        .collect(Collectors.joining("\n"));
    assertEquals(
        String.join("\n",
            "IaCRole-ABCA-Infrastructure @ as written = 4396/6144",
            "IaCRole-ABCA-Application @ as written = 3762/6144",
            "IaCRole-ABCA-Application + ecs @ as written = 4167/6144",
            "IaCRole-ABCA-Observability @ as written = 3237/6144",
            "cfn-exec-trust @ as written = 298/2048",
            "IaCRole-ABCA-Infrastructure @ worst case = 4522/6144",
            "IaCRole-ABCA-Application @ worst case = 3937/6144",
            "IaCRole-ABCA-Application + ecs @ worst case = 4342/6144",
            "IaCRole-ABCA-Observability @ worst case = 3283/6144",
            "cfn-exec-trust @ worst case = 308/2048"),
        sizes);
  }

  @Test
  void hashCoversTheWholeSet() {
    assertEquals(64, RESULT.hash().orElseThrow().length());
    assertTrue(RESULT.diagnostics().stream().noneMatch(Diagnostic::isError));
  }
}
