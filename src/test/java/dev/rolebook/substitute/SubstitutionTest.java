package dev.rolebook.substitute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Manifest;
import dev.rolebook.testing.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine itself: where placeholders are and are not replaced. */
class SubstitutionTest {
  private static final Manifest M = Projects.self().manifest();

  private static Substitution of(Map<String, String> values) {
    ParameterValues.Result r = ParameterValues.validate(M, values, true);
    assertTrue(r.ok(), r.errors().toString());
    return r.substitution();
  }

  private static final Substitution PROD = of(Map.of(
      "account", "111122223333", "region", "eu-central-2", "partition", "aws-us-gov",
      "qualifier", "prod1", "stack", "backgroundagent-prod"));

  @Test
  void replacesWholeTokensOnly() {
    assertEquals("cdk-prod1-assets-*", PROD.apply("cdk-hnb659fds-assets-*"));
    assertEquals("cdk-hnb659fdsx-assets", PROD.apply("cdk-hnb659fdsx-assets"));
    assertEquals("xhnb659fds", PROD.apply("xhnb659fds"));
    assertEquals("hnb659fds_1", PROD.apply("hnb659fds_1"));
    assertEquals("backgroundagent-*", PROD.apply("backgroundagent-*"));
    assertEquals("backgroundagent-prod-*", PROD.apply("backgroundagent-dev-*"));
    assertEquals("backgroundagent-development", PROD.apply("backgroundagent-development"));
    assertEquals("MY_ACCOUNT_ID", PROD.apply("MY_ACCOUNT_ID"));
    assertEquals("cdk-prod1-deploy-role-111122223333-eu-central-2", PROD.apply("cdk-hnb659fds-deploy-role-ACCOUNT_ID-REGION"));
  }

  @Test
  void replacesThePartitionOnlyAsTheArnField() {
    assertEquals("arn:aws-us-gov:iam::111122223333:root", PROD.apply("arn:aws:iam::ACCOUNT_ID:root"));
    assertEquals("arn:aws-us-gov:iam::*:role/aws-service-role/*", PROD.apply("arn:aws:iam::*:role/aws-service-role/*"));
    assertEquals("aws:SourceAccount", PROD.apply("aws:SourceAccount"));
    assertEquals("x arn:aws:s3:::b", PROD.apply("x arn:aws:s3:::b"));
    assertEquals("arn:awsx:s3:::b", PROD.apply("arn:awsx:s3:::b"));
  }

  @Test
  void aValueThatSpellsAnotherPlaceholderIsNotSubstitutedAgain() {
    // Found while reviewing: replacing parameter by parameter let a qualifier or stack value that
    // spells a later placeholder be rewritten by that later parameter.
    Substitution s = of(Map.of("account", "123456789012", "region", "us-east-1", "qualifier", "ACCOUNT_ID", "stack", "REGION"));
    assertEquals("cdk-ACCOUNT_ID-REGION-123456789012", s.apply("cdk-hnb659fds-backgroundagent-dev-ACCOUNT_ID"));
  }

  @Test
  void neverTouchesKeysOrNonStrings() {
    JsonValue doc = new JsonObject(List.of(
        new Member("hnb659fds", new JsonString("hnb659fds")),
        new Member("n", new JsonValue.JsonNumber("12")),
        new Member("b", new JsonValue.JsonBoolean(true))));
    JsonValue out = PROD.apply(doc);
    assertEquals(new JsonObject(List.of(
        new Member("hnb659fds", new JsonString("prod1")),
        new Member("n", new JsonValue.JsonNumber("12")),
        new Member("b", new JsonValue.JsonBoolean(true)))), out);
  }

  @Test
  void asWrittenLeavesEverythingAndWorstCaseUsesLongestValues() {
    Target asWritten = Target.asWritten(M);
    assertEquals("arn:aws:iam::ACCOUNT_ID:root", asWritten.substitution().apply("arn:aws:iam::ACCOUNT_ID:root"));
    Target worst = Target.worstCase(M);
    assertEquals("arn:aws-us-gov:iam::xxxxxxxxxxxx:role/xxxxxxxxxx-" + "x".repeat(40) + "-*",
        worst.substitution().apply("arn:aws:iam::ACCOUNT_ID:role/hnb659fds-backgroundagent-dev-*"));
    assertEquals("account 12 characters, region 14 characters, partition aws-us-gov, qualifier 10 characters, stack 40 characters",
        worst.description());
    assertEquals(List.of("ecs"), worst.variants());
  }

  @Test
  void defaultValuesLeaveTheTextUnchanged() {
    Substitution s = of(Map.of("account", "123456789012", "region", "us-east-1"));
    assertEquals("arn:aws:s3:::cdk-hnb659fds-assets-*", s.apply("arn:aws:s3:::cdk-hnb659fds-assets-*"));
    assertFalse(s.values().isEmpty());
  }
}
