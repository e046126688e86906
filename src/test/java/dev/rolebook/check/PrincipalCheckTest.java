package dev.rolebook.check;

import static dev.rolebook.check.PolicyChecks.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalCheckTest {
  private static List<String> principal(String principal) {
    return trust("{\"Effect\": \"Allow\", \"Principal\": " + principal + ", \"Action\": \"sts:AssumeRole\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"Service\": \"cloudformation.amazonaws.com\"}", "{\"Service\": [\"lambda.amazonaws.com\", \"ecs-tasks.amazonaws.com\"]}",
      "{\"Service\": \"ec2.amazonaws.com.cn\"}", "{\"AWS\": \"123456789012\"}", "{\"AWS\": \"arn:aws:iam::ACCOUNT_ID:root\"}",
      "{\"AWS\": \"arn:aws:iam::123456789012:role/path/deployer\"}", "{\"AWS\": \"arn:aws:sts::123456789012:assumed-role/r/s\"}",
      "{\"AWS\": \"AROAEXAMPLEID12345678\"}", "{\"Federated\": \"cognito-identity.amazonaws.com\"}",
      "{\"Federated\": \"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com\"}",
      "{\"CanonicalUser\": \"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\"}"})
  void goodPrincipalsPass(String p) {
    assertEquals(List.of(), principal(p));
  }

  @Test
  void serviceTypoSaysWhatWasMeant() {
    assertEquals(List.of("IAM024 principal Service 'cloudformation.amazon.com' in statement #1 is not a service principal"
        + " | did you mean 'cloudformation.amazonaws.com'?"), principal("{\"Service\": \"cloudformation.amazon.com\"}"));
    assertEquals(List.of("IAM024 principal Service 'lambda' in statement #1 is not a service principal"
        + " | did you mean 'lambda.amazonaws.com'?"), principal("{\"Service\": \"lambda\"}"));
    assertEquals(List.of("IAM024 principal Service 'Lambda.amazonaws.com' in statement #1 is not a service principal"
        + " | service principals are lower case: 'lambda.amazonaws.com'"), principal("{\"Service\": \"Lambda.amazonaws.com\"}"));
    assertEquals(List.of("IAM024 principal Service '*.amazonaws.com' in statement #1 is not a service principal"
        + " | service principals take no wildcards"), principal("{\"Service\": \"*.amazonaws.com\"}"));
  }

  @Test
  void unknownServiceIsAWarning() {
    assertEquals(List.of("IAM025 principal Service 'lamda.amazonaws.com' in statement #1 names no service Rolebook knows"
        + " | did you mean 'lambda.amazonaws.com'?"), principal("{\"Service\": \"lamda.amazonaws.com\"}"));
  }

  @Test
  void awsPrincipals() {
    assertEquals(List.of("IAM026 principal AWS '12345678901' in statement #1 is neither an account ID nor a principal ARN"
        + " | it has 11 digits; account IDs have exactly 12"), principal("{\"AWS\": \"12345678901\"}"));
    assertEquals(List.of("IAM026 principal AWS 'arn:aws:iam::123456789012:group/admins' in statement #1 does not name a principal"
        + " | an IAM group cannot be a principal; name its users or roles"),
        principal("{\"AWS\": \"arn:aws:iam::123456789012:group/admins\"}"));
    assertEquals(List.of("IAM026 principal AWS 'arn:aws:iam::123456789012:role/*' in statement #1 has a wildcard, which principals"
        + " do not take | name the principal exactly, or use \"*\" with a condition on aws:PrincipalArn"),
        principal("{\"AWS\": \"arn:aws:iam::123456789012:role/*\"}"));
    assertEquals(List.of("IAM026 principal AWS 'arn:aws:iam:us-east-1:123456789012:role/r' in statement #1 has Region 'us-east-1';"
        + " IAM and STS principal ARNs have none | write arn:aws:iam::123456789012:role/r"),
        principal("{\"AWS\": \"arn:aws:iam:us-east-1:123456789012:role/r\"}"));
    assertEquals(List.of("IAM020 principal 'arn:aws-gov:iam::123456789012:root' in statement #1 has partition 'aws-gov', which does"
        + " not exist | did you mean 'aws-us-gov'? partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc"),
        principal("{\"AWS\": \"arn:aws-gov:iam::123456789012:root\"}"));
  }

  @Test
  void federatedAndCanonical() {
    assertEquals(List.of("IAM026 principal Federated 'token.actions.githubusercontent.com' in statement #1 is not an identity"
        + " provider | use the provider's ARN (arn:aws:iam::ACCOUNT:oidc-provider/HOST or …:saml-provider/NAME), or one of"
        + " accounts.google.com, cognito-identity.amazonaws.com, graph.facebook.com, www.amazon.com"),
        principal("{\"Federated\": \"token.actions.githubusercontent.com\"}"));
    assertEquals(List.of("IAM026 principal CanonicalUser 'abc' in statement #1 is not a canonical user ID"
        + " | a canonical user ID is 64 lower-case hexadecimal characters"), principal("{\"CanonicalUser\": \"abc\"}"));
  }

  @Test
  void anyoneMayAssume() {
    assertEquals(List.of("SEC007 statement #1 lets any principal in any AWS account assume the role"
        + " | name the trusted account, role or service instead of \"*\""), principal("\"*\""));
    assertEquals(List.of("SEC007 statement #1 lets any principal in any AWS account assume the role when its condition holds"
            + " | name the accounts or roles instead, or acknowledge it in the manifest if the condition is the boundary"),
        trust("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"sts:AssumeRole\","
            + " \"Condition\": {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}}"));
    assertEquals(List.of(), trust("{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\"}"));
  }
}
