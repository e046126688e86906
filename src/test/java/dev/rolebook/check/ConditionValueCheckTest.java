package dev.rolebook.check;

import static dev.rolebook.check.PolicyChecks.allow;
import static dev.rolebook.check.PolicyChecks.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionValueCheckTest {
  private static List<String> condition(String condition) {
    // Action "*": which keys apply to which actions is the catalog checks' business, not these cases'.
    return identity(allow("\"*\"", "\"arn:aws:s3:::b/*\"", condition));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"3600\"}}", "{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": 3600}}",
      "{\"DateGreaterThan\": {\"aws:CurrentTime\": \"2026-01-31T12:00:00Z\"}}", "{\"DateLessThan\": {\"aws:EpochTime\": \"1767225600\"}}",
      "{\"Bool\": {\"aws:SecureTransport\": \"true\"}}", "{\"Bool\": {\"aws:SecureTransport\": false}}",
      "{\"Null\": {\"aws:RequestTag/team\": \"false\"}}", "{\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"2001:db8::/32\"]}}",
      "{\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:sns:*:123456789012:topic\"}}", "{\"ArnEquals\": {\"aws:PrincipalArn\": \"${aws:SourceArn}\"}}",
      "{\"StringEquals\": {\"s3:prefix\": \"home/\"}}",
      "{\"ForAllValues:StringEquals\": {\"aws:TagKeys\": \"team\"}, \"Null\": {\"aws:TagKeys\": \"false\"}}"})
  void valuesThatFitTheirOperatorPass(String c) {
    assertEquals(List.of(), condition(c));
  }

  @Test
  void binaryTakesBase64() {
    assertEquals(List.of(), condition("{\"BinaryEquals\": {\"k\": \"QmluYXJ5VmFsdWU=\"}}").stream().filter(l -> l.startsWith("IAM027")).toList());
    assertEquals(List.of("IAM027 condition BinaryEquals on 'k' in statement S compares with 'not base64!', which is not base64"
        + " | BinaryEquals takes base64-encoded bytes"),
        condition("{\"BinaryEquals\": {\"k\": \"not base64!\"}}").stream().filter(l -> l.startsWith("IAM027")).toList());
  }

  @Test
  void mismatchesAreErrorsWithAHint() {
    assertEquals(List.of("IAM027 condition NumericLessThan on 'aws:MultiFactorAuthAge' in statement S compares with 'one-hour',"
            + " which is not a number | Numeric operators compare numbers, e.g. \"3600\"; for text use a String operator"),
        condition("{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"one-hour\"}}"));
    assertEquals(List.of("IAM027 condition DateGreaterThanIfExists on 'aws:CurrentTime' in statement S compares with '31/01/2026',"
            + " which is not a date (ISO 8601, e.g. 2026-01-31T00:00:00Z, or epoch seconds) | write the date as 2026-01-31 or 2026-01-31T12:00:00Z"),
        condition("{\"DateGreaterThanIfExists\": {\"aws:CurrentTime\": \"31/01/2026\"}}"));
    assertEquals(List.of("IAM027 condition Bool on 'aws:SecureTransport' in statement S compares with 'yes', which is not true or false"
        + " | Bool takes \"true\" or \"false\""), condition("{\"Bool\": {\"aws:SecureTransport\": \"yes\"}}"));
    assertEquals(List.of("IAM027 condition Null on 'aws:RequestTag/team' in statement S compares with 'absent', which is not true or false"
            + " | Null takes \"true\" (the key is absent) or \"false\" (the key is present)"),
        condition("{\"Null\": {\"aws:RequestTag/team\": \"absent\"}}"));
    assertEquals(List.of("IAM027 condition IpAddress on 'aws:SourceIp' in statement S compares with '203.0.113.300', which is not an"
            + " IP address or CIDR range | write an IPv4 or IPv6 address or CIDR range such as 203.0.113.0/24"),
        condition("{\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.300\"}}"));
    assertEquals(List.of("IAM027 condition ArnLike on 'aws:SourceArn' in statement S compares with 'my-topic', which is not an ARN"
            + " (arn:partition:service:region:account:resource) | Arn operators compare ARNs; for other text use a String operator"),
        condition("{\"ArnLike\": {\"aws:SourceArn\": \"my-topic\"}}"));
  }

  @Test
  void arnValuesHaveTheirFieldsChecked() {
    assertEquals(List.of("IAM023 condition value 'arn:aws:sns:us-east-1:1234:t' in statement S has account '1234', which is not a"
            + " 12-digit account ID | it has 4 digits; account IDs have exactly 12 (keep leading zeros)"),
        condition("{\"ArnEquals\": {\"aws:SourceArn\": \"arn:aws:sns:us-east-1:1234:t\"}}"));
  }

  @Test
  void forAllValuesInAnAllowNeedsANullGuard() {
    assertEquals(List.of("SEC005 condition ForAllValues:StringEquals on 'aws:TagKeys' in Allow statement S also passes a request that"
            + " carries no aws:TagKeys at all | add \"Null\": {\"aws:TagKeys\": \"false\"} to the same Condition, or use ForAnyValue"),
        condition("{\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"team\"]}}"));
    assertEquals(List.of(), identity("{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\","
        + " \"Condition\": {\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"team\"]}}}"));
  }

  @Test
  void privateSourceIpNeverMatches() {
    assertEquals(List.of("SEC006 condition IpAddress compares aws:SourceIp with private range '192.168.1.0/24' in statement S;"
            + " aws:SourceIp only holds public addresses, so this never matches"
            + " | for requests through a VPC endpoint use aws:VpcSourceIp (with aws:SourceVpce or aws:SourceVpc)"),
        condition("{\"IpAddress\": {\"aws:SourceIp\": \"192.168.1.0/24\"}}"));
  }

  @Test
  void cidrRanges() {
    assertTrue(ConditionValueCheck.Cidr.parse("172.20.0.0/16").orElseThrow().privateRange());
    assertFalse(ConditionValueCheck.Cidr.parse("172.32.0.0/16").orElseThrow().privateRange());
    assertFalse(ConditionValueCheck.Cidr.parse("10.0.0.0/7").orElseThrow().privateRange()); // wider than 10/8: has public space
    assertTrue(ConditionValueCheck.Cidr.parse("fd00::/8").orElseThrow().privateRange());
    assertTrue(ConditionValueCheck.Cidr.parse("::1").orElseThrow().privateRange());
    assertFalse(ConditionValueCheck.Cidr.parse("2001:db8::/32").orElseThrow().privateRange());
    assertTrue(ConditionValueCheck.Cidr.parse("1.2.3.4/33").isEmpty());
    assertTrue(ConditionValueCheck.Cidr.parse("2001:db8::/129").isEmpty());
    assertTrue(ConditionValueCheck.Cidr.parse("2001:db8:::1").isEmpty());
    assertTrue(ConditionValueCheck.Cidr.parse("example.com").isEmpty());
  }
}
