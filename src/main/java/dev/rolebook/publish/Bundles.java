package dev.rolebook.publish;

import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.PolicySet;
import dev.rolebook.substitute.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a target's snippet bundle: the files of each requested format, sorted by name. Nothing
 * here checks or writes; see {@link BundleCheck} and {@link BundleWriter}.
 */
public final class Bundles {
  public static final String SCRIPT = "bootstrap.sh";
  public static final String CLOUDFORMATION = "managed-policies.cfn.yaml";
  public static final String TERRAFORM = "managed-policies.tf";

  private Bundles() {}

  /** What the files say about where they came from. */
  public record Origin(String version, String hash) {}

  public static List<BundleFile> generate(PolicySet set, Target target, Origin origin, List<SnippetFormat> formats) {
    return generate(set, target, TargetDocuments.of(set, target), origin, formats);
  }

  /** The same, from the target's documents when the caller has them already ({@link TargetDocuments#of}). */
  public static List<BundleFile> generate(PolicySet set, Target target, List<Deployed> docs, Origin origin,
      List<SnippetFormat> formats) {
    Commands.Values v = Commands.Values.of(set.manifest(), target);
    Map<String, String> header = new LinkedHashMap<>();
    header.put("target", comment(target.name()));
    header.put("account", comment(v.account()));
    header.put("region", comment(v.region()));
    header.put("partition", comment(v.partition()));
    header.put("version", comment(origin.version()));
    header.put("hash", comment(origin.hash()));
    Map<String, String> files = new TreeMap<>();
    for (SnippetFormat f : formats) {
      switch (f) {
        case JSON -> docs.forEach(d -> files.put(d.fileName(), d.json()));
        case CLI -> {
          docs.stream().filter(Deployed::managed).forEach(d -> files.put(d.fileName(), d.json()));
          files.put(SCRIPT, script(set, target, docs, v, header));
        }
        case CLOUDFORMATION -> files.put(CLOUDFORMATION, cloudFormation(docs, target, v, header));
        case TERRAFORM -> files.put(TERRAFORM, terraform(docs, header));
      }
    }
    List<BundleFile> out = new ArrayList<>();
    files.forEach((name, text) -> out.add(new BundleFile(name, text)));
    return List.copyOf(out);
  }

  static String script(PolicySet set, Target target, List<Deployed> docs, Commands.Values v, Map<String, String> header) {
    Map<String, String> values = new LinkedHashMap<>(header);
    values.put("qualifierNote", v.qualifier().equals(Commands.CDK_DEFAULT_QUALIFIER) ? ""
        : "# The CDK app must use the same qualifier: set the context value\n"
            + "# @aws-cdk/core:bootstrapQualifier to " + comment(v.qualifier()) + " in cdk.json.\n");
    values.put("createPolicies", String.join("\n", Commands.createPolicies(docs, v)));
    values.put("bootstrap", Commands.bootstrap(set.manifest(), target));
    return Template.resource("bootstrap.sh.tmpl").render(values, Escape::shell);
  }

  static String cloudFormation(List<Deployed> docs, Target target, Commands.Values v, Map<String, String> header) {
    StringBuilder resources = new StringBuilder();
    StringBuilder outputs = new StringBuilder();
    Set<String> used = new HashSet<>();
    for (Deployed d : docs) {
      if (!d.managed()) {
        continue;
      }
      String id = unique(logicalId(d.name()), used);
      Map<String, String> values = new LinkedHashMap<>();
      values.put("logicalId", id);
      values.put("name", d.name());
      values.put("document", indent(d.pretty(), "        "));
      values.put("description", "ARN of " + d.label() + " for cdk bootstrap --cloudformation-execution-policies");
      resources.append(Template.resource("cfn-policy.yaml.tmpl").render(values, Escape::yaml));
      outputs.append(Template.resource("cfn-output.yaml.tmpl").render(values, Escape::yaml));
    }
    Map<String, String> values = new LinkedHashMap<>(header);
    values.put("description", "IAM managed policies for the CDK CloudFormation execution role, target " + target.name()
        + " (account " + v.account() + ", " + v.region() + ")");
    values.put("resources", resources.toString());
    values.put("outputs", outputs.toString());
    return Template.resource("managed-policies.cfn.yaml.tmpl").render(values, Escape::yaml);
  }

  static String terraform(List<Deployed> docs, Map<String, String> header) {
    StringBuilder resources = new StringBuilder();
    Set<String> used = new HashSet<>();
    for (Deployed d : docs) {
      if (!d.managed()) {
        continue;
      }
      String body = Escape.hclTemplateText(d.pretty());
      if (body.lines().anyMatch(l -> l.strip().equals(HEREDOC))) {
        throw new IllegalStateException("policy text holds the heredoc delimiter " + HEREDOC);
      }
      Map<String, String> values = new LinkedHashMap<>();
      values.put("resourceName", unique(resourceName(d.name()), used));
      values.put("name", d.name());
      values.put("document", body);
      resources.append(Template.resource("tf-policy.tf.tmpl").render(values, Escape::hcl));
    }
    Map<String, String> values = new LinkedHashMap<>(header);
    values.put("resources", resources.toString());
    return Template.resource("managed-policies.tf.tmpl").render(values, Escape::hcl);
  }

  static final String HEREDOC = "EOT";

  /** CloudFormation logical IDs are alphanumeric. */
  static String logicalId(String policyName) {
    String id = policyName.replaceAll("[^A-Za-z0-9]", "");
    return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "Policy" + id : id;
  }

  /** Terraform names: lowercase letters, digits and underscores, not starting with a digit. */
  static String resourceName(String policyName) {
    String id = policyName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "policy_" + id : id;
  }

  private static String unique(String base, Set<String> used) {
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + n;
    }
    return id;
  }

  private static String indent(String text, String prefix) {
    return prefix + text.replace("\n", "\n" + prefix);
  }

  /** Text for a comment line: anything that could end the line or hide text becomes '?'. */
  static String comment(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(c < 0x20 || c == 0x7F || c > 0x7E ? '?' : (char) c));
    return sb.toString();
  }

  /**
   * Several JSON files as one JSON object keyed by file name (sorted), each file's document as its
   * value, pretty-printed: what {@code snippets --format json} prints without {@code --out}.
   */
  public static String jsonByFile(List<BundleFile> files) {
    List<dev.rolebook.model.JsonValue.Member> members = new ArrayList<>();
    for (BundleFile f : files) {
      dev.rolebook.load.JsonReadResult parsed = new dev.rolebook.load.StrictJson().parse(f.name(), f.text());
      members.add(new dev.rolebook.model.JsonValue.Member(f.name(), parsed.file().orElseThrow(
          () -> new IllegalStateException(f.name() + " was checked as JSON before printing")).root()));
    }
    return JsonWriter.pretty(new dev.rolebook.model.JsonValue.JsonObject(members)) + "\n";
  }
}
