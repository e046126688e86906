package dev.rolebook.template;

import static dev.rolebook.template.Json.array;
import static dev.rolebook.template.Json.fn;
import static dev.rolebook.template.Json.object;
import static dev.rolebook.template.Json.ref;
import static dev.rolebook.template.Json.str;

import dev.rolebook.check.SetHash;
import dev.rolebook.cloudformation.BootstrapNames;
import dev.rolebook.cloudformation.ParameterMapping;
import dev.rolebook.cloudformation.TemplateFile;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A custom CDK bootstrap template made from CDK's own: one {@code AWS::IAM::ManagedPolicy} per
 * managed policy of the set, attached to the CloudFormation execution role instead of
 * AdministratorAccess (an explicit {@code CloudFormationExecutionPolicies} still wins, as in CDK's
 * template); the set's trust policy on that role; {@code BootstrapVariant} naming the set; the
 * set's version and hash as outputs. Every other part of CDK's template is kept as it is.
 */
public final class BootstrapTemplate {
  static final String EXECUTION_ROLE = BootstrapNames.EXECUTION_ROLE;
  static final String HAS_EXECUTION_POLICIES = BootstrapNames.HAS_EXECUTION_POLICIES;
  static final String EXECUTION_POLICIES = BootstrapNames.EXECUTION_POLICIES;
  static final String QUALIFIER = BootstrapNames.QUALIFIER;
  static final String VARIANT = BootstrapNames.VARIANT;
  static final String VARIANTS = BootstrapNames.VARIANTS;
  static final String OUTPUT_VERSION = BootstrapNames.OUTPUT_VERSION;
  static final String OUTPUT_HASH = BootstrapNames.OUTPUT_HASH;
  static final String METADATA = BootstrapNames.METADATA;
  /** IAM: a managed policy name is at most 128 characters. */
  static final int POLICY_NAME_MAX = 128;
  /** IAM: a managed policy description is at most 1,000 characters. */
  static final int DESCRIPTION_MAX = 1000;

  /**
   * Choices baked into the template as parameter defaults, since {@code cdk bootstrap} cannot pass
   * template parameters other than its own.
   *
   * @param defaults value per manifest parameter name (already validated)
   * @param variants variants enabled by default
   */
  public record Options(Map<String, String> defaults, List<String> variants) {
    public Options {
      defaults = Map.copyOf(defaults);
      variants = List.copyOf(variants);
    }
  }

  public record Result(Optional<JsonObject> template, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final PolicySet set;
  private final TemplateFile base;
  private final Options options;
  private final List<Diagnostic> problems = new ArrayList<>();

  private BootstrapTemplate(PolicySet set, TemplateFile base, Options options) {
    this.set = set;
    this.base = base;
    this.options = options;
  }

  public static Result build(PolicySet set, TemplateFile base, Options options) {
    return new BootstrapTemplate(set, base, options).build();
  }

  /** The logical ID of the resource holding {@code policy}: letters and digits only. */
  public static String logicalId(String policy) {
    return "Rolebook" + ParameterMapping.upperCamel(policy);
  }

  /** The condition of an optional policy: "RolebookComputeIncludesEcs". */
  static String conditionFor(Manifest.When when) {
    return "Rolebook" + ParameterMapping.upperCamel(when.parameter()) + "Includes" + ParameterMapping.upperCamel(when.includes());
  }

  static String conditionFor(String variant) {
    return "RolebookVariant" + ParameterMapping.upperCamel(variant);
  }

  private Result build() {
    JsonObject root = base.root();
    JsonObject parameters = base.section("Parameters");
    JsonObject resources = base.section("Resources");
    requireBase(parameters.has(QUALIFIER), "/Parameters", "it has no '" + QUALIFIER + "' parameter");
    requireBase(parameters.has(VARIANT), "/Parameters", "it has no '" + VARIANT + "' parameter");
    requireBase(base.section("Conditions").has(HAS_EXECUTION_POLICIES), "/Conditions",
        "it has no '" + HAS_EXECUTION_POLICIES + "' condition");
    Optional<JsonObject> role = base.resource(EXECUTION_ROLE).filter(r -> TemplateFile.type(r).equals("AWS::IAM::Role"));
    requireBase(role.isPresent(), "/Resources", "it has no AWS::IAM::Role '" + EXECUTION_ROLE + "'");
    Optional<JsonObject> roleProps = role.flatMap(r -> r.get("Properties")).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    String arnsPointer = "/Resources/" + EXECUTION_ROLE + "/Properties/ManagedPolicyArns";
    boolean cdkShape = roleProps.flatMap(p -> p.get("ManagedPolicyArns")).map(BootstrapTemplate::cdkArnsShape).orElse(false);
    requireBase(role.isEmpty() || cdkShape, arnsPointer, "the execution role's ManagedPolicyArns is not CDK's"
        + " Fn::If [" + HAS_EXECUTION_POLICIES + ", Ref " + EXECUTION_POLICIES + ", …]");

    Manifest manifest = set.manifest();
    List<PolicyEntry> managed = manifest.managedPolicies();
    Set<String> roles = new LinkedHashSet<>();
    managed.forEach(p -> roles.add(p.attachTo()));
    if (roles.size() > 1) {
      setProblem(managed.get(0).pointer(), "the managed policies attach to " + roles.size() + " roles (" + String.join(", ", roles)
          + "); a CDK bootstrap template attaches policies to the CloudFormation execution role only",
          "attach every managed policy to the execution role, or publish the others with 'snippets'");
    }
    if (managed.isEmpty()) {
      setProblem("", "the set has no managed policy to put in the template", "");
    }
    String executionRole = roles.isEmpty() ? "" : roles.iterator().next();

    Map<String, Parameter> mapped = ParameterMapping.byTemplateName(manifest.parameters());
    List<Member> newParameters = new ArrayList<>();
    for (Parameter p : manifest.parameters()) {
      if (!ParameterMapping.added(p)) {
        continue;
      }
      String name = ParameterMapping.templateName(p);
      if (parameters.has(name)) {
        setProblem(p.pointer(), "parameter '" + p.name() + "' would be the template parameter '" + name
            + "', which CDK's template already has", "rename the parameter in the manifest");
        continue;
      }
      if (p.isList()) {
        String def = Optional.ofNullable(options.defaults().get(p.name())).orElse(String.join(",", p.defaultChoices()));
        newParameters.add(new Member(name, object(
            "Type", "CommaDelimitedList",
            "Default", def,
            "Description", p.label() + ": " + p.description() + " Comma-separated, no spaces; choices: "
                + String.join(", ", p.choices()) + ".")));
        continue;
      }
      Optional<String> def = Optional.ofNullable(options.defaults().get(p.name())).or(p::defaultValue);
      if (def.isEmpty()) {
        setProblem(p.pointer(), "parameter '" + p.name() + "' has no default, and cdk bootstrap cannot pass template"
            + " parameters of its own", "give its value: --param " + p.name() + "=VALUE");
        continue;
      }
      List<Member> spec = new ArrayList<>(List.of(
          new Member("Type", str("String")),
          new Member("Default", str(def.get())),
          new Member("AllowedPattern", str(p.pattern())),
          new Member("MaxLength", new JsonValue.JsonNumber(String.valueOf(p.maxLength()))),
          new Member("Description", str(p.label() + ": " + p.description()))));
      newParameters.add(new Member(name, new JsonObject(spec)));
    }
    if (!manifest.variants().isEmpty()) {
      if (parameters.has(VARIANTS)) {
        baseProblem("/Parameters/" + VARIANTS, "it already has a parameter '" + VARIANTS + "'");
      }
      newParameters.add(new Member(VARIANTS, object(
          "Type", "CommaDelimitedList",
          "Default", String.join(",", options.variants()),
          "Description", "Optional statements to add to the set's policies, comma-separated, no spaces: "
              + String.join(", ", manifest.variants().stream().map(VariantEntry::name).toList()))));
    }
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }

    SubDocument sub = new SubDocument(manifest.parameters());
    List<Member> newConditions = new ArrayList<>();
    for (VariantEntry v : manifest.variants()) {
      newConditions.add(new Member(conditionFor(v.name()), Conditions.includes(VARIANTS, v.name())));
    }
    List<Member> newResources = new ArrayList<>();
    List<JsonValue> arns = new ArrayList<>();
    for (PolicyEntry p : managed) {
      String id = logicalId(p.name());
      if (resources.has(id) || newResources.stream().anyMatch(m -> m.key().equals(id))) {
        setProblem(p.pointer(), "policy '" + p.name() + "' would be the resource '" + id + "', which already exists",
            "give the policies names that differ in their letters and digits");
        continue;
      }
      String policyName = "cdk-${" + QUALIFIER + "}-" + p.name() + "-${AWS::Region}";
      // Worst case: a 10-character qualifier and a 14-character Region (ap-southeast-1).
      int longest = policyName.length() - ("${" + QUALIFIER + "}").length() + 10 - "${AWS::Region}".length() + 14;
      if (longest > POLICY_NAME_MAX) {
        setProblem(SourceFile.child(p.pointer(), "name"), "policy name 'cdk-QUALIFIER-" + p.name() + "-REGION' is up to "
            + longest + " characters; IAM allows " + POLICY_NAME_MAX, "shorten the policy's name");
        continue;
      }
      PolicyDocument doc = set.document(p.name()).orElseThrow();
      Optional<String> condition = p.when().map(w -> conditionFor(w));
      if (condition.isPresent() && newConditions.stream().noneMatch(m -> m.key().equals(condition.get()))) {
        Manifest.When w = p.when().get();
        String list = manifest.parameter(w.parameter()).map(ParameterMapping::templateName).orElse(w.parameter());
        newConditions.add(new Member(condition.get(), Conditions.includes(list, w.includes())));
      }
      String description = (p.name() + " from the Rolebook policy set '" + manifest.title() + "'");
      JsonObject resource = object(
          "Type", "AWS::IAM::ManagedPolicy",
          "Metadata", object(METADATA, object("Policy", p.name())),
          "Properties", object(
              "ManagedPolicyName", fn("Fn::Sub", str(policyName)),
              "Description", description.length() > DESCRIPTION_MAX ? description.substring(0, DESCRIPTION_MAX) : description,
              "PolicyDocument", document(sub, doc.root(), set.variantsOf(p.name()))));
      if (condition.isPresent()) {
        // An optional policy exists only when chosen, and only then is it attached.
        resource = object("Type", "AWS::IAM::ManagedPolicy", "Condition", condition.get())
            .with("Metadata", resource.get("Metadata").get()).with("Properties", resource.get("Properties").get());
        arns.add(fn("Fn::If", array(str(condition.get()), ref(id), ref("AWS::NoValue"))));
      } else {
        arns.add(ref(id));
      }
      newResources.add(new Member(id, resource));
    }
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }

    JsonObject roleResource = role.get();
    JsonObject props = roleProps.get();
    JsonArray ifArgs = (JsonArray) ((JsonObject) props.get("ManagedPolicyArns").get()).get("Fn::If").get();
    props = props.with("ManagedPolicyArns", fn("Fn::If", array(ifArgs.elements().get(0), ifArgs.elements().get(1), new JsonArray(arns))));
    Optional<PolicyEntry> trust = manifest.policies().stream()
        .filter(p -> p.type().equals(PolicyEntry.TRUST) && p.attachTo().equals(executionRole))
        .findFirst();
    if (trust.isPresent()) {
      props = props.with("AssumeRolePolicyDocument", SubDocument.sub(sub.text(set.document(trust.get().name()).orElseThrow().root())));
    }
    JsonObject newRole = roleResource.with("Properties", props);

    JsonObject out = root;
    JsonObject params = parameters.with(VARIANT, ((JsonObject) parameters.get(VARIANT).get())
        .with("Default", str("Rolebook: " + manifest.title())));
    for (Member m : newParameters) {
      params = params.with(m.key(), m.value());
    }
    out = out.with("Parameters", params);
    JsonObject conditions = base.section("Conditions");
    for (Member m : newConditions) {
      conditions = conditions.with(m.key(), m.value());
    }
    out = out.with("Conditions", conditions);
    JsonObject res = resources.with(EXECUTION_ROLE, newRole);
    for (Member m : newResources) {
      res = res.with(m.key(), m.value());
    }
    out = out.with("Resources", res);
    JsonObject outputs = base.section("Outputs")
        .with(OUTPUT_VERSION, object("Description", "Version of the Rolebook policy set in this template", "Value", manifest.version()))
        .with(OUTPUT_HASH, object("Description", "sha256 of the policy set's canonical form (rolebook check prints it)",
            "Value", "sha256:" + SetHash.of(set)));
    out = out.with("Outputs", outputs);
    return new Result(Optional.of(out), problems);
  }

  /**
   * The PolicyDocument: one Fn::Sub of the document's JSON text, or, when variants can join it, an
   * Fn::Join of the base statements, each variant's statements behind its condition, and the close.
   */
  private JsonValue document(SubDocument sub, JsonValue root, List<VariantEntry> variants) {
    JsonObject doc = root instanceof JsonObject o ? o : new JsonObject(List.of());
    // Statement last, always an array, so the variants' statements can be appended as text.
    JsonObject normal = Json.without(doc, "Statement")
        .with("Statement", new JsonArray(PolicyDocument.statementsOf(doc).stream().map(s -> (JsonValue) s.json()).toList()));
    String text = sub.text(normal);
    if (variants.isEmpty()) {
      return SubDocument.sub(text);
    }
    String close = "]}";
    List<JsonValue> pieces = new ArrayList<>();
    pieces.add(SubDocument.sub(text.substring(0, text.length() - close.length())));
    for (VariantEntry v : variants) {
      List<String> statements = set.variantDocument(v.name()).orElseThrow().statements().stream()
          .map(s -> sub.text(s.json())).toList();
      pieces.add(fn("Fn::If", array(str(conditionFor(v.name())), SubDocument.sub("," + String.join(",", statements)), str(""))));
    }
    pieces.add(str(close));
    return fn("Fn::Join", array(str(""), new JsonArray(pieces)));
  }

  /** CDK's {@code Fn::If [HasCloudFormationExecutionPolicies, Ref CloudFormationExecutionPolicies, …]}. */
  private static boolean cdkArnsShape(JsonValue v) {
    return v instanceof JsonObject o && o.members().size() == 1
        && o.get("Fn::If").orElse(null) instanceof JsonArray a && a.elements().size() == 3
        && a.elements().get(0).equals(new JsonString(HAS_EXECUTION_POLICIES))
        && a.elements().get(1).equals(ref(EXECUTION_POLICIES));
  }

  private void requireBase(boolean ok, String pointer, String what) {
    if (!ok) {
      baseProblem(pointer, what);
    }
  }

  private void baseProblem(String pointer, String what) {
    problems.add(Diagnostic.of(Code.TPL002, base.path(), base.source().keyPosition(pointer),
        "the base template is not CDK's bootstrap template: " + what,
        "give the file that 'cdk bootstrap --show-template' prints (aws-cdk 2.x)"));
  }

  private void setProblem(String pointer, String message, String hint) {
    SourceFile manifestFile = set.manifest().source();
    Position at = pointer.isEmpty() ? Position.UNKNOWN : manifestFile.position(pointer);
    problems.add(Diagnostic.of(Code.TPL003, manifestFile.path(), at, message, hint));
  }
}
