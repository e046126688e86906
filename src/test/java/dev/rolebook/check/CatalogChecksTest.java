package dev.rolebook.check;

import static dev.rolebook.check.PolicyChecks.allow;
import static dev.rolebook.check.PolicyChecks.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks judged against the bundled IAM catalog (CAT001-CAT009). */
class CatalogChecksTest {
  @Test
  void unknownServiceSuggestsTheNearestPrefix() {
    assertEquals(List.of("CAT001 action 'secretmanager:GetSecretValue' in statement S names service 'secretmanager', which does not exist"
        + " | did you mean 'secretsmanager'?"), identity(allow("\"secretmanager:GetSecretValue\"", "\"*\"")));
    assertEquals(List.of("CAT001 action 'cognito:ListUserPools' in statement S names service 'cognito', which does not exist"
        + " | did you mean 'cognito-identity', 'cognito-idp', 'cognito-sync'?"), identity(allow("\"cognito:ListUserPools\"", "\"*\"")));
  }

  @Test
  void unknownActionSuggestsTheNearestName() {
    assertEquals(List.of("CAT002 action 'secretsmanager:GetSecretValues' in statement S does not exist in service 'secretsmanager'"
        + " | did you mean 'secretsmanager:GetSecretValue'? see the service's actions with: rolebook actions 'secretsmanager:*'"),
        identity(allow("\"secretsmanager:GetSecretValues\"", "\"arn:aws:secretsmanager:*:*:secret:x\"")));
    assertEquals(List.of("CAT002 action 'apigateway:TagResource' in statement S does not exist in service 'apigateway'"
        + " | see the service's actions with: rolebook actions 'apigateway:*'"),
        identity(allow("\"apigateway:TagResource\"", "\"arn:aws:apigateway:*::/tags/*\"")));
  }

  @Test
  void wildcardThatMatchesNothing() {
    assertEquals(List.of("CAT003 action pattern 's3:GetObjekt*' in statement S matches no action of service 's3'"
        + " | did you mean 's3:GetObject'? see the service's actions with: rolebook actions 's3:*'"),
        identity(allow("\"s3:GetObjekt*\"", "\"arn:aws:s3:::b/*\"")));
    assertEquals(List.of(), identity(allow("\"s3:Get*\"", "\"arn:aws:s3:::b/*\"")));
  }

  @Test
  void arnsThatMatchNoResourceType() {
    assertEquals(List.of("CAT004 resource 'arn:aws:iam:us-east-1:123456789012:role/app' in statement S has Region 'us-east-1', but"
        + " iam role ARNs have none | write arn:aws:iam::123456789012:role/app"),
        identity(allow("\"iam:GetRole\"", "\"arn:aws:iam:us-east-1:123456789012:role/app\"")));
    assertEquals(List.of("CAT004 resource 'arn:aws:s3::123456789012:b/*' in statement S has account '123456789012', but s3 object ARNs"
        + " have none | write arn:aws:s3:::b/*"), identity(allow("\"s3:GetObject\"", "\"arn:aws:s3::123456789012:b/*\"")));
    assertEquals(List.of("CAT001 resource 'arn:aws:dynamdb:us-east-1:123456789012:table/t' in statement S names service 'dynamdb',"
        + " which does not exist | did you mean 'dynamodb'?"),
        identity(allow("\"dynamodb:GetItem\"", "\"arn:aws:dynamdb:us-east-1:123456789012:table/t\"")));
  }

  @Test
  void actionsThatGrantNothingOnTheListedResources() {
    assertEquals(List.of("CAT005 action 'ecr:GetAuthorizationToken' takes no resource: IAM authorizes it only on \"*\", so statement S,"
        + " which lists only specific ARNs, grants nothing for it | move it to a statement with \"Resource\": \"*\", or remove it"),
        identity(allow("\"ecr:GetAuthorizationToken\"", "\"arn:aws:ecr:*:*:repository/app\"")));
    assertEquals(List.of("CAT005 action 'sts:GetCallerIdentity' takes no resource: IAM authorizes it only on \"*\", so statement S,"
        + " which lists only specific ARNs, grants nothing for it | remove it here; statement T already grants it on \"*\""),
        identity(allow("\"sts:GetCallerIdentity\"", "\"arn:aws:iam::*:role/x\"")
            + ", {\"Sid\": \"T\", \"Effect\": \"Allow\", \"Action\": \"sts:Get*\", \"Resource\": \"*\"}"));
    assertEquals(List.of("CAT005 action 's3:ListBucket' acts on accesspoint, bucket, which no resource of statement S can name, so it"
        + " grants nothing there | it needs an ARN like arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName},"
        + " arn:${Partition}:s3:::${BucketName}"),
        identity(allow("\"s3:ListBucket\"", "\"arn:aws:s3:::b/*\"")));
    assertTrue(identity(allow("\"s3:GetObject\"", "\"arn:aws:s3:::b\"")).get(0).matches("CAT005 action 's3:GetObject' acts on .*object, which.*"));
    assertEquals(List.of("CAT004 resource 'arn:aws:lambda:us-east-1:123456789012:functions:app' in statement S matches none of the resource"
        + " types of AWS Lambda | its ARNs look like arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName},"
        + " arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Alias},"
        + " arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}:${Version}"),
        identity(allow("\"lambda:GetFunction\"", "\"arn:aws:lambda:us-east-1:123456789012:functions:app\"")));
    assertEquals(List.of("CAT005 action 'sts:GetC*' (sts:GetCallerIdentity) takes no resource: IAM authorizes it only on \"*\", so"
        + " statement S, which lists only specific ARNs, grants nothing for it | move it to a statement with \"Resource\": \"*\", or remove it"),
        identity(allow("\"sts:GetC*\"", "\"arn:aws:iam::*:role/x\"")));
    assertEquals(List.of("CAT005 none of the 2 actions 'ecr:GetA*' matches can apply to the resources of statement S, so it grants"
        + " nothing there | scope the pattern to actions on these resources, or move it to a statement with their ARNs"),
        identity(allow("\"ecr:GetA*\"", "\"arn:aws:ecr:*:*:repository/a\"")));
    // Deny statements and "*" take no such finding.
    assertEquals(List.of(), identity("{\"Effect\": \"Deny\", \"Action\": \"ecr:GetAuthorizationToken\", \"Resource\": \"arn:aws:ecr:*:*:repository/a\"}"));
    assertEquals(List.of(), identity(allow("\"ecr:GetAuthorizationToken\"", "\"*\"")));
  }

  @Test
  void conditionKeys() {
    assertEquals(List.of("CAT006 condition key 'iam:PassedToServices' in statement S does not exist, so the condition never matches"
        + " | did you mean 'iam:PassedToService'?"),
        identity(allow("\"iam:PassRole\"", "\"arn:aws:iam::*:role/app-*\"", "{\"StringEquals\": {\"iam:PassedToServices\": \"lambda.amazonaws.com\"}}")));
    assertEquals(List.of("CAT006 condition key 'aws:SorceIp' in statement S does not exist, so the condition never matches"
        + " | did you mean 'aws:SourceIp'?"),
        identity(allow("\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", "{\"IpAddress\": {\"aws:SorceIp\": \"203.0.113.0/24\"}}")));
    assertEquals(List.of("CAT007 condition key 's3:prefix' in statement S applies to none of its actions, so the condition never matches"
        + " for them | use a key the actions support (rolebook actions lists them), or move the condition to the statement whose actions"
        + " it guards"),
        identity(allow("\"dynamodb:GetItem\"", "\"arn:aws:dynamodb:*:*:table/t\"", "{\"StringLike\": {\"s3:prefix\": \"home/*\"}}")));
    assertEquals(List.of("CAT008 condition StringLike on 'aws:CurrentTime' in statement S compares a Date key with a String operator"
        + " | use a Date operator for aws:CurrentTime"),
        identity(allow("\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", "{\"StringLike\": {\"aws:CurrentTime\": \"2026-*\"}}")));
    assertEquals(List.of("CAT009 condition key 'aws:RequestedRegion' in statement S is single-valued (String), but"
        + " ForAnyValue:StringEquals treats it as a set | drop the ForAnyValue: qualifier"),
        identity(allow("\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"", "{\"ForAnyValue:StringEquals\": {\"aws:RequestedRegion\": \"us-east-1\"}}")));
    assertEquals(List.of("CAT009 condition key 'aws:TagKeys' in statement S is multivalued (ArrayOfString), but StringEquals compares"
        + " it as one value | use ForAnyValue:StringEquals (any member matches) or ForAllValues:StringEquals (every member matches)"),
        identity(allow("\"ec2:CreateTags\"", "\"arn:aws:ec2:*:*:instance/*\"", "{\"StringEquals\": {\"aws:TagKeys\": \"team\"}}")));
  }

  @Test
  void keysThatFitStaySilent() {
    assertEquals(List.of(), identity(allow("\"s3:ListBucket\"", "\"arn:aws:s3:::b\"", "{\"StringLike\": {\"s3:prefix\": \"home/*\"}}")));
    assertEquals(List.of(), identity(allow("\"ec2:CreateTags\"", "\"arn:aws:ec2:*:*:instance/*\"",
        "{\"StringEquals\": {\"aws:RequestTag/team\": \"blue\", \"ec2:CreateAction\": \"RunInstances\"}}")));
    assertEquals(List.of(), identity(allow("\"s3:GetObject\"", "\"arn:aws:s3:::b/*\"",
        "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:cloudfront::123456789012:distribution/*\"}}")));
  }

  @Test
  void arnOverlap() {
    assertTrue(ArnOverlap.overlaps("arn:aws:s3:::b/*", "arn:${Partition}:s3:::${BucketName}/${ObjectName}"));
    assertFalse(ArnOverlap.overlaps("arn:aws:s3:::b/*", "arn:${Partition}:s3:::${BucketName}"));
    assertTrue(ArnOverlap.overlaps("arn:aws:s3:::b*", "arn:${Partition}:s3:::${BucketName}"));
    assertFalse(ArnOverlap.overlaps("arn:aws:dynamodb:::table/t", "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}"));
    assertTrue(ArnOverlap.overlaps("arn:aws:logs:*:*:log-group:/aws/x:*", "arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}"));
    assertTrue(ArnOverlap.overlaps("arn:aws:iam::*:role/${aws:username}", "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"));
  }
}
