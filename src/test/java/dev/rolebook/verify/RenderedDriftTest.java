package dev.rolebook.verify;

import static dev.rolebook.verify.TestProjects.lines;
import static dev.rolebook.verify.TestProjects.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.PolicySet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered drift over a tiny site written here by the shared HTML contract (the renderer lands later). */
class RenderedDriftTest {
  @TempDir Path dir;
  PolicySet set;

  @BeforeEach
  void project() throws IOException {
    TestProjects.copyPolicies(dir);
    set = new ProjectLoader().load(dir).policySet().orElseThrow();
  }

  /** A policy block as the contract draws it, with token spans, HTML-escaped. */
  static String block(String policy, String variants, String target, String json) {
    String highlighted = Entities.escape(json).replaceAll("(&quot;[^&]*&quot;)(\\s*:)", "<span class=\"tok-key\">$1</span>$2");
    return "<div class=\"listingblock rolebook-policy\" id=\"policy-" + policy.toLowerCase(java.util.Locale.ROOT) + "\">\n"
        + "  <div class=\"title\">" + policy + "</div>\n  <div class=\"content\">\n"
        + "    <pre class=\"rolebook-json highlight\" data-policy=\"" + policy + "\" data-variants=\"" + variants
        + "\" data-target=\"" + target + "\"><code class=\"language-json\" data-lang=\"json\">" + highlighted
        + "</code></pre>\n  </div>\n</div>\n";
  }

  String pretty(String name) {
    return JsonWriter.pretty(set.document(name).or(() -> set.variantDocument(name)).orElseThrow().root());
  }

  String combined(String policy, String variant) {
    return JsonWriter.pretty(set.combined(policy, List.of(variant)).orElseThrow());
  }

  static String table(String kind, List<String> firstCells) {
    StringBuilder sb = new StringBuilder("<table class=\"tableblock rolebook-table rolebook-" + kind + "\">\n"
        + "<thead><tr><th>Name</th><th>More</th></tr></thead>\n<tbody>\n");
    firstCells.forEach(c -> sb.append("<tr><td><p>").append(Entities.escape(c)).append("</p></td><td>…</td></tr>\n"));
    return sb.append("</tbody>\n</table>\n").toString();
  }

  List<String> tables(Manifest m) {
    List<String> out = new ArrayList<>();
    out.add(table("inventory", List.of("IaCRole-ABCA-Infrastructure", "IaCRole-ABCA-Application",
        "IaCRole-ABCA-Application + ecs", "IaCRole-ABCA-Observability", "cfn-exec-trust")));
    out.add(table("constraints", m.reasons().stream().map(Manifest.ResourceReason::service).toList()));
    out.add(table("bootstrap-roles", m.roles().stream().filter(r -> r.kind().equals("bootstrap")).map(r -> r.iamName().orElse(r.name())).toList()));
    out.add(table("runtime-roles", m.roles().stream().filter(r -> r.kind().equals("runtime")).map(Manifest.Role::name).toList()));
    return out;
  }

  void page(String name, List<String> parts) {
    write(dir, "target/site/" + name, "<!DOCTYPE html>\n<html>\n<head><title>Guide</title></head>\n<body>\n"
        + String.join("", parts) + "</body>\n</html>\n");
  }

  List<String> fullSite() {
    List<String> parts = new ArrayList<>();
    parts.add(block("cfn-exec-trust", "", "", pretty("cfn-exec-trust")));
    parts.add(block("IaCRole-ABCA-Infrastructure", "", "", pretty("IaCRole-ABCA-Infrastructure")));
    parts.add(block("IaCRole-ABCA-Application", "", "", pretty("IaCRole-ABCA-Application")));
    parts.add(block("IaCRole-ABCA-Application", "ecs", "", combined("IaCRole-ABCA-Application", "ecs")));
    parts.add(block("IaCRole-ABCA-Observability", "", "", pretty("IaCRole-ABCA-Observability")));
    parts.addAll(tables(set.manifest()));
    return parts;
  }

  DriftResult drift(TargetResolver targets) {
    return Drift.run(new ProjectLoader().load(dir), new Drift.Options(dir.resolve("target/site"), List.of(), targets));
  }

  @Test
  void siteDrawnFromThePolicySetIsInSync() {
    page("index.html", fullSite());
    DriftResult r = drift(TargetResolver.NONE);
    assertEquals(List.of(), lines(r));
    assertEquals(5, r.shown().stream().filter(DriftResult.Shown::inSync).count());
  }

  @Test
  void alteredBlockIsReportedWithBothLines() {
    List<String> parts = fullSite();
    parts.set(0, block("cfn-exec-trust", "", "", pretty("cfn-exec-trust").replace("cloudformation.amazonaws.com", "lambda.amazonaws.com")));
    page("index.html", parts);
    assertEquals(List.of(
        "target/site/index.html:13 DRIFT001 cfn-exec-trust › #1 › Principal › Service › 'cloudformation.amazonaws.com' removed: "
            + "policies/cfn-exec-trust.json:7 has it, this block does not",
        "target/site/index.html:14 DRIFT001 cfn-exec-trust › #1 › Principal › Service › 'lambda.amazonaws.com' added: "
            + "this block has it, policies/cfn-exec-trust.json does not"),
        lines(drift(TargetResolver.NONE)));
  }

  @Test
  void aBlockThatDoesNotParseIsReportedAsPublishedCopiesAreAndCounted() {
    List<String> parts = fullSite();
    parts.set(0, block("cfn-exec-trust", "", "", pretty("cfn-exec-trust").replace("\"sts:AssumeRole\"\n", "\"sts:AssumeRole\",\n")));
    page("index.html", parts);
    DriftResult r = drift(TargetResolver.NONE);
    assertEquals(List.of("target/site/index.html:17 DRIFT001 block for 'cfn-exec-trust' does not parse as JSON: trailing comma before '}'"),
        lines(r));
    assertEquals(5, r.blocks());
    assertEquals(4, r.inSync());
  }

  @Test
  void variantsBlockIsComparedWithTheCombinedDocument() {
    List<String> parts = fullSite();
    parts.set(3, block("IaCRole-ABCA-Application", "ecs", "", pretty("IaCRole-ABCA-Application")));
    page("index.html", parts);
    List<String> found = lines(drift(TargetResolver.NONE));
    assertEquals(1, found.size());
    assertEquals("DRIFT001 IaCRole-ABCA-Application + ecs › ECS removed: policies/variant-ecs.json:4 has it, this block does not",
        found.get(0).substring(found.get(0).indexOf(' ') + 1));
  }

  @Test
  void missingAndUnknownPoliciesAreReported() {
    List<String> parts = fullSite();
    parts.remove(4);
    parts.add(block("IaCRole-ABCA-Storage", "", "", pretty("cfn-exec-trust")));
    parts.add(block("cfn-exec-trust", "gpu", "", pretty("cfn-exec-trust")));
    page("guide/roles.html", parts);
    List<String> found = lines(drift(TargetResolver.NONE));
    assertEquals(List.of(
        "target/site DRIFT003 policy 'IaCRole-ABCA-Observability' is shown on no page of target/site/",
        "target/site/guide/roles.html DRIFT004 block shows an unknown policy: 'IaCRole-ABCA-Storage' is not a policy or variant "
            + "of the set (known: IaCRole-ABCA-Infrastructure, IaCRole-ABCA-Application, IaCRole-ABCA-Observability, cfn-exec-trust, ecs)",
        "target/site/guide/roles.html DRIFT004 block shows an unknown policy: 'gpu' is not a variant of 'cfn-exec-trust' (known: none)"),
        found.stream().map(l -> l.replaceFirst("(:\\d+)+ DRIFT", " DRIFT")).toList());
  }

  @Test
  void tableRowsAreComparedWithTheManifest() {
    List<String> parts = fullSite();
    parts.add(table("inventory", List.of("IaCRole-ABCA-Infrastructure", "IaCRole-ABCA-Observability")));
    page("index.html", parts);
    assertEquals(List.of(
        "target/site/index.html:809 DRIFT005 table rolebook-inventory has 2 rows; the manifest has 5 policy documents as written",
        "target/site/index.html:809 DRIFT005 table rolebook-inventory row 2 shows 'IaCRole-ABCA-Observability'; "
            + "the manifest's row 2 is 'IaCRole-ABCA-Application'"),
        lines(drift(TargetResolver.NONE)));
  }

  @Test
  void targetBlocksUseTheResolvedSubstitution() {
    UnaryOperator<JsonValue> prod = v -> substitute(v, "ACCOUNT_ID", "123456789012");
    TargetResolver targets = t -> t.equals("prod") ? Optional.of(prod) : Optional.empty();
    List<String> parts = fullSite();
    parts.add(block("cfn-exec-trust", "", "prod", pretty("cfn-exec-trust").replace("ACCOUNT_ID", "123456789012")));
    parts.add(block("cfn-exec-trust", "", "staging", pretty("cfn-exec-trust")));
    page("index.html", parts);
    List<String> found = lines(drift(targets));
    assertEquals(List.of("DRIFT004 block shows an unknown policy: 'staging' is not a known deployment target"),
        found.stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList());
  }

  @Test
  void targetsFromTheSubstitutePackagePlugIn() {
    Manifest m = set.manifest();
    TargetResolver targets = TargetResolver.of(List.of(dev.rolebook.substitute.Target.worstCase(m)));
    String worst = JsonWriter.pretty(dev.rolebook.substitute.Target.worstCase(m).substitution()
        .apply(set.document("cfn-exec-trust").orElseThrow().root()));
    List<String> parts = fullSite();
    parts.add(block("cfn-exec-trust", "", "worst case", worst));
    parts.add(block("cfn-exec-trust", "", "worst case", pretty("cfn-exec-trust")));
    page("index.html", parts);
    List<String> found = lines(drift(targets));
    // The block showing the as-written document under data-target="worst case" differs in every
    // substituted value; the one showing the substituted document passes.
    assertEquals(List.of(
        "DRIFT001 cfn-exec-trust › #2 › Principal › AWS › 'arn:aws-us-gov:iam::xxxxxxxxxxxx:root' removed: "
            + "policies/cfn-exec-trust.json:14 has it, this block does not",
        "DRIFT001 cfn-exec-trust › #2 › Principal › AWS › 'arn:aws:iam::ACCOUNT_ID:root' added: "
            + "this block has it, policies/cfn-exec-trust.json does not",
        "DRIFT001 cfn-exec-trust › #2 › Condition › StringEquals › sts:ExternalId › 'cdk-xxxxxxxxxx' removed: "
            + "policies/cfn-exec-trust.json:19 has it, this block does not",
        "DRIFT001 cfn-exec-trust › #2 › Condition › StringEquals › sts:ExternalId › 'cdk-hnb659fds' added: "
            + "this block has it, policies/cfn-exec-trust.json does not"),
        found.stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList());
  }

  static JsonValue substitute(JsonValue v, String from, String to) {
    if (v instanceof JsonString s) {
      return new JsonString(s.value().replace(from, to));
    }
    if (v instanceof JsonValue.JsonArray a) {
      return new JsonValue.JsonArray(a.elements().stream().map(e -> substitute(e, from, to)).toList());
    }
    if (v instanceof JsonValue.JsonObject o) {
      return new JsonValue.JsonObject(o.members().stream()
          .map(m -> new JsonValue.Member(m.key(), substitute(m.value(), from, to))).toList());
    }
    return v;
  }
}
