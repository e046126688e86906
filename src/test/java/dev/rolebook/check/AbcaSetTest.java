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

  /**
   * The set's real defects, as published (its policies are facts): two actions that do not exist,
   * four actions that take no resource scoped to ARNs, one whose resource type is not listed, and two
   * redundant resource patterns. The service-wide AgentCore grant is acknowledged in the manifest.
   */
  @Test
  void passesWithItsRealDefectsAsWarnings() {
    assertTrue(RESULT.passes(false));
    assertFalse(RESULT.passes(true), "--strict fails on the set's known problems");
    assertEquals(
        List.of(
            "policies/IaCRole-ABCA-Application.json:62:9: warning LINT002 arn:aws:lambda:*:*:function:backgroundagent-dev-AWS*",
            "policies/IaCRole-ABCA-Application.json:74:9: warning CAT002 apigateway:TagResource",
            "policies/IaCRole-ABCA-Application.json:75:9: warning CAT002 apigateway:UntagResource",
            "policies/IaCRole-ABCA-Application.json:90:9: warning CAT005 cognito-idp:CreateUserPool",
            "policies/IaCRole-ABCA-Application.json:114:9: warning CAT005 wafv2:DisassociateWebACL",
            "policies/IaCRole-ABCA-Infrastructure.json:22:9: warning CAT005 cloudformation:ValidateTemplate",
            "policies/IaCRole-ABCA-Observability.json:8:9: note SEC003 bedrock-agentcore:*",
            "policies/IaCRole-ABCA-Observability.json:89:9: warning LINT002 arn:aws:s3:::cdk-hnb659fds-assets-*/*",
            "policies/IaCRole-ABCA-Observability.json:110:9: warning CAT005 ecr:GetAuthorizationToken",
            "policies/IaCRole-ABCA-Observability.json:162:9: warning CAT005 sts:GetCallerIdentity"),
        RESULT.diagnostics().stream()
            .map(d -> d.location() + ": " + d.severity().word() + " " + d.code() + " "
                + RESULT.findings().stream().filter(f -> f.line() == d.line() && f.file().equals(d.file())).findFirst().orElseThrow().value())
            .toList());
  }

  @Test
  void findingsCarryPolicySidAndValueForTheGuide() {
    assertEquals(
        List.of(
            "IaCRole-ABCA-Application Lambda LINT002 arn:aws:lambda:*:*:function:backgroundagent-dev-AWS* -",
            "IaCRole-ABCA-Application APIGateway CAT002 apigateway:TagResource -",
            "IaCRole-ABCA-Application APIGateway CAT002 apigateway:UntagResource -",
            "IaCRole-ABCA-Application Cognito CAT005 cognito-idp:CreateUserPool -",
            "IaCRole-ABCA-Application WAFv2 CAT005 wafv2:DisassociateWebACL -",
            "IaCRole-ABCA-Infrastructure CloudFormationSelf CAT005 cloudformation:ValidateTemplate -",
            "IaCRole-ABCA-Observability BedrockAgentCore SEC003 bedrock-agentcore:* acknowledged",
            "IaCRole-ABCA-Observability S3CDKAssets LINT002 arn:aws:s3:::cdk-hnb659fds-assets-*/* -",
            "IaCRole-ABCA-Observability ECRForDockerAssets CAT005 ecr:GetAuthorizationToken -",
            "IaCRole-ABCA-Observability STSForCDK CAT005 sts:GetCallerIdentity -"),
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
