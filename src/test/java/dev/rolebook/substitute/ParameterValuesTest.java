package dev.rolebook.substitute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.testing.Projects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every parameter's valid and invalid values, with the exact message a user sees. */
class ParameterValuesTest {
  private static final Manifest M = Projects.self().manifest();
  private static final String REGION_PATTERN =
      "^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|us-isof|eu-isoe|eusc-de)-(east|west|north|south|central|northeast|northwest|southeast|southwest)-[0-9]{1,2}$";
  private static final String ACCOUNT_RULE = "a 12-digit AWS account ID";
  private static final String REGION_RULE = "an AWS Region code such as us-east-1";
  private static final String PARTITION_RULE = "an AWS partition name such as aws or aws-us-gov";
  private static final String QUALIFIER_RULE = "a bootstrap qualifier of 1 to 10 letters, digits, hyphens or underscores";
  private static final String STACK_RULE = "a stack name that starts with a letter and uses only letters, digits and hyphens";

  private static Optional<String> check(String parameter, String value) {
    Parameter p = M.parameter(parameter).orElseThrow();
    return ParameterValues.check(p, value);
  }

  @ParameterizedTest
  @CsvSource({
    "account, 123456789012",
    "account, 000000000000",
    "region, us-east-1",
    "region, us-gov-west-1",
    "region, cn-north-1",
    "region, ap-southeast-4",
    "region, eu-central-2",
    "partition, aws",
    "partition, aws-cn",
    "partition, aws-us-gov",
    "qualifier, hnb659fds",
    "qualifier, a",
    "qualifier, prod_1",
    "qualifier, A-b_9",
    "qualifier, abcdefghij",
    "stack, backgroundagent-prod",
    "stack, A",
    "stack, stack-",
    "stack, Abcdefghij-abcdefghij-abcdefghij-abcdefg",
  })
  void acceptsValidValues(String parameter, String value) {
    assertEquals(Optional.empty(), check(parameter, value));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "account # 12345678901 # account '12345678901' is not " + ACCOUNT_RULE + " (pattern ^[0-9]{12}$)",
        "account # 1234567890123 # account '1234567890123' is not " + ACCOUNT_RULE + " (pattern ^[0-9]{12}$)",
        "account # 12345678901a # account '12345678901a' is not " + ACCOUNT_RULE + " (pattern ^[0-9]{12}$)",
        "account # ACCOUNT_ID # account 'ACCOUNT_ID' is not " + ACCOUNT_RULE + " (pattern ^[0-9]{12}$)",
        "partition # aws-gov # partition 'aws-gov' is not " + PARTITION_RULE
            + " (pattern ^(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc)$)",
        "partition # AWS # partition 'AWS' is not " + PARTITION_RULE
            + " (pattern ^(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc)$)",
        "qualifier # abcdefghijk # qualifier 'abcdefghijk' is not " + QUALIFIER_RULE + " (pattern ^[A-Za-z0-9_-]{1,10}$)",
        "qualifier # q.x # qualifier 'q.x' is not " + QUALIFIER_RULE + " (pattern ^[A-Za-z0-9_-]{1,10}$)",
        "stack # 1stack # stack '1stack' is not " + STACK_RULE + " (pattern ^[A-Za-z][A-Za-z0-9-]*$)",
        "stack # my_stack # stack 'my_stack' is not " + STACK_RULE + " (pattern ^[A-Za-z][A-Za-z0-9-]*$)",
        "stack # -stack # stack '-stack' is not " + STACK_RULE + " (pattern ^[A-Za-z][A-Za-z0-9-]*$)",
        "stack # Abcdefghij-abcdefghij-abcdefghij-abcdefgh # stack 'Abcdefghij-abcdefghij-abcdefghij-abcdefgh' is 41 characters;"
            + " the manifest allows at most 40 (maxLength of parameter 'stack')",
      })
  void rejectsBadValues(String parameter, String value, String message) {
    assertEquals(Optional.of(message), check(parameter, value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"us-east", "US-EAST-1", "us-east-1a", "useast1", "us-east-123", "xx-east-1"})
  void rejectsBadRegions(String region) {
    assertEquals(Optional.of("region '" + region + "' is not " + REGION_RULE + " (pattern " + REGION_PATTERN + ")"),
        check("region", region));
  }

  @Test
  void emptyValuesAreRejectedByThePattern() {
    assertEquals(Optional.of("qualifier '' is not " + QUALIFIER_RULE + " (pattern ^[A-Za-z0-9_-]{1,10}$)"),
        check("qualifier", ""));
    assertEquals(Optional.of("account '' is not " + ACCOUNT_RULE + " (pattern ^[0-9]{12}$)"), check("account", ""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "account   | 12345678901\"             | account '12345678901\"' contains '\"' (U+0022), which could change the policy's meaning; expected " + ACCOUNT_RULE,
        "stack     | prod'x                     | stack 'prod'x' contains ''' (U+0027), which could change the policy's meaning; expected " + STACK_RULE,
        "stack     | prod*                      | stack 'prod*' contains '*' (U+002A), which could change the policy's meaning; expected " + STACK_RULE,
        "qualifier | hnb?                       | qualifier 'hnb?' contains '?' (U+003F), which could change the policy's meaning; expected " + QUALIFIER_RULE,
        "stack     | ${aws:username}            | stack '${aws:username}' contains '$' (U+0024), which could change the policy's meaning; expected " + STACK_RULE,
        "stack     | prod\\x                    | stack 'prod\\x' contains '\\' (U+005C), which could change the policy's meaning; expected " + STACK_RULE,
        "region    | us-east-1é                 | region 'us-east-1é' contains 'é' (U+00E9), which could change the policy's meaning; expected " + REGION_RULE,
        "account   | １２３４５６７８９０１２ | account '１２３４５６７８９０１２' contains '１' (U+FF11), which could change the policy's meaning; expected " + ACCOUNT_RULE,
        "stack     | a b                        | stack 'a b' contains ' ' (U+0020), which could change the policy's meaning; expected " + STACK_RULE,
        "stack     | a}{                        | stack 'a}{' contains '}' (U+007D), which could change the policy's meaning; expected " + STACK_RULE,
      })
  void rejectsCharactersThatCouldChangeMeaning(String parameter, String value, String message) {
    assertEquals(Optional.of(message), check(parameter, value));
  }

  @Test
  void controlAndInvisibleCharactersAreShownEscaped() {
    assertEquals(Optional.of("region 'us-east-1\\u000A' contains (U+000A), which could change the policy's meaning; expected "
        + REGION_RULE), check("region", "us-east-1\n"));
    assertEquals(Optional.of("stack 'prod\\u000D\\u000Ax' contains (U+000D), which could change the policy's meaning; expected "
        + STACK_RULE), check("stack", "prod\r\nx"));
    assertEquals(Optional.of("account '12345678901\\u200B2' contains (U+200B), which could change the policy's meaning; expected "
        + ACCOUNT_RULE), check("account", "12345678901\u200B2"));
    assertEquals(Optional.of("stack 'prod\\u202Eevil' contains (U+202E), which could change the policy's meaning; expected "
        + STACK_RULE), check("stack", "prod\u202Eevil"));
    assertEquals(Optional.of("stack 'a\\u0000' contains (U+0000), which could change the policy's meaning; expected "
        + STACK_RULE), check("stack", "a\u0000"));
  }

  @Test
  void validateReportsEveryProblemAtOnceInManifestOrder() {
    Map<String, String> given = new TreeMap<>(Map.of("region", "us-east", "account", "12345", "zone", "a", "colour", "b"));
    ParameterValues.Result r = ParameterValues.validate(M, given, true);
    assertEquals(List.of(
        "unknown parameter 'colour'; known: account, region, partition, qualifier, stack",
        "unknown parameter 'zone'; known: account, region, partition, qualifier, stack",
        "account '12345' is not " + ACCOUNT_RULE + " (pattern ^[0-9]{12}$)",
        "region 'us-east' is not " + REGION_RULE + " (pattern " + REGION_PATTERN + ")"), r.errors());
  }

  @Test
  void requiredParametersWithoutDefaultMustBeGiven() {
    ParameterValues.Result r = ParameterValues.validate(M, Map.of(), true);
    assertEquals(List.of(
        "account is required (" + ACCOUNT_RULE + ", e.g. '123456789012')",
        "region is required (" + REGION_RULE + ", e.g. 'us-east-1')"), r.errors());
    ParameterValues.Result partial = ParameterValues.validate(M, Map.of(), false);
    assertTrue(partial.ok());
    assertEquals(Map.of("partition", "aws", "qualifier", "hnb659fds", "stack", "backgroundagent-dev"),
        partial.substitution().values());
  }
}
