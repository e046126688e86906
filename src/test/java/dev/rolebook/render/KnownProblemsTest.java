package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.check.Checker;
import dev.rolebook.testing.Projects;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The guide's "Known problems" table: one row per finding, acknowledged ones included and marked. */
class KnownProblemsTest {
  @Test
  void listsEveryFindingOfTheSetWithItsStatus() {
    RenderModel model = RenderModel.of(Checker.check(Projects.loadSelf(), List.of())).orElseThrow();
    Document html = Jsoup.parse(KnownProblems.build(model, "", Map.of()).html());
    List<String> rows = html.select("table.rolebook-known-problems tbody tr").stream()
        .map(tr -> tr.child(0).text() + " | " + tr.child(1).text() + " | " + tr.child(2).text() + " | " + tr.child(5).text())
        .toList();
    assertEquals(List.of(
        "IaCRole-ABCA-Application | Lambda policies/IaCRole-ABCA-Application.json:62 | arn:aws:lambda:*:*:function:backgroundagent-dev-AWS* | Open",
        "IaCRole-ABCA-Application | APIGateway policies/IaCRole-ABCA-Application.json:74 | apigateway:TagResource | Open",
        "IaCRole-ABCA-Application | APIGateway policies/IaCRole-ABCA-Application.json:75 | apigateway:UntagResource | Open",
        "IaCRole-ABCA-Application | Cognito policies/IaCRole-ABCA-Application.json:90 | cognito-idp:CreateUserPool | Open",
        "IaCRole-ABCA-Application | WAFv2 policies/IaCRole-ABCA-Application.json:114 | wafv2:DisassociateWebACL | Open",
        "IaCRole-ABCA-Infrastructure | CloudFormationSelf policies/IaCRole-ABCA-Infrastructure.json:22 | cloudformation:ValidateTemplate | Open",
        "IaCRole-ABCA-Observability | BedrockAgentCore policies/IaCRole-ABCA-Observability.json:8 | bedrock-agentcore:* | Acknowledged: AgentCore's"
            + " CloudFormation handlers call internal actions that the documented API does not name, so the deployment needs every AgentCore"
            + " action; the statement grants nothing else.",
        "IaCRole-ABCA-Observability | S3CDKAssets policies/IaCRole-ABCA-Observability.json:89 | arn:aws:s3:::cdk-hnb659fds-assets-*/* | Open",
        "IaCRole-ABCA-Observability | ECRForDockerAssets policies/IaCRole-ABCA-Observability.json:110 | ecr:GetAuthorizationToken | Open",
        "IaCRole-ABCA-Observability | STSForCDK policies/IaCRole-ABCA-Observability.json:162 | sts:GetCallerIdentity | Open"), rows);
    Element cognito = html.select("table.rolebook-known-problems tbody tr").get(3);
    assertEquals("CAT005 action 'cognito-idp:CreateUserPool' takes no resource: IAM authorizes it only on \"*\", so statement Cognito,"
        + " which lists only specific ARNs, grants nothing for it", cognito.child(3).text());
    assertEquals("move it to a statement with \"Resource\": \"*\", or remove it", cognito.child(4).text());
    assertTrue(html.select("th").eachText().containsAll(KnownProblems.HEADERS));
  }

  @Test
  void aCleanSetSaysSo() {
    RenderModel model = RenderModel.of(Checker.check(Projects.loadSelf(), List.of())).orElseThrow();
    RenderModel clean = new RenderModel(model.set(), model.sizes(), model.hash(), model.targets(), List.of());
    assertEquals("The check reports no problems in this set.", Jsoup.parse(KnownProblems.build(clean, "", Map.of()).html()).text());
  }
}
