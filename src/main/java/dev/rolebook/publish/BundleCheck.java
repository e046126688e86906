package dev.rolebook.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.check.PolicySize;
import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.Limits;
import dev.rolebook.model.Manifest.PolicyEntry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Checks a bundle before anything is written: each JSON file re-parses (strictly) to exactly the
 * document the target deploys and fits IAM's size limit; the CloudFormation template parses as
 * YAML and its policy documents are the same documents; the Terraform heredocs hold them too; the
 * script passes {@code bash -n}. Returns one message per problem, empty when all is well. Safe to
 * use from several threads at once.
 */
public final class BundleCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A Terraform policy resource up to its heredoc's first line; the heredoc runs to {@link #HEREDOC_END}. */
  private static final Pattern HEREDOC = Pattern.compile(
      "resource \"aws_iam_policy\" \"[a-z0-9_]+\" \\{\\n  name   = \"([^\"]*)\"\\n  policy = <<EOT\\n");
  private static final String HEREDOC_END = "\nEOT\n";

  private final ScriptCheck script;
  /**
   * One per thread (account pages are checked on every core): a SnakeYAML loader costs more to set
   * up than a template takes to parse, and is not safe to share.
   */
  private final ThreadLocal<Yaml> yaml = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

  public BundleCheck(ScriptCheck script) {
    this.script = script;
  }

  /** One target's bundle: the documents it deploys and the files made from them. */
  public record Bundle(String target, List<Deployed> docs, List<BundleFile> files) {}

  public List<String> check(String target, List<Deployed> docs, List<BundleFile> files, Limits limits) {
    return checkAll(List.of(new Bundle(target, docs, files)), limits).get(0);
  }

  /**
   * {@link #check} for each bundle, in order, with all their scripts given to one {@code bash}
   * process.
   */
  public List<List<String>> checkAll(List<Bundle> bundles, Limits limits) {
    List<ScriptCheck.Script> scripts = new ArrayList<>();
    for (Bundle b : bundles) {
      for (BundleFile f : b.files()) {
        if (f.name().equals(Bundles.SCRIPT)) {
          scripts.add(new ScriptCheck.Script(f.name(), f.text()));
        }
      }
    }
    Iterator<Optional<String>> scriptProblems = script.checkAll(scripts).iterator();
    List<List<String>> out = new ArrayList<>(bundles.size());
    for (Bundle b : bundles) {
      List<String> problems = new ArrayList<>();
      // Each document is compared up to three times (JSON file, template, Terraform): its canonical form once.
      Map<Deployed, String> canonical = new IdentityHashMap<>();
      for (BundleFile f : b.files()) {
        if (f.name().equals(Bundles.SCRIPT)) {
          scriptProblems.next().ifPresent(problems::add);
        } else if (f.name().equals(Bundles.CLOUDFORMATION)) {
          cloudFormation(f, b.docs(), canonical, problems);
        } else if (f.name().equals(Bundles.TERRAFORM)) {
          terraform(f, b.docs(), canonical, problems);
        } else if (f.name().endsWith(".json")) {
          json(b.target(), f, b.docs(), canonical, limits, problems);
        } else {
          problems.add(f.name() + ": no check for this file");
        }
      }
      out.add(List.copyOf(problems));
    }
    return out;
  }

  private static void json(String target, BundleFile f, List<Deployed> docs, Map<Deployed, String> canonical, Limits limits,
      List<String> problems) {
    Optional<Deployed> d = docs.stream().filter(x -> x.fileName().equals(f.name())).findFirst();
    if (d.isEmpty()) {
      problems.add(f.name() + ": not a document of the target");
      return;
    }
    Optional<JsonValue> parsed = parse(f.name(), f.text(), problems);
    if (parsed.isEmpty()) {
      return;
    }
    same(f.name(), d.get(), parsed.get(), canonical, problems);
    int chars = PolicySize.of(parsed.get());
    boolean trust = d.get().entry().type().equals(PolicyEntry.TRUST);
    int limit = trust ? limits.trustPolicyMaxChars()
        : d.get().managed() ? Limits.MANAGED_POLICY_MAX_CHARS : Limits.ROLE_INLINE_MAX_CHARS;
    if (chars > limit) {
      problems.add(String.format(Locale.ROOT, "%s: %s %s is %,d characters for target '%s'; the limit is %,d (%,d over)",
          f.name(), trust ? "IAM002" : "IAM001", d.get().label(), chars, target, limit, chars - limit));
    }
  }

  private void cloudFormation(BundleFile f, List<Deployed> docs, Map<Deployed, String> canonical, List<String> problems) {
    Object root;
    try {
      root = yaml.get().load(f.text());
    } catch (YAMLException e) {
      problems.add(f.name() + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      return;
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("Resources") instanceof Map<?, ?> resources)) {
      problems.add(f.name() + ": no Resources section");
      return;
    }
    List<Deployed> managed = docs.stream().filter(Deployed::managed).toList();
    if (resources.size() != managed.size()) {
      problems.add(f.name() + ": " + resources.size() + " resources for " + managed.size() + " managed policies");
    }
    for (Object r : resources.values()) {
      Map<?, ?> props = r instanceof Map<?, ?> m && m.get("Properties") instanceof Map<?, ?> p ? p : Map.of();
      Object name = props.get("ManagedPolicyName");
      Optional<Deployed> d = managed.stream().filter(x -> x.name().equals(name)).findFirst();
      if (d.isEmpty()) {
        problems.add(f.name() + ": resource for unknown policy '" + name + "'");
        continue;
      }
      try {
        parse(f.name(), MAPPER.writeValueAsString(props.get("PolicyDocument")), problems)
            .ifPresent(doc -> same(f.name(), d.get(), doc, canonical, problems));
      } catch (JsonProcessingException e) {
        problems.add(f.name() + ": PolicyDocument of " + name + " is not JSON data");
      }
    }
  }

  private static void terraform(BundleFile f, List<Deployed> docs, Map<Deployed, String> canonical, List<String> problems) {
    String text = f.text();
    Matcher m = HEREDOC.matcher(text);
    int found = 0;
    for (int from = 0; m.find(from); ) {
      // indexOf, not a lazy ".*?" in the pattern: that tries the end at every character of the body.
      int end = text.indexOf(HEREDOC_END, m.end());
      if (end < 0) {
        break;
      }
      from = end + HEREDOC_END.length();
      found++;
      String name = m.group(1);
      Optional<Deployed> d = docs.stream().filter(x -> x.managed() && x.name().equals(name)).findFirst();
      if (d.isEmpty()) {
        problems.add(f.name() + ": resource for unknown policy '" + name + "'");
        continue;
      }
      String json = text.substring(m.end(), end).replace("$${", "${").replace("%%{", "%{");
      parse(f.name(), json, problems).ifPresent(doc -> same(f.name(), d.get(), doc, canonical, problems));
    }
    long managed = docs.stream().filter(Deployed::managed).count();
    if (found != managed) {
      problems.add(f.name() + ": " + found + " aws_iam_policy resources for " + managed + " managed policies");
    }
  }

  private static Optional<JsonValue> parse(String name, String text, List<String> problems) {
    JsonReadResult r = new StrictJson().readBack(name, text);
    r.diagnostics().forEach(d -> problems.add(d.location() + ": " + d.message()));
    return r.file().map(s -> s.root());
  }

  private static void same(String file, Deployed d, JsonValue parsed, Map<Deployed, String> canonical, List<String> problems) {
    if (!JsonWriter.canonical(parsed).equals(canonical.computeIfAbsent(d, Deployed::canonical))) {
      problems.add(file + ": " + d.label() + " does not read back as the document the target deploys");
    }
  }
}
