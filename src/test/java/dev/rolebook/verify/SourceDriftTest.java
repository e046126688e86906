package dev.rolebook.verify;

import static dev.rolebook.verify.TestProjects.drift;
import static dev.rolebook.verify.TestProjects.lines;
import static dev.rolebook.verify.TestProjects.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDriftTest {
  @TempDir Path dir;

  static final String TRUST = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": { "Service": "cloudformation.amazonaws.com" },
            "Action": "sts:AssumeRole"
          },
          {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::ACCOUNT_ID:root" },
            "Action": "sts:AssumeRole",
            "Condition": { "StringEquals": { "sts:ExternalId": "cdk-hnb659fds" } }
          }
        ]
      }""";

  @BeforeEach
  void project() throws IOException {
    TestProjects.copyPolicies(dir);
  }

  @Test
  void handPastedPolicyIsReportedWithFileAndLine() {
    write(dir, "src/docs/index.adoc", "= Guide\n\n== Trust\n\n[source,json]\n----\n" + TRUST + "\n----\n");
    DriftResult r = drift(dir);
    assertEquals(List.of(
        "src/docs/index.adoc:7:1 DRIFT002 hand-pasted policy in the docs (it looks like 'cfn-exec-trust'): "
            + "nothing keeps it in step with policies/",
        "target/site DRIFT007 rendered drift skipped: target/site/ does not exist, so there are no pages to compare"),
        lines(r));
    assertEquals("use the policy macro instead, or mark the block [source,json,policy=cfn-exec-trust] so drift compares it",
        r.diagnostics().get(0).hint());
  }

  @Test
  void handPastedStatementInAnIncludedFileIsReported() {
    write(dir, "src/docs/index.adoc", "= Guide\n\ninclude::partials/ecs.adoc[]\n");
    write(dir, "src/docs/partials/ecs.adoc", "Add this:\n\n....\n"
        + "{ \"Sid\": \"ECS\", \"Effect\": \"Allow\", \"Action\": \"ecs:CreateCluster\", \"Resource\": \"*\" }\n....\n");
    assertEquals(List.of(
        "src/docs/partials/ecs.adoc:4:1 DRIFT002 hand-pasted policy statement in the docs (it looks like 'ecs'): "
            + "nothing keeps it in step with policies/"),
        lines(drift(dir)).subList(0, 1));
  }

  @Test
  void calloutsDoNotHideAHandPastedPolicy() {
    String withCallouts = TRUST.replace("\"sts:AssumeRole\",\n      \"Condition\"", "\"sts:AssumeRole\", <1>\n      \"Condition\"");
    assertTrue(withCallouts.contains("<1>"));
    write(dir, "src/docs/index.adoc", "[source,json]\n----\n" + withCallouts + " // <2>\n----\n<1> Same account.\n");
    assertEquals(List.of("src/docs/index.adoc:3:1 DRIFT002 hand-pasted policy in the docs (it looks like 'cfn-exec-trust'): "
        + "nothing keeps it in step with policies/"), lines(drift(dir)).subList(0, 1));
  }

  @Test
  void markedBlockEqualToItsPolicyPasses() {
    write(dir, "src/docs/index.adoc", "[source,json,policy=cfn-exec-trust]\n.The trust policy\n----\n" + TRUST + "\n----\n");
    DriftResult r = drift(dir);
    assertEquals(List.of("target/site DRIFT007 rendered drift skipped: target/site/ does not exist, so there are no pages to compare"),
        lines(r));
    assertEquals(List.of("src/docs/index.adoc:4 cfn-exec-trust"),
        r.shown().stream().filter(DriftResult.Shown::inSync).map(s -> s.where() + " " + s.shows()).toList());
  }

  @Test
  void markedBlockThatDiffersIsReportedAtTheDifference() {
    String effectFlipped = TRUST.replaceFirst("\"Allow\"", "\"Deny\"");
    write(dir, "src/docs/index.adoc", "Intro.\n\n[source,json,policy=cfn-exec-trust]\n----\n" + effectFlipped + "\n----\n");
    assertEquals(List.of(
        "src/docs/index.adoc:9:17 DRIFT001 cfn-exec-trust › #1 › Effect › 'Allow' changed to 'Deny': "
            + "policies/cfn-exec-trust.json:5 has 'Allow'"),
        lines(drift(dir)).subList(0, 1));
  }

  @Test
  void markedBlockNamingAnUnknownPolicyIsReported() {
    write(dir, "src/docs/index.adoc", "[source,json,policy=Nope]\n----\n" + TRUST + "\n----\n");
    assertEquals(List.of(
        "src/docs/index.adoc:3:1 DRIFT004 block names an unknown policy: 'Nope' is not a policy or variant of the set "
            + "(known: IaCRole-ABCA-Infrastructure, IaCRole-ABCA-Application, IaCRole-ABCA-Observability, cfn-exec-trust, ecs)"),
        lines(drift(dir)).subList(0, 1));
  }

  @Test
  void includingThePolicyFileIsNotHandPasting() {
    write(dir, "src/docs/index.adoc", "[source,json]\n----\ninclude::../../policies/variant-ecs.json[]\n----\n");
    DriftResult r = drift(dir);
    assertEquals(1, r.diagnostics().size());
    assertEquals(List.of("src/docs/index.adoc:3 ecs"), r.shown().stream().map(s -> s.where() + " " + s.shows()).toList());
  }

  @Test
  void jsonThatIsNotAPolicyAndCommentedBlocksAreIgnored() {
    write(dir, "src/docs/index.adoc", "[source,json]\n----\n{\"parameters\": {\"account\": \"123456789012\"}}\n----\n\n"
        + "////\n[source,json]\n----\n" + TRUST + "\n----\n////\n");
    // The site note (DRIFT007), and nothing compared (DRIFT008): no block counts as a policy.
    assertEquals(List.of("DRIFT007", "DRIFT008"),
        drift(dir).diagnostics().stream().map(d -> d.code().name()).sorted().toList());
  }
}
