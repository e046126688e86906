package dev.rolebook.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.cloudformation.TemplateFile;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check that runs before a template is written finds what a wrong template would get wrong. */
class TemplateCheckTest {
  private static final Path MINI = Path.of("src/test/resources/template/mini");

  private static PolicySet set() {
    return dev.rolebook.load.ProjectInput.load(MINI.toAbsolutePath()).loaded().policySet().orElseThrow();
  }

  private static String generated() throws IOException {
    TemplateFile base = TemplateFile.read("base.yaml", Files.readString(Path.of("src/test/resources/template/base-mini.yaml")))
        .template().orElseThrow();
    return TemplateText.yaml(BootstrapTemplate.build(set(), base, new BootstrapTemplate.Options(Map.of(), List.of()))
        .template().orElseThrow());
  }

  private static List<String> check(String text) {
    return TemplateCheck.check(set(), "t.yaml", text, text).diagnostics().stream()
        .map(d -> d.location() + ": " + d.code() + " " + d.message()).toList();
  }

  @Test
  void theGeneratedTemplatePasses() throws IOException {
    assertEquals(List.of(), check(generated()));
  }

  @Test
  void aHardCodedPartitionIsCaughtForTheWorstCaseSample() throws IOException {
    String text = generated().replace("\"arn:${AWS::Partition}:s3:::${Stack}-*\"", "\"arn:aws:s3:::${Stack}-*\"");
    assertEquals(List.of(
        "t.yaml:135:9: TPL004 for the sample examples (account 123456789012, region eu-west-1, partition aws-cn, qualifier team1,"
            + " stack demo-prod, compute ecs), Mini-App › Buckets › Resource › 'arn:aws-cn:s3:::demo-prod-*' removed against what snippets gives",
        "t.yaml:135:9: TPL004 for the sample examples (account 123456789012, region eu-west-1, partition aws-cn, qualifier team1,"
            + " stack demo-prod, compute ecs), Mini-App › Buckets › Resource › 'arn:aws:s3:::demo-prod-*' added against what snippets gives",
        "t.yaml:135:9: TPL004 for the sample worst case (account xxxxxxxxxxxx, region xxxxxxxxxxxxxx, partition aws-us-gov,"
            + " qualifier xxxxxxxxxx, stack xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, compute ecs,lambda-microvm; variants tracing),"
            + " Mini-App + tracing › Buckets › Resource › 'arn:aws-us-gov:s3:::xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-*' removed against what snippets gives",
        "t.yaml:135:9: TPL004 for the sample worst case (account xxxxxxxxxxxx, region xxxxxxxxxxxxxx, partition aws-us-gov,"
            + " qualifier xxxxxxxxxx, stack xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, compute ecs,lambda-microvm; variants tracing),"
            + " Mini-App + tracing › Buckets › Resource › 'arn:aws:s3:::xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-*' added against what snippets gives"),
        check(text));
  }

  @Test
  void anUnescapedPolicyVariableAndAnUnknownNameAreCaught() throws IOException {
    String text = generated().replace("${!aws:username}", "${aws:username}").replace("${Stack}-home", "${StackName}-home");
    List<String> found = check(text);
    assertTrue(found.contains("t.yaml:137:26: TPL004 ${aws:username} names no parameter, pseudo parameter or resource of the template"), found.toString());
    assertTrue(found.contains("t.yaml:137:26: TPL004 ${StackName} names no parameter, pseudo parameter or resource of the template"), found.toString());
  }

  @Test
  void anOptionalPolicyAttachedAlwaysIsCaught() throws IOException {
    String text = generated().replace("    Condition: RolebookComputeIncludesLambdaMicrovm\n", "");
    List<String> found = check(text);
    assertTrue(found.get(0).endsWith(", Mini-Microvm is created although not chosen"), found.toString());
  }

  @Test
  void aTemplateOverTheBodyLimitIsRefused() throws IOException {
    String text = generated().replace("Description: Mini bootstrap template for tests", "Description: " + "x".repeat(50_000));
    List<Diagnostic> found = TemplateCheck.check(set(), "t.yaml", text, text).diagnostics();
    assertEquals(1, found.size(), found.toString());
    assertEquals("the template is 56,741 bytes as YAML; cdk bootstrap sends a template of at most 51,200 bytes as the request body"
        + " and stops on a larger one (there is no bootstrap bucket to upload it to yet)", found.get(0).message());
  }
}
