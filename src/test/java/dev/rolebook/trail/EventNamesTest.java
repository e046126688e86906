package dev.rolebook.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** Event to action on the bundled catalog, the documented exceptions included; unknowns are never guessed. */
class EventNamesTest {
  private final ActionMapping mapping = new ActionMapping(Catalog.bundled());

  private String map(String source, String name) {
    ActionMapping.Mapped m = mapping.map(source, name);
    return m.action().map(a -> a.qualifiedName()).orElse("unmapped: " + m.reason());
  }

  @Test
  void plainRuleAndVersionedNames() {
    assertEquals("iam:CreateRole", map("iam.amazonaws.com", "CreateRole"));
    assertEquals("lambda:CreateFunction", map("lambda.amazonaws.com", "CreateFunction20150331"));
    assertEquals("lambda:UpdateFunctionCode", map("lambda.amazonaws.com", "UpdateFunctionCode20150331v2"));
    assertEquals("lambda:PutFunctionConcurrency", map("lambda.amazonaws.com", "PutFunctionConcurrency20171031"));
    assertEquals("lambda:InvokeFunction", map("lambda.amazonaws.com", "Invoke"));
    assertEquals("cloudfront:CreateDistribution", map("cloudfront.amazonaws.com", "CreateDistribution2020_05_31"));
  }

  @Test
  void sourcesAndOperationsThatDifferFromIam() {
    assertEquals("cloudwatch:PutMetricAlarm", map("monitoring.amazonaws.com", "PutMetricAlarm"));
    assertEquals("cloudformation:CreateResource", map("cloudcontrolapi.amazonaws.com", "CreateResource"));
    assertEquals("rds-data:ExecuteStatement", map("rdsdata.amazonaws.com", "ExecuteStatement"));
    assertEquals("tag:GetResources", map("tagging.amazonaws.com", "GetResources"));
    assertEquals("s3:GetObject", map("s3.amazonaws.com", "HeadObject"));
    assertEquals("s3:ListBucket", map("s3.amazonaws.com", "ListObjectsV2"));
    assertEquals("s3:PutEncryptionConfiguration", map("s3.amazonaws.com", "PutBucketEncryption"));
    assertEquals("apigateway:POST", map("apigateway.amazonaws.com", "CreateRestApi"));
    assertEquals("apigateway:PATCH", map("apigateway.amazonaws.com", "UpdateStage"));
    assertEquals("apigateway:PUT", map("apigateway.amazonaws.com", "TagResource"));
  }

  @Test
  void unknownsAreListedNotGuessed() {
    assertEquals("unmapped: the catalog has no service 'bedrock-agentcore-control'",
        map("bedrock-agentcore-control.amazonaws.com", "CreateAgentRuntime"));
    assertEquals("unmapped: the catalog has no action 's3:FlyToTheMoon'", map("s3.amazonaws.com", "FlyToTheMoon"));
    assertEquals("unmapped: 'signin.example.com' is not an AWS service endpoint", map("signin.example.com", "ConsoleLogin"));
    assertEquals("unmapped: the catalog has no action 'apigateway:ImportRestApi'", map("apigateway.amazonaws.com", "ImportRestApi"));
    // The version rule belongs to Lambda only: another service's digits stay.
    assertEquals("unmapped: the catalog has no action 'iam:CreateRole20150331'", map("iam.amazonaws.com", "CreateRole20150331"));
  }

  @Test
  void denialMessages() {
    Denial d = Denial.of("User: arn:aws:sts::1:assumed-role/R/S is not authorized to perform: iam:PassRole on resource:"
        + " arn:aws:iam::1:role/T because no identity-based policy allows the iam:PassRole action");
    assertEquals(new Denial(java.util.Optional.of("iam:PassRole"), java.util.Optional.of("arn:aws:iam::1:role/T"), Denial.Where.IDENTITY_POLICY), d);
    assertEquals(Denial.Where.ELSEWHERE, Denial.of("User: x is not authorized to perform: kms:CreateKey with an explicit deny in a service control policy").where());
    assertEquals(java.util.Optional.of("kms:CreateKey"), Denial.of("User: x is not authorized to perform: kms:CreateKey with an explicit deny in a service control policy").action());
    assertEquals(new Denial(java.util.Optional.empty(), java.util.Optional.empty(), Denial.Where.UNKNOWN),
        Denial.of("You are not authorized to perform this operation. Encoded authorization failure message: abc"));
    assertEquals(true, Denial.isDenied("Client.UnauthorizedOperation"));
    assertEquals(true, Denial.isDenied("AccessDeniedException"));
    assertEquals(false, Denial.isDenied("NotAuthorizedException")); // Cognito's sign-in failure, not IAM
    assertEquals(false, Denial.isDenied("ResourceNotFoundException"));
  }
}
