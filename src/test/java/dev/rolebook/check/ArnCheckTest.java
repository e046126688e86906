package dev.rolebook.check;

import static dev.rolebook.check.PolicyChecks.allow;
import static dev.rolebook.check.PolicyChecks.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArnCheckTest {
  private static List<String> resource(String arn) {
    // Action "*": the catalog's action/resource checks stay out of these ARN-field cases.
    return identity(allow("\"*\"", "\"" + arn + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:s3:::bucket/*", "arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:table/t", "arn:*:s3:::b",
      "arn:aws*:s3:::b", "arn:aws:lambda:*:*:function:f", "arn:aws:lambda:us-*:ACCOUNT_ID:function:f",
      "arn:aws:lambda:REGION:ACCOUNT_ID:function:f", "arn:aws:iam::aws:policy/ReadOnlyAccess",
      "arn:aws:s3:::${aws:username}/*", "arn:aws:logs:${aws:RequestedRegion}:12345678901?:log-group:x",
      "arn:aws-eusc:s3:eusc-de-east-1:123456789012:accesspoint/a", "arn:aws:ec2:mx-central-1:123456789012:vpc/*"})
  void goodArnsPass(String arn) {
    assertEquals(List.of(), resource(arn));
  }

  @Test
  void unknownPartitionSuggestsTheNearest() {
    assertEquals(List.of("IAM020 resource 'arn:aws-gov:s3:::b' in statement S has partition 'aws-gov', which does not exist"
            + " | did you mean 'aws-us-gov'? partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc"),
        resource("arn:aws-gov:s3:::b"));
    assertEquals(List.of("IAM020 resource 'arn:amazon:s3:::b' in statement S has partition 'amazon', which does not exist"
            + " | partitions: aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc"),
        resource("arn:amazon:s3:::b"));
  }

  @Test
  void regionShapeIsAnError() {
    assertEquals(List.of("IAM021 resource 'arn:aws:sqs:US-EAST-1:123456789012:q' in statement S has Region 'US-EAST-1',"
        + " which is not a Region code | did you mean 'us-east-1'?"), resource("arn:aws:sqs:US-EAST-1:123456789012:q"));
    assertEquals(List.of("IAM021 resource 'arn:aws:sqs:virginia:123456789012:q' in statement S has Region 'virginia',"
            + " which is not a Region code | Region codes read like us-east-1 or eu-central-2; use '*' for any Region"),
        resource("arn:aws:sqs:virginia:123456789012:q"));
  }

  @Test
  void unknownRegionIsAWarningWithASuggestion() {
    assertEquals(List.of("IAM022 resource 'arn:aws:sqs:us-eats-1:123456789012:q' in statement S has Region 'us-eats-1',"
        + " which Rolebook does not know | did you mean 'us-east-1'?"), resource("arn:aws:sqs:us-eats-1:123456789012:q"));
    assertEquals(List.of("IAM022 resource 'arn:aws:sqs:cn-north-1:123456789012:q' in statement S pairs partition 'aws' with"
        + " Region 'cn-north-1', which is in partition 'aws-cn' | use partition 'aws-cn' for cn-north-1"),
        resource("arn:aws:sqs:cn-north-1:123456789012:q"));
    assertEquals(List.of("IAM022 resource 'arn:aws:sqs:xx-*:123456789012:q' in statement S has Region pattern 'xx-*',"
        + " which matches no Region Rolebook knows | use '*' or a Region code such as us-east-1"),
        resource("arn:aws:sqs:xx-*:123456789012:q"));
  }

  @Test
  void accountMustHaveTwelveDigits() {
    assertEquals(List.of("IAM023 resource 'arn:aws:sqs:us-east-1:12345678901:q' in statement S has account '12345678901',"
            + " which is not a 12-digit account ID | it has 11 digits; account IDs have exactly 12 (keep leading zeros)"),
        resource("arn:aws:sqs:us-east-1:12345678901:q"));
    assertEquals(List.of("IAM023 resource 'arn:aws:sqs:us-east-1:my-account:q' in statement S has account 'my-account',"
            + " which is not a 12-digit account ID | use the 12-digit account ID, '*' for any account, or a placeholder from"
            + " the manifest's parameters"),
        resource("arn:aws:sqs:us-east-1:my-account:q"));
  }
}
