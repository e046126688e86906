package dev.rolebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rolebook.model.PolicySet;
import dev.rolebook.substitute.ParameterValues;
import dev.rolebook.substitute.Target;
import dev.rolebook.testing.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The pre-write checks catch every kind of broken output. */
class BundleCheckTest {
  private static final PolicySet SET = Projects.self();
  private static final Target TARGET = new Target("t1", "",
      ParameterValues.validate(SET.manifest(), Map.of("account", "123456789012", "region", "us-east-1"), true).substitution(),
      List.of("ecs"));
  private static final List<Deployed> DOCS = TargetDocuments.of(SET, TARGET);

  private static List<BundleFile> bundle() {
    return Bundles.generate(SET, TARGET, new Bundles.Origin("1", "abc"), List.of(SnippetFormat.values()));
  }

  private static List<String> checkWith(String file, UnaryOperator<String> tamper) {
    List<BundleFile> files = new ArrayList<>();
    for (BundleFile f : bundle()) {
      files.add(f.name().equals(file) ? new BundleFile(f.name(), tamper.apply(f.text())) : f);
    }
    return new BundleCheck(ScriptCheck.disabled()).check("t1", DOCS, files, SET.manifest().limits());
  }

  @Test
  void anUntouchedBundlePasses() {
    assertEquals(List.of(), new BundleCheck(ScriptCheck.fromPath()).check("t1", DOCS, bundle(), SET.manifest().limits()));
  }

  @Test
  void jsonThatDoesNotReadBackIsCaught() {
    assertEquals(List.of("IaCRole-ABCA-Observability.json: IaCRole-ABCA-Observability does not read back as the document the target deploys"),
        checkWith("IaCRole-ABCA-Observability.json", t -> t.replace("cdk-hnb659fds-assets-*\"", "cdk-other-assets-*\"")));
    List<String> truncated = checkWith("cfn-exec-trust.json", t -> "{");
    assertEquals(1, truncated.size());
    assertEquals(true, truncated.get(0).startsWith("cfn-exec-trust.json:1:2: "), truncated.get(0));
  }

  @Test
  void brokenYamlAndChangedDocumentsInTheTemplateAreCaught() {
    List<String> broken = checkWith(Bundles.CLOUDFORMATION, t -> t.replace("Resources:\n", "Resources: [\n"));
    assertEquals(1, broken.size());
    assertEquals(true, broken.get(0).startsWith("managed-policies.cfn.yaml: not valid YAML: "), broken.get(0));
    assertEquals(List.of("managed-policies.cfn.yaml: IaCRole-ABCA-Application + ecs does not read back as the document the target deploys"),
        checkWith(Bundles.CLOUDFORMATION, t -> t.replace("\"ecs:RegisterTaskDefinition\"", "\"ecs:*\"")));
  }

  @Test
  void terraformHeredocsAreReadBack() {
    assertEquals(List.of("managed-policies.tf: IaCRole-ABCA-Infrastructure does not read back as the document the target deploys"),
        checkWith(Bundles.TERRAFORM, t -> t.replaceFirst("\"Effect\": \"Allow\"", "\"Effect\": \"Deny\"")));
  }

  @Test
  void bashRejectsABrokenScript() {
    ScriptCheck bash = ScriptCheck.fromPath();
    assumeTrue(bash.available(), ScriptCheck.skippedNote());
    assertEquals(java.util.Optional.of("bootstrap.sh: bash -n rejects the script: line 2: syntax error: unexpected end of file"),
        bash.check("bootstrap.sh", "if true; then\n"));
  }

  @Test
  void oneBashProcessChecksManyScriptsEachOnItsOwn() {
    ScriptCheck bash = ScriptCheck.fromPath();
    assumeTrue(bash.available(), ScriptCheck.skippedNote());
    String good = "echo 'a'\n";
    // An unclosed quote must not run on into the next script and hide either problem.
    List<java.util.Optional<String>> results = bash.checkAll(List.of(
        new ScriptCheck.Script("a.sh", good), new ScriptCheck.Script("b.sh", "echo 'open\n"),
        new ScriptCheck.Script("c.sh", "echo close'\n"), new ScriptCheck.Script("d.sh", "if true; then\n"),
        new ScriptCheck.Script("e.sh", good)));
    assertEquals(5, results.size());
    assertEquals(java.util.Optional.empty(), results.get(0));
    assertEquals(true, results.get(1).orElseThrow().startsWith("b.sh: bash -n rejects the script: line 1: unexpected EOF"), results.get(1).toString());
    assertEquals(true, results.get(2).orElseThrow().startsWith("c.sh: bash -n rejects the script: line 1: unexpected EOF"), results.get(2).toString());
    assertEquals(bash.check("d.sh", "if true; then\n"), results.get(3), "the same message as a script checked alone");
    assertEquals(java.util.Optional.empty(), results.get(4));
  }

  @Test
  void manyBundlesAreCheckedInOrderWithTheirOwnProblems() {
    List<BundleFile> tampered = new ArrayList<>();
    for (BundleFile f : bundle()) {
      tampered.add(f.name().equals(Bundles.SCRIPT) ? new BundleFile(f.name(), f.text() + "\nif true; then\n") : f);
    }
    ScriptCheck bash = ScriptCheck.fromPath();
    assumeTrue(bash.available(), ScriptCheck.skippedNote());
    List<List<String>> results = new BundleCheck(bash).checkAll(List.of(
        new BundleCheck.Bundle("t1", DOCS, bundle()), new BundleCheck.Bundle("t2", DOCS, tampered),
        new BundleCheck.Bundle("t3", DOCS, bundle())), SET.manifest().limits());
    assertEquals(List.of(), results.get(0));
    assertEquals(1, results.get(1).size());
    assertEquals(true, results.get(1).get(0).startsWith("bootstrap.sh: bash -n rejects the script: line "), results.get(1).get(0));
    assertEquals(List.of(), results.get(2));
  }

  @Test
  void escapesQuoteForEachLanguage() {
    assertEquals("'it'\\''s'", Escape.shell("it's"));
    assertEquals("\"a\\\"b\\nc\"", Escape.yaml("a\"b\nc"));
    assertEquals("\"$${aws:username} %%{x}\"", Escape.hcl("${aws:username} %{x}"));
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Escape.html("<a href=\"x\">&'"));
  }

  @Test
  void namesForCloudFormationAndTerraform() {
    assertEquals("IaCRoleABCAApplication", Bundles.logicalId("IaCRole-ABCA-Application"));
    assertEquals("Policy1x", Bundles.logicalId("1-x"));
    assertEquals("iacrole_abca_application", Bundles.resourceName("IaCRole-ABCA-Application"));
    assertEquals("policy_9a_b", Bundles.resourceName("9a.b"));
  }

  @Test
  void policyVariablesSurviveTerraformAsLiterals() {
    assertEquals("{\"r\": \"arn:aws:s3:::b/$${aws:username}/*\"}", Escape.hclTemplateText("{\"r\": \"arn:aws:s3:::b/${aws:username}/*\"}"));
  }
}
