package dev.rolebook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.model.Manifest;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Target;
import dev.rolebook.testing.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsLoaderTest {
  private static final Manifest M = Projects.self().manifest();
  private static final String FILE = "policies/targets.json";

  private static List<String> problems(String text) {
    TargetsResult r = new TargetsLoader().parse(FILE, text, M);
    return r.diagnostics().stream().sorted(Diagnostic.ORDER).map(TargetsLoaderTest::line).toList();
  }

  private static String line(Diagnostic d) {
    return d.location() + ": " + d.code() + " " + d.message() + (d.hint().isEmpty() ? "" : " [" + d.hint() + "]");
  }

  @Test
  void readsTheSampleFile() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/targets/targets.json"));
    TargetsResult r = new TargetsLoader().parse(FILE, text, M);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of("prod-us", "gov-west", "cn-north"), r.targets().stream().map(Target::name).toList());
    Target prod = r.targets().get(0);
    assertEquals("Production, N. Virginia", prod.description());
    assertEquals(Map.of("account", "111122223333", "region", "us-east-1", "partition", "aws", "qualifier", "prod1",
        "stack", "backgroundagent-prod"), prod.substitution().values());
    Target gov = r.target("gov-west").orElseThrow();
    assertEquals(List.of("ecs"), gov.variants());
    assertEquals("arn:aws-us-gov:iam::444455556666:root", gov.substitution().apply("arn:aws:iam::ACCOUNT_ID:root"));
    assertEquals("account 777788889999, region cn-north-1, partition aws-cn, qualifier hnb659fds, stack backgroundagent-dev",
        r.target("cn-north").orElseThrow().description());
  }

  @Test
  void aProjectWithoutTargetsFileHasNoTargets(@TempDir Path dir) {
    Projects.copy(dir, java.util.function.UnaryOperator.identity());
    TargetsResult r = new TargetsLoader().load(dir, M);
    assertEquals(List.of(), r.targets());
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  void badValuesAreReportedAtTheirLineAndColumnQuotingTheValue() {
    String text = """
        {
          "targets": [
            {
              "name": "prod-us",
              "account": "1234567890123",
              "region": "US-EAST-1",
              "partition": "aws-gov",
              "qualifier": "q\\"x",
              "stack": "${aws:username}"
            }
          ]
        }
        """;
    assertEquals(List.of(
        FILE + ":5:18: TGT004 target 'prod-us': account '1234567890123' is not a 12-digit AWS account ID (pattern ^[0-9]{12}$)"
            + " [account must be a 12-digit AWS account ID, e.g. '123456789012']",
        FILE + ":6:17: TGT004 target 'prod-us': region 'US-EAST-1' is not an AWS Region code such as us-east-1 (pattern "
            + M.parameter("region").orElseThrow().pattern() + ") [region must be an AWS Region code such as us-east-1, e.g. 'us-east-1']",
        FILE + ":7:20: TGT004 target 'prod-us': partition 'aws-gov' is not an AWS partition name such as aws or aws-us-gov (pattern "
            + M.parameter("partition").orElseThrow().pattern()
            + ") [partition must be an AWS partition name such as aws or aws-us-gov, e.g. 'aws']",
        FILE + ":8:20: TGT004 target 'prod-us': qualifier 'q\"x' contains '\"' (U+0022), which could change the policy's meaning;"
            + " expected a bootstrap qualifier of 1 to 10 letters, digits, hyphens or underscores"
            + " [qualifier must be a bootstrap qualifier of 1 to 10 letters, digits, hyphens or underscores, e.g. 'hnb659fds']",
        FILE + ":9:16: TGT004 target 'prod-us': stack '${aws:username}' contains '$' (U+0024), which could change the policy's meaning;"
            + " expected a stack name that starts with a letter and uses only letters, digits and hyphens"
            + " [stack must be a stack name that starts with a letter and uses only letters, digits and hyphens, e.g. 'backgroundagent-prod']"),
        problems(text));
  }

  @Test
  void namesShapeAndVariantsAreChecked() {
    String text = """
        {
          "targets": [
            {"name": "Prod_US", "account": "123456789012", "region": "us-east-1"},
            {"name": "eu", "account": "123456789012", "region": "eu-west-1", "variants": ["ecs", "fargate", 3]},
            {"name": "eu", "account": "123456789012", "region": "eu-west-2"},
            {"name": "ap", "region": "ap-southeast-4", "acount": "123456789012"},
            {"name": "num", "account": 123456789012, "region": "us-east-1", "variants": "ecs"}
          ],
          "extra": true
        }
        """;
    assertEquals(List.of(
        FILE + ":3:14: TGT002 target name 'Prod_US' is not lowercase letters, digits and hyphens starting with a letter or digit"
            + " (pattern ^[a-z0-9][a-z0-9-]*$, at most 64 characters) [the name becomes a page and folder name: accounts/<name>.html]",
        FILE + ":4:90: TGT005 target 'eu' enables unknown variant 'fargate' [known: ecs]",
        FILE + ":4:101: TGT001 'variants' must hold variant names, found number [e.g. \"variants\": [\"ecs\"]]",
        FILE + ":5:14: TGT003 target 'eu' is declared twice (first at line 4) [target names must be unique; rename or remove one]",
        FILE + ":6:5: TGT001 missing field 'account' in 'targets/3' [add \"account\": …]",
        FILE + ":6:48: TGT001 unknown field 'acount' in 'targets/3'"
            + " [allowed fields: account, description, name, partition, qualifier, region, stack, variants]",
        FILE + ":7:32: TGT001 'account' must be a string, found number 123456789012",
        FILE + ":7:81: TGT001 'variants' must be an array of variant names, found string [e.g. \"variants\": [\"ecs\"]]",
        FILE + ":9:3: TGT001 unknown field 'extra' in the targets file [allowed fields: $schema, targets]"),
        problems(text));
  }

  @Test
  void malformedJsonIsReportedByTheStrictReader() {
    assertEquals(List.of(FILE + ":1:17: JSON002 duplicate key 'targets' (first at line 1) [IAM silently keeps only one of the two; merge them into one]"),
        problems("{\"targets\": [], \"targets\": []}"));
  }
}
