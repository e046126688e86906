package dev.rolebook.template;

import dev.rolebook.cloudformation.Intrinsics;
import dev.rolebook.cloudformation.ParameterMapping;
import dev.rolebook.cloudformation.SubText;
import dev.rolebook.cloudformation.TemplateFile;
import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.publish.Deployed;
import dev.rolebook.publish.TargetDocuments;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.ParameterValues;
import dev.rolebook.substitute.Substitution;
import dev.rolebook.substitute.Target;
import dev.rolebook.verify.Difference;
import dev.rolebook.verify.Locator;
import dev.rolebook.verify.PolicyDiff;
import dev.rolebook.verify.Side;
import dev.rolebook.verify.Where;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a generated template before it is written: it reads back; every {@code ${…}} names a
 * parameter, pseudo parameter, resource or attribute; evaluated for two sample deployments (the
 * manifest's example values with no variant, and the worst case with every variant) the execution
 * role attaches exactly the set's policies and every embedded document equals, by meaning, what
 * {@code snippets} gives for that sample; and its size is within what {@code cdk bootstrap} sends.
 */
public final class TemplateCheck {
  /**
   * CloudFormation's limit for a template passed as the request body. {@code cdk bootstrap} (aws-cdk
   * 2.1148.1, makeBodyParameter) re-serializes the template as YAML and sends it as the body when
   * that is at most 50 KiB; a larger one it would upload to the bootstrap bucket, which a bootstrap
   * deployment does not have, so it stops. CloudFormation takes up to 1 MB from S3, but only through
   * other tools (aws cloudformation deploy --s3-bucket).
   */
  public static final int BODY_LIMIT = 51_200;
  public static final int S3_LIMIT = 1_000_000;

  private static final StrictJson JSON = new StrictJson();

  private final PolicySet set;
  private final String display;
  private final List<Diagnostic> problems = new ArrayList<>();

  private TemplateCheck(PolicySet set, String display) {
    this.set = set;
    this.display = display;
  }

  /** What the check found; {@code yamlBytes} is the size CDK's YAML form comes to. */
  public record Report(List<Diagnostic> diagnostics, int bytes, int yamlBytes, List<String> samples) {
    public Report {
      diagnostics = List.copyOf(diagnostics);
      samples = List.copyOf(samples);
    }
  }

  /** Checks {@code text}, the template as it will be written to {@code display}. */
  public static Report check(PolicySet set, String display, String text, String yaml) {
    return new TemplateCheck(set, display).run(text, yaml);
  }

  private Report run(String text, String yaml) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    int yamlBytes = yaml.getBytes(StandardCharsets.UTF_8).length;
    List<String> samples = new ArrayList<>();
    TemplateFile.Read read = TemplateFile.read(display, text);
    if (read.template().isEmpty()) {
      read.diagnostics().forEach(d -> fail(Position.UNKNOWN, "the generated template does not read back: " + d.message()));
      return new Report(problems, bytes, yamlBytes, samples);
    }
    TemplateFile template = read.template().get();
    subNames(template, template.root(), "");
    Manifest m = set.manifest();
    Map<String, String> examples = new HashMap<>();
    m.stringParameters().forEach(p -> examples.put(p.name(), p.example()));
    ParameterValues.Result ex = ParameterValues.validate(m, examples, false);
    if (ex.ok()) {
      sample(template, new Target("examples", "", ex.substitution(), List.of()), samples);
    }
    sample(template, Target.worstCase(m), samples);
    if (yamlBytes > S3_LIMIT) {
      problems.add(Diagnostic.of(Code.TPL005, display, Position.UNKNOWN, String.format(Locale.ROOT,
          "the template is %,d bytes; CloudFormation takes at most %,d even from S3", yamlBytes, S3_LIMIT),
          "split the set's policies or shorten them"));
    } else if (yamlBytes > BODY_LIMIT) {
      problems.add(Diagnostic.of(Code.TPL005, display, Position.UNKNOWN, String.format(Locale.ROOT,
          "the template is %,d bytes as YAML; cdk bootstrap sends a template of at most %,d bytes as the request body"
              + " and stops on a larger one (there is no bootstrap bucket to upload it to yet)", yamlBytes, BODY_LIMIT),
          "shorten the policies, or deploy the stack with 'aws cloudformation deploy --s3-bucket' (1 MB limit)"
              + " instead of cdk bootstrap"));
    }
    return new Report(problems, bytes, yamlBytes, samples);
  }

  private void sample(TemplateFile template, Target target, List<String> samples) {
    Substitution s = target.substitution();
    Map<String, JsonValue> values = new HashMap<>();
    for (Member p : template.section("Parameters").members()) {
      if (p.value() instanceof JsonObject spec && spec.get("Default").orElse(null) instanceof JsonString d) {
        boolean list = spec.get("Type").orElse(null) instanceof JsonString t && t.value().equals("CommaDelimitedList");
        values.put(p.key(), list ? strings(List.of(d.value().split(",", -1))) : d);
      }
    }
    values.put("AWS::AccountId", new JsonString("123456789012"));
    values.put("AWS::Region", new JsonString("us-east-1"));
    values.put("AWS::Partition", new JsonString("aws"));
    values.put("AWS::StackName", new JsonString("CDKToolkit"));
    values.put("AWS::URLSuffix", new JsonString("amazonaws.com"));
    for (Parameter p : set.manifest().parameters()) {
      List<String> chosen = s.chosen(p.name());
      values.put(ParameterMapping.templateName(p), p.isList()
          ? strings(chosen.isEmpty() ? List.of("") : chosen)
          : new JsonString(s.valueOf(p)));
    }
    if (!set.manifest().variants().isEmpty()) {
      values.put(BootstrapTemplate.VARIANTS, strings(target.variants().isEmpty() ? List.of("") : target.variants()));
    }
    String label = target.name() + " (" + String.join(", ", set.manifest().parameters().stream()
        .map(p -> p.name() + " " + (!p.isList() ? s.valueOf(p)
            : s.chosen(p.name()).isEmpty() ? "(none)" : String.join(",", s.chosen(p.name())))).toList())
        + (target.variants().isEmpty() ? "" : "; variants " + String.join(", ", target.variants())) + ")";
    samples.add(label);
    Intrinsics eval = new Intrinsics(template, values);
    String rolePointer = "/Resources/" + BootstrapTemplate.EXECUTION_ROLE + "/Properties";
    JsonObject role = template.resource(BootstrapTemplate.EXECUTION_ROLE).flatMap(r -> r.get("Properties"))
        .filter(JsonObject.class::isInstance).map(JsonObject.class::cast).orElse(new JsonObject(List.of()));
    // Optional policies the sample does not choose are not deployed (snippets leaves them out too).
    List<Deployed> deployed = TargetDocuments.of(set, target).stream().filter(d -> s.attaches(d.entry())).toList();
    for (PolicyEntry p : set.manifest().managedPolicies()) {
      JsonValue condition = template.resource(BootstrapTemplate.logicalId(p.name())).flatMap(r -> r.get("Condition")).orElse(null);
      try {
        boolean exists = !(condition instanceof JsonString c) || eval.condition(c.value());
        if (exists != s.attaches(p)) {
          fail(template.position("/Resources/" + BootstrapTemplate.logicalId(p.name())), "for the sample " + label + ", "
              + p.name() + (exists ? " is created although not chosen" : " is not created although chosen"));
        }
      } catch (Intrinsics.Unresolvable e) {
        fail(template.position("/Resources/" + BootstrapTemplate.logicalId(p.name())), p.name()
            + "'s condition cannot be evaluated: " + e.getMessage());
      }
    }
    List<JsonValue> expectedArns = deployed.stream().filter(Deployed::managed)
        .map(d -> (JsonValue) new JsonString(Intrinsics.resourceRef(BootstrapTemplate.logicalId(d.name())))).toList();
    try {
      JsonValue arns = eval.resolve(role.get("ManagedPolicyArns").orElse(new JsonArray(List.of())));
      if (!arns.equals(new JsonArray(expectedArns))) {
        fail(template.position(rolePointer + "/ManagedPolicyArns"), "for the sample " + label
            + ", the execution role attaches " + dev.rolebook.model.JsonWriter.compact(arns) + ", not the set's "
            + dev.rolebook.model.JsonWriter.compact(new JsonArray(expectedArns)));
      }
    } catch (Intrinsics.Unresolvable e) {
      fail(template.position(rolePointer + "/ManagedPolicyArns"), "the execution role's ManagedPolicyArns cannot be evaluated: " + e.getMessage());
    }
    for (Deployed d : deployed) {
      String pointer;
      if (d.managed()) {
        pointer = "/Resources/" + BootstrapTemplate.logicalId(d.name()) + "/Properties/PolicyDocument";
      } else if (d.entry().type().equals(PolicyEntry.TRUST) && trustOfExecutionRole(d.entry())) {
        pointer = rolePointer + "/AssumeRolePolicyDocument";
      } else {
        continue;
      }
      compare(template, eval, pointer, d, label);
    }
  }

  private boolean trustOfExecutionRole(PolicyEntry trust) {
    return set.manifest().managedPolicies().stream().anyMatch(p -> p.attachTo().equals(trust.attachTo()));
  }

  private void compare(TemplateFile template, Intrinsics eval, String pointer, Deployed d, String label) {
    Position at = template.position(pointer);
    Optional<JsonValue> written = value(template.root(), pointer);
    if (written.isEmpty()) {
      fail(at, d.label() + " is missing from the template");
      return;
    }
    JsonValue shown;
    try {
      shown = eval.resolve(written.get());
    } catch (Intrinsics.Unresolvable e) {
      fail(at, d.label() + " cannot be evaluated: " + e.getMessage());
      return;
    }
    if (shown instanceof JsonString s) {
      JsonReadResult parsed = JSON.parse(display, s.value());
      if (parsed.file().isEmpty()) {
        fail(at, d.label() + " is not JSON for the sample " + label + ": " + parsed.diagnostics().get(0).message());
        return;
      }
      shown = parsed.file().get().root();
    }
    Where where = new Where(display, at.line(), at.column());
    List<Difference> diff = PolicyDiff.compare(Side.of(d.label(), d.document(), Locator.fixed(where)),
        Side.of(d.label(), shown, Locator.fixed(where)));
    for (Difference x : diff) {
      fail(at, "for the sample " + label + ", " + x.path() + x.value().map(v -> " › '" + v + "'").orElse("") + " "
          + x.kind().name().toLowerCase(Locale.ROOT) + (x.kind() == Difference.Kind.CHANGED
              ? " from '" + x.value().orElse("") + "' to '" + x.shownValue().orElse("") + "'" : "")
          + " against what snippets gives");
    }
  }

  /** Every Fn::Sub's ${…} must name a parameter, pseudo parameter, resource, attribute or variable. */
  private void subNames(TemplateFile template, JsonValue v, String pointer) {
    if (v instanceof JsonArray a) {
      for (int i = 0; i < a.elements().size(); i++) {
        subNames(template, a.elements().get(i), SourceFile.child(pointer, i));
      }
      return;
    }
    if (!(v instanceof JsonObject o)) {
      return;
    }
    for (Member m : o.members()) {
      String child = SourceFile.child(pointer, m.key());
      if (m.key().equals("Fn::Sub")) {
        subName(template, m.value(), child);
      }
      subNames(template, m.value(), child);
    }
  }

  private void subName(TemplateFile template, JsonValue arg, String pointer) {
    Set<String> known = new HashSet<>(template.section("Parameters").keys());
    known.addAll(Intrinsics.PSEUDO);
    Set<String> resources = new HashSet<>(template.section("Resources").keys());
    String text;
    if (arg instanceof JsonString s) {
      text = s.value();
    } else if (arg instanceof JsonArray a && a.elements().size() == 2 && a.elements().get(0) instanceof JsonString s
        && a.elements().get(1) instanceof JsonObject vars) {
      text = s.value();
      known.addAll(vars.keys());
    } else {
      fail(template.position(pointer), "Fn::Sub takes a string or [string, {variables}]");
      return;
    }
    try {
      for (SubText.Piece p : SubText.pieces(text)) {
        if (p.literal()) {
          continue;
        }
        String name = p.name();
        String resource = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (!known.contains(name) && !resources.contains(resource)) {
          fail(template.position(pointer), "${" + name + "} names no parameter, pseudo parameter or resource of the template");
        }
      }
    } catch (SubText.Unclosed e) {
      fail(template.position(pointer), "Fn::Sub string: " + e.getMessage());
    }
  }

  private static Optional<JsonValue> value(JsonValue root, String pointer) {
    JsonValue v = root;
    for (String token : pointer.substring(1).split("/")) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (!(v instanceof JsonObject o) || o.get(key).isEmpty()) {
        return Optional.empty();
      }
      v = o.get(key).get();
    }
    return Optional.of(v);
  }

  private static JsonArray strings(List<String> values) {
    return new JsonArray(values.stream().map(x -> (JsonValue) new JsonString(x)).toList());
  }

  private void fail(Position at, String message) {
    problems.add(Diagnostic.of(Code.TPL004, display, at, message,
        "this is a bug in Rolebook's template generator or a base template it does not understand; please report it"));
  }
}
