package dev.rolebook.substitute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.PolicySet;
import dev.rolebook.testing.Projects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ABCA set under non-default parameters: the ARNs and external ID an operator gets. The
 * {@code backgroundagent-*} secret and ECR repository patterns are deliberately not derived from
 * the stack name (the app names those resources with the fixed prefix), so they stay as written.
 */
class AbcaSetSubstitutionTest {
  private static final PolicySet SET = Projects.self();

  private static List<String> strings(String policy, Map<String, String> values, List<String> variants) {
    ParameterValues.Result r = ParameterValues.validate(SET.manifest(), values, true);
    assertTrue(r.ok(), r.errors().toString());
    JsonValue doc = SET.combined(policy, variants).orElseThrow();
    return Projects.strings(r.substitution().apply(doc));
  }

  private static void assertHas(List<String> strings, String... expected) {
    for (String e : expected) {
      assertTrue(strings.contains(e), "missing " + e + " in " + strings);
    }
  }

  private static void assertNoneContains(List<String> strings, String... fragments) {
    for (String s : strings) {
      for (String f : fragments) {
        assertTrue(!s.contains(f), "'" + s + "' still contains '" + f + "'");
      }
    }
  }

  private static final Map<String, String> PROD = Map.of(
      "account", "111122223333", "region", "eu-central-2", "qualifier", "prod1", "stack", "backgroundagent-prod");

  @Test
  void nonDefaultQualifierAndStackName() {
    List<String> trust = strings("cfn-exec-trust", PROD, List.of());
    assertHas(trust, "arn:aws:iam::111122223333:root", "cdk-prod1", "cloudformation.amazonaws.com");

    List<String> infra = strings("IaCRole-ABCA-Infrastructure", PROD, List.of());
    assertHas(infra,
        "arn:aws:cloudformation:*:*:stack/backgroundagent-prod/*",
        "arn:aws:cloudformation:*:*:stack/CDKToolkit/*",
        "arn:aws:iam::*:role/backgroundagent-prod-*",
        "arn:aws:iam::*:policy/backgroundagent-prod-*");

    List<String> app = strings("IaCRole-ABCA-Application", PROD, List.of());
    assertHas(app,
        "arn:aws:dynamodb:*:*:table/backgroundagent-prod-*",
        "arn:aws:lambda:*:*:function:backgroundagent-prod-*",
        "arn:aws:events:*:*:rule/backgroundagent-prod-*",
        // Not stack-derived on purpose: the secret names use the fixed app prefix.
        "arn:aws:secretsmanager:*:*:secret:backgroundagent-*");

    List<String> obs = strings("IaCRole-ABCA-Observability", PROD, List.of());
    assertHas(obs,
        "arn:aws:s3:::cdk-prod1-assets-*",
        "arn:aws:s3:::cdk-prod1-assets-*/*",
        "arn:aws:ecr:*:*:repository/cdk-prod1-container-assets-*",
        "arn:aws:ecr:*:*:repository/backgroundagent-*",
        "arn:aws:iam::*:role/cdk-prod1-*");

    for (List<String> doc : List.of(trust, infra, app, obs)) {
      assertNoneContains(doc, "hnb659fds", "backgroundagent-dev", "ACCOUNT_ID");
    }
  }

  @Test
  void govCloudPartition() {
    Map<String, String> gov = Map.of("account", "111122223333", "region", "us-gov-west-1", "partition", "aws-us-gov",
        "qualifier", "gov1", "stack", "backgroundagent-prod");
    assertHas(strings("cfn-exec-trust", gov, List.of()), "arn:aws-us-gov:iam::111122223333:root", "cdk-gov1");
    assertHas(strings("IaCRole-ABCA-Infrastructure", gov, List.of()),
        "arn:aws-us-gov:cloudformation:*:*:stack/backgroundagent-prod/*",
        "arn:aws-us-gov:iam::*:role/aws-service-role/*");
    assertHas(strings("IaCRole-ABCA-Observability", gov, List.of()),
        "arn:aws-us-gov:s3:::cdk-gov1-assets-*", "arn:aws-us-gov:iam::*:role/cdk-gov1-*");
    List<String> app = strings("IaCRole-ABCA-Application", gov, List.of("ecs"));
    assertHas(app, "arn:aws-us-gov:secretsmanager:*:*:secret:backgroundagent-*");
    for (String policy : List.of("cfn-exec-trust", "IaCRole-ABCA-Infrastructure", "IaCRole-ABCA-Application",
        "IaCRole-ABCA-Observability")) {
      List<String> s = strings(policy, gov, List.of("ecs"));
      assertNoneContains(s, "arn:aws:", "hnb659fds", "backgroundagent-dev", "ACCOUNT_ID");
      assertTrue(s.stream().filter(x -> x.startsWith("arn:")).allMatch(x -> x.startsWith("arn:aws-us-gov:")), policy);
    }
  }

  @Test
  void chinaPartition() {
    Map<String, String> cn = Map.of("account", "444455556666", "region", "cn-north-1", "partition", "aws-cn");
    assertHas(strings("cfn-exec-trust", cn, List.of()), "arn:aws-cn:iam::444455556666:root", "cdk-hnb659fds");
    assertHas(strings("IaCRole-ABCA-Application", cn, List.of()),
        "arn:aws-cn:dynamodb:*:*:table/backgroundagent-dev-*",
        "arn:aws-cn:apigateway:*::/restapis");
    assertHas(strings("IaCRole-ABCA-Observability", cn, List.of()), "arn:aws-cn:s3:::cdk-hnb659fds-assets-*");
    for (String policy : List.of("cfn-exec-trust", "IaCRole-ABCA-Infrastructure", "IaCRole-ABCA-Application",
        "IaCRole-ABCA-Observability")) {
      assertNoneContains(strings(policy, cn, List.of("ecs")), "arn:aws:", "ACCOUNT_ID");
    }
  }
}
