package dev.rolebook.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** IAM's evaluation rules on hand-written statements and requests. */
class EvaluatorTest {
  static List<Rule> rules(String policyJson) {
    var doc = new StrictJson().parse("p.json", policyJson).file().orElseThrow();
    return PolicyDocument.statementsOf(doc.root()).stream().map(s -> Rule.of("P", s, s)).toList();
  }

  static RequestContext request(String action, String resource, Map<String, String> keys) {
    Map<String, String> lower = new java.util.TreeMap<>();
    keys.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return new RequestContext(action, Optional.ofNullable(resource), lower);
  }

  private static Decision.Outcome decide(String policy, String action, String resource, Map<String, String> keys) {
    return new Evaluator(rules(policy)).decide(request(action, resource, keys), false).outcome();
  }

  private static final String S3 = """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Assets", "Effect": "Allow", "Action": ["s3:Get*", "S3:PUTOBJECT"], "Resource": "arn:aws:s3:::cdk-*-assets-*/*"},
        {"Sid": "NoDelete", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"},
        {"Sid": "Logs", "Effect": "Allow", "NotAction": ["iam:*", "sts:*"], "Resource": "arn:aws:logs:*"}
      ]}""";

  @Test
  void actionsMatchCaseInsensitivelyWithWildcards() {
    assertEquals(Decision.Outcome.ALLOWED, decide(S3, "s3:getobject", "arn:aws:s3:::cdk-x-assets-1/key", Map.of()));
    assertEquals(Decision.Outcome.ALLOWED, decide(S3, "s3:PutObject", "arn:aws:s3:::cdk-x-assets-1/key", Map.of()));
    assertEquals(Decision.Outcome.NOT_GRANTED, decide(S3, "s3:ListBucket", "arn:aws:s3:::cdk-x-assets-1", Map.of()));
  }

  @Test
  void resourceGlobsAreCaseSensitive() {
    assertEquals(Decision.Outcome.NOT_GRANTED, decide(S3, "s3:GetObject", "arn:aws:s3:::CDK-x-assets-1/key", Map.of()));
  }

  @Test
  void explicitDenyWins() {
    var d = new Evaluator(rules(S3)).decide(request("s3:DeleteObject", "arn:aws:s3:::cdk-x-assets-1/key", Map.of()), false);
    assertEquals(Decision.Outcome.DENIED_EXPLICITLY, d.outcome());
    assertEquals("NoDelete", d.denying().get(0).label());
  }

  @Test
  void notActionAndShortArnPatterns() {
    assertEquals(Decision.Outcome.ALLOWED, decide(S3, "logs:CreateLogGroup", "arn:aws:logs:us-east-1:1:log-group:x", Map.of()));
    assertEquals(Decision.Outcome.NOT_GRANTED, decide(S3, "iam:CreateRole", "arn:aws:logs:us-east-1:1:log-group:x", Map.of()));
  }

  @Test
  void notResourceExcludesTheListedArns() {
    String p = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:*", "NotResource": "arn:aws:sqs:*:*:secret-*"}]}""";
    assertEquals(Decision.Outcome.ALLOWED, decide(p, "sqs:SendMessage", "arn:aws:sqs:us-east-1:1:jobs", Map.of()));
    assertEquals(Decision.Outcome.NOT_GRANTED, decide(p, "sqs:SendMessage", "arn:aws:sqs:us-east-1:1:secret-q", Map.of()));
  }

  @Test
  void unnamedResourceIsNotEvaluatedUnlessTheStatementSaysStar() {
    var d = new Evaluator(rules(S3)).decide(request("s3:GetObject", null, Map.of()), false);
    assertEquals(Decision.Outcome.NOT_EVALUATED, d.outcome());
    // Logs' NotAction covers s3:GetObject too, and its ARN pattern cannot be decided either.
    assertEquals(Set.of("P \u203a Assets: the record names no resource to match arn:aws:s3:::cdk-*-assets-*/*",
        "P \u203a Logs: the record names no resource to match arn:aws:logs:*"), d.notEvaluated());
  }

  @Test
  void actionsWithoutResourceTypesNeedStar() {
    String p = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "arn:aws:ecr:*:*:repository/x"}]}""";
    assertEquals(Decision.Outcome.NOT_GRANTED,
        new Evaluator(rules(p)).decide(request("ecr:GetAuthorizationToken", null, Map.of()), true).outcome());
  }

  private static final String REGION = """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "ec2:*", "Resource": "*",
         "Condition": {"StringEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]}, "IpAddressIfExists": {"aws:SourceIp": "203.0.113.0/24"}}}
      ]}""";

  @Test
  void conditionsOnKeysTheRecordCarriesAreEvaluated() {
    assertEquals(Decision.Outcome.ALLOWED,
        decide(REGION, "ec2:CreateVpc", null, Map.of("aws:RequestedRegion", "eu-west-1", "aws:SourceIp", "203.0.113.9")));
    assertEquals(Decision.Outcome.NOT_GRANTED,
        decide(REGION, "ec2:CreateVpc", null, Map.of("aws:RequestedRegion", "ap-south-1", "aws:SourceIp", "203.0.113.9")));
    assertEquals(Decision.Outcome.NOT_GRANTED,
        decide(REGION, "ec2:CreateVpc", null, Map.of("aws:RequestedRegion", "us-east-1", "aws:SourceIp", "198.51.100.1")));
  }

  @Test
  void conditionsOnMissingKeysAreNotAssumedTrue() {
    var d = new Evaluator(rules(REGION)).decide(request("ec2:CreateVpc", null, Map.of("aws:RequestedRegion", "us-east-1")), false);
    assertEquals(Decision.Outcome.NOT_EVALUATED, d.outcome());
    assertEquals(Set.of("P \u203a #1: condition IpAddressIfExists aws:SourceIp"), d.notEvaluated());
    String vpce = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*",
         "Condition": {"StringEquals": {"aws:SourceVpc": "vpc-1"}}}]}""";
    assertEquals(Decision.Outcome.NOT_EVALUATED, decide(vpce, "s3:ListBucket", "arn:aws:s3:::b", Map.of()));
  }

  @Test
  void negatedAndDateOperators() {
    String p = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*",
          "Condition": {"StringNotEquals": {"aws:RequestedRegion": "us-east-1"}}},
          {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"DateLessThan": {"aws:CurrentTime": "2027-01-01T00:00:00Z"}}}]}""";
    assertEquals(Decision.Outcome.DENIED_EXPLICITLY,
        decide(p, "s3:ListBucket", "arn:aws:s3:::b", Map.of("aws:RequestedRegion", "eu-west-1", "aws:CurrentTime", "2026-03-01T00:00:00Z")));
    assertEquals(Decision.Outcome.ALLOWED,
        decide(p, "s3:ListBucket", "arn:aws:s3:::b", Map.of("aws:RequestedRegion", "us-east-1", "aws:CurrentTime", "2026-03-01T00:00:00Z")));
    assertEquals(Decision.Outcome.NOT_GRANTED,
        decide(p, "s3:ListBucket", "arn:aws:s3:::b", Map.of("aws:RequestedRegion", "us-east-1", "aws:CurrentTime", "2027-03-01T00:00:00Z")));
  }

  @Test
  void arnLikeMatchesFieldByField() {
    String p = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*",
          "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/cdk-*"}}}]}""";
    assertEquals(Decision.Outcome.ALLOWED, decide(p, "s3:ListBucket", "arn:aws:s3:::b",
        Map.of("aws:PrincipalArn", "arn:aws:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-111122223333-us-east-1")));
    assertEquals(Decision.Outcome.NOT_GRANTED, decide(p, "s3:ListBucket", "arn:aws:s3:::b",
        Map.of("aws:PrincipalArn", "arn:aws:iam::111122223333:role/ops")));
  }

  @Test
  void wildcardSemantics() {
    assertEquals(true, Wildcard.resourceMatches("arn:aws:logs:*", "arn:aws:logs:us-east-1:1:log-group:a:*"));
    assertEquals(false, Wildcard.resourceMatches("arn:aws:s3:::a?c", "arn:aws:s3:::abbc"));
    assertEquals(true, Wildcard.resourceMatches("arn:aws:s3:::a?c", "arn:aws:s3:::abc"));
    assertEquals(false, Wildcard.resourceMatches("arn:aws:lambda:*:*:function:x-*", "arn:aws:lambda:us-east-1:1:function:y-1"));
    assertEquals(true, Ip.inBlock("2001:db8::1", "2001:db8::/32").orElseThrow());
    assertEquals(false, Ip.inBlock("10.0.0.1", "2001:db8::/32").orElseThrow());
  }

  @Test
  void policyVariablesAreNotEvaluated() {
    String p = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*"}]}""";
    assertEquals(Decision.Outcome.NOT_EVALUATED, decide(p, "s3:GetObject", "arn:aws:s3:::home/ann/x", Map.of()));
  }
}
