package dev.rolebook.verify;

import dev.rolebook.check.SetHash;
import dev.rolebook.cloudformation.BootstrapNames;
import dev.rolebook.cloudformation.Intrinsics;
import dev.rolebook.cloudformation.ParameterMapping;
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
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Position;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Substitution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drift of a CDK bootstrap template (one that Rolebook generated, or one written by hand): each
 * {@code AWS::IAM::ManagedPolicy} is matched to a managed policy of the set (by Rolebook's
 * metadata, else by the policy's name inside its ManagedPolicyName, else by shared Sids) and
 * compared twice. First evaluated with the set's placeholders (the partition as {@code aws}, the
 * qualifier as {@code hnb659fds}…) against the set as written: any difference is an altered policy.
 * Then evaluated with every parameter at a value unlike its placeholder (the worst case) against the
 * set substituted the same way: a value still spelling a placeholder there was written literally
 * where the set has a parameter, so the template grants the wrong resources when deployed with
 * another partition or qualifier. The recorded version and hash are compared with the set's.
 */
final class TemplateDrift {
  private static final String HINT = "regenerate the template from the current set: rolebook bootstrap-template";
  private static final String SAMPLE = "\u0000worst case";
  private static final String OUTPUT_VERSION = BootstrapNames.OUTPUT_VERSION;
  private static final String OUTPUT_HASH = BootstrapNames.OUTPUT_HASH;
  private static final String METADATA = BootstrapNames.METADATA;
  private static final String EXECUTION_ROLE = BootstrapNames.EXECUTION_ROLE;
  private static final String VARIANTS = BootstrapNames.VARIANTS;

  private final PolicySet set;
  private final DriftResult.Builder result;
  private final Substitution sample;
  private final Substitution placeholders;
  /** Values written literally, per parameter name, over the whole file. */
  private final Map<String, Integer> hardCoded = new java.util.TreeMap<>();

  TemplateDrift(PolicySet set, DriftResult.Builder result) {
    this.set = set;
    this.result = result;
    this.sample = Substitution.worstCase(set.manifest().parameters());
    this.placeholders = Substitution.symbolic(set.manifest().parameters());
  }

  /** True when {@code text} is a CloudFormation template (it reads, with a Resources section). */
  static boolean isTemplate(String display, String text) {
    return TemplateFile.read(display, text).template().isPresent();
  }

  void run(String display, String text) {
    TemplateFile.Read read = TemplateFile.read(display, text);
    if (read.template().isEmpty()) {
      result.addAll(read.diagnostics());
      return;
    }
    TemplateFile template = read.template().get();
    Map<String, String> matched = match(template);
    Set<String> attached = attached(template);
    int inSync = 0;
    for (Member r : template.section("Resources").members()) {
      if (!TemplateFile.type(r.value()).equals("AWS::IAM::ManagedPolicy")) {
        continue;
      }
      String policy = matched.get(r.key());
      if (policy == null) {
        if (attached.contains(r.key())) {
          result.add(Diagnostic.of(Code.DRIFT006, display, template.position("/Resources/" + r.key()),
              "managed policy " + r.key() + " is attached to the execution role but matches no policy of the set", HINT));
        } else {
          result.note(display + ": " + r.key() + " is not a policy of the set (not compared)");
        }
        continue;
      }
      result.found();
      inSync += compare(template, r.key(), policy) ? 1 : 0;
    }
    for (PolicyEntry p : set.manifest().managedPolicies()) {
      if (!matched.containsValue(p.name())) {
        result.add(Diagnostic.of(Code.DRIFT012, display, new Position(1, 1),
            "managed policy " + p.name() + " of the set has no AWS::IAM::ManagedPolicy in this template", HINT));
      }
    }
    record(template);
    if (!hardCoded.isEmpty()) {
      result.note(display + ": hard-coded " + String.join(", ", hardCoded.entrySet().stream()
          .map(e -> e.getKey() + " in " + e.getValue() + (e.getValue() == 1 ? " value" : " values")).toList()));
      hardCoded.clear();
    }
    result.note(display + ": " + matched.size() + " managed " + (matched.size() == 1 ? "policy" : "policies") + " of the set, "
        + inSync + " in sync");
  }

  /** Resource logical ID → policy name, for every managed policy resource that shows one. */
  private Map<String, String> match(TemplateFile template) {
    Map<String, String> out = new LinkedHashMap<>();
    List<PolicyEntry> managed = set.manifest().managedPolicies();
    Intrinsics eval = new Intrinsics(template, values(template, placeholderValues(), List.of()));
    for (Member r : template.section("Resources").members()) {
      if (!TemplateFile.type(r.value()).equals("AWS::IAM::ManagedPolicy") || !(r.value() instanceof JsonObject res)) {
        continue;
      }
      Optional<String> named = res.get("Metadata").flatMap(m -> m instanceof JsonObject o ? o.get(METADATA) : Optional.empty())
          .flatMap(m -> m instanceof JsonObject o ? o.get("Policy") : Optional.empty())
          .filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value())
          .filter(n -> set.manifest().policy(n).isPresent());
      if (named.isEmpty()) {
        String name = properties(res).get("ManagedPolicyName").map(v -> evalText(eval, v)).orElse("");
        named = managed.stream().map(PolicyEntry::name).filter(n -> containsToken(name, n))
            .max(java.util.Comparator.comparingInt(String::length));
      }
      if (named.isEmpty()) {
        Set<String> sids = sids(properties(res).get("PolicyDocument").map(v -> evalDoc(eval, v)).orElse(null));
        named = managed.stream()
            .filter(p -> set.document(p.name()).isPresent())
            .max(java.util.Comparator.comparingLong(p -> set.document(p.name()).get().statements().stream()
                .map(s -> s.sid().orElse("")).filter(sids::contains).count()))
            .filter(p -> set.document(p.name()).get().statements().stream().anyMatch(s -> sids.contains(s.sid().orElse(""))))
            .map(PolicyEntry::name);
      }
      named.filter(n -> !out.containsValue(n)).ifPresent(n -> out.put(r.key(), n));
    }
    return out;
  }

  private boolean compare(TemplateFile template, String id, String policy) {
    String pointer = "/Resources/" + id + "/Properties/PolicyDocument";
    Position at = template.position(pointer);
    Where where = new Where(template.path(), at.line(), at.column());
    List<String> allVariants = set.variantsOf(policy).stream().map(VariantEntry::name).toList();
    List<List<String>> combinations = allVariants.isEmpty() ? List.of(List.of()) : List.of(List.of(), allVariants);
    boolean same = true;
    Set<String> reported = new HashSet<>();
    for (List<String> variants : combinations) {
      Optional<JsonValue> asWritten = document(template, id, placeholderValues(), variants, where);
      Optional<JsonValue> asSample = document(template, id, sampleValues(), variants, where);
      if (asWritten.isEmpty() || asSample.isEmpty()) {
        return false;
      }
      Locator locator = locator(template, pointer, asWritten.get(), where);
      Expectations expect = new Expectations(set, n -> n.equals(SAMPLE) ? Optional.of(sample::apply) : Optional.empty());
      Side wantWritten = expect.resolve(policy, variants, "").side().orElseThrow();
      Side wantSample = expect.resolve(policy, variants, SAMPLE).side().orElseThrow();
      List<Difference> written = PolicyDiff.compare(wantWritten, Side.of(wantWritten.name(), asWritten.get(), locator));
      List<Difference> sampled = PolicyDiff.compare(wantSample, Side.of(wantSample.name(), asSample.get(), locator));
      for (Difference d : written) {
        // With and without variants the shared statements differ alike: report each once.
        if (reported.add(d.kind() + withoutPolicy(d.path()) + "\u0000" + d.value().orElse(""))) {
          result.addAll(BlockCheck.diagnostics(List.of(d), HINT));
        }
      }
      Set<String> seen = written.stream().map(d -> d.path() + "\u0000" + shown(d).orElse("")).collect(Collectors.toSet());
      for (Difference d : sampled) {
        Optional<String> value = shown(d);
        if (value.isEmpty() || seen.contains(d.path() + "\u0000" + value.get())) {
          continue;
        }
        List<Parameter> literal = placeholders.parts(value.get()).stream()
            .filter(p -> !p.literal()).map(Substitution.Part::parameter).distinct().toList();
        if (literal.isEmpty()) {
          continue;
        }
        if (!reported.add("hard-coded" + withoutPolicy(d.path()) + "\u0000" + value.get())) {
          continue;
        }
        literal.forEach(p -> hardCoded.merge(p.name(), 1, Integer::sum));
        Where w = d.shown();
        result.add(new Diagnostic(Code.DRIFT011.severity(), w.file(), w.line() > 0 ? w.line() : -1,
            w.line() > 0 && w.column() > 0 ? w.column() : -1, Code.DRIFT011,
            d.path() + " hard-codes " + String.join(" and ", literal.stream()
                .map(p -> p.name() + " '" + p.placeholder() + "'").toList())
                + ": evaluated for " + String.join(" and ", literal.stream()
                .map(p -> p.name() + " '" + sample.valueOf(p) + "'").toList())
                + " it still reads '" + value.get() + "', so deployed with another " + String.join(" or ",
                literal.stream().map(Parameter::name).toList()) + " this template grants the wrong resources",
            "write " + String.join(" and ", literal.stream().map(TemplateDrift::expression).toList())
                + " in an Fn::Sub instead, or generate the template: rolebook bootstrap-template"));
        same = false;
      }
      same &= written.isEmpty();
    }
    result.shown(where, policy + " (" + id + ")", same);
    return same;
  }

  /** "Policy + ecs › Sid › Action" without its first part, the document's name. */
  private static String withoutPolicy(String path) {
    int cut = path.indexOf(Facts.SEP);
    return cut < 0 ? "" : path.substring(cut);
  }

  private static String expression(Parameter p) {
    return ParameterMapping.added(p) ? "a template parameter for " + p.name() : "${" + ParameterMapping.templateName(p) + "}";
  }

  /** The value a difference shows on the template's side, when it is about one value. */
  private static Optional<String> shown(Difference d) {
    return switch (d.kind()) {
      case ADDED -> d.value();
      case CHANGED -> d.shownValue();
      case REMOVED -> Optional.empty();
    };
  }

  private Optional<JsonValue> document(TemplateFile template, String id, Map<String, String> params, List<String> variants,
      Where where) {
    JsonValue written = properties(template.resource(id).orElseThrow()).get("PolicyDocument").orElse(null);
    if (written == null) {
      result.add(where.diagnostic(Code.DRIFT012, id + " has no PolicyDocument", HINT));
      return Optional.empty();
    }
    try {
      JsonValue v = new Intrinsics(template, values(template, params, variants)).resolve(written);
      if (v instanceof JsonString s) {
        JsonReadResult parsed = new StrictJson().parse(template.path(), s.value());
        if (parsed.file().isEmpty()) {
          result.add(where.diagnostic(Code.DRIFT012, id + "'s PolicyDocument is not JSON: " + parsed.diagnostics().get(0).message(), HINT));
          return Optional.empty();
        }
        v = parsed.file().get().root();
      }
      return Optional.of(v);
    } catch (Intrinsics.Unresolvable e) {
      result.add(where.diagnostic(Code.DRIFT012, id + "'s PolicyDocument cannot be evaluated: " + e.getMessage(), HINT));
      return Optional.empty();
    }
  }

  /** Positions inside a document written as YAML/JSON; one place for a document written as a string. */
  private static Locator locator(TemplateFile template, String pointer, JsonValue resolved, Where where) {
    JsonValue written = template.resource(pointer.split("/")[2]).flatMap(r -> properties(r).get("PolicyDocument")).orElse(null);
    if (written instanceof JsonObject o && !o.has("Fn::Sub") && !o.has("Fn::Join")) {
      return (p, key) -> {
        Position at = template.source().position(pointer + p);
        return at.known() ? new Where(template.path(), at.line(), at.column()) : where;
      };
    }
    return Locator.fixed(where);
  }

  private void record(TemplateFile template) {
    JsonObject outputs = template.section("Outputs");
    Optional<JsonValue> version = outputs.get(OUTPUT_VERSION).flatMap(o -> o instanceof JsonObject x ? x.get("Value") : Optional.empty());
    Optional<JsonValue> hash = outputs.get(OUTPUT_HASH).flatMap(o -> o instanceof JsonObject x ? x.get("Value") : Optional.empty());
    if (version.isEmpty() && hash.isEmpty()) {
      result.note(template.path() + ": records no Rolebook version or hash (outputs " + OUTPUT_VERSION + ", " + OUTPUT_HASH
          + "), so neither was compared");
      return;
    }
    Manifest m = set.manifest();
    String wantHash = "sha256:" + SetHash.of(set);
    if (!version.equals(Optional.of(new JsonString(m.version())))) {
      result.add(Diagnostic.of(Code.DRIFT010, template.path(), template.position("/Outputs/" + OUTPUT_VERSION + "/Value"),
          "the template records policy-set version " + version.map(TemplateDrift::text).orElse("(none)") + "; the set is "
              + m.version(), HINT));
    }
    if (!hash.equals(Optional.of(new JsonString(wantHash)))) {
      result.add(Diagnostic.of(Code.DRIFT010, template.path(), template.position("/Outputs/" + OUTPUT_HASH + "/Value"),
          "the template records hash " + hash.map(TemplateDrift::text).orElse("(none)") + "; the set's is " + wantHash, HINT));
    }
  }

  private static String text(JsonValue v) {
    return v instanceof JsonString s ? s.value() : dev.rolebook.model.JsonWriter.compact(v);
  }

  /** The resources the execution role attaches (Refs anywhere in its ManagedPolicyArns). */
  private static Set<String> attached(TemplateFile template) {
    Set<String> out = new HashSet<>();
    template.resource(EXECUTION_ROLE).flatMap(r -> properties(r).get("ManagedPolicyArns")).ifPresent(v -> refs(v, out));
    return out;
  }

  private static void refs(JsonValue v, Set<String> out) {
    if (v instanceof JsonObject o) {
      o.members().forEach(m -> {
        if (m.key().equals("Ref") && m.value() instanceof JsonString s) {
          out.add(s.value());
        } else {
          refs(m.value(), out);
        }
      });
    } else if (v instanceof JsonArray a) {
      a.elements().forEach(e -> refs(e, out));
    }
  }

  private Map<String, String> placeholderValues() {
    Map<String, String> out = new HashMap<>();
    set.manifest().parameters().forEach(p -> out.put(p.name(), p.placeholder()));
    return out;
  }

  private Map<String, String> sampleValues() {
    Map<String, String> out = new HashMap<>();
    set.manifest().parameters().forEach(p -> out.put(p.name(), sample.valueOf(p)));
    return out;
  }

  /** Template parameter values: the template's defaults, then the set's parameters by their template names. */
  private Map<String, JsonValue> values(TemplateFile template, Map<String, String> params, List<String> variants) {
    Map<String, JsonValue> values = new HashMap<>();
    for (Member p : template.section("Parameters").members()) {
      if (p.value() instanceof JsonObject spec && spec.get("Default").orElse(null) instanceof JsonString d) {
        boolean list = spec.get("Type").orElse(null) instanceof JsonString t && t.value().equals("CommaDelimitedList");
        values.put(p.key(), list ? strings(List.of(d.value().split(",", -1))) : d);
      }
    }
    values.put("AWS::AccountId", new JsonString("ACCOUNT_ID"));
    values.put("AWS::Region", new JsonString("REGION"));
    values.put("AWS::Partition", new JsonString("aws"));
    values.put("AWS::StackName", new JsonString("CDKToolkit"));
    values.put("AWS::URLSuffix", new JsonString("amazonaws.com"));
    for (Parameter p : set.manifest().parameters()) {
      values.put(templateName(p), p.isList() ? strings(p.choices()) : new JsonString(params.get(p.name())));
    }
    values.put(VARIANTS, strings(variants.isEmpty() ? List.of("") : variants));
    return values;
  }

  private static String templateName(Parameter p) {
    return ParameterMapping.templateName(p);
  }

  private static JsonArray strings(List<String> values) {
    return new JsonArray(values.stream().map(x -> (JsonValue) new JsonString(x)).toList());
  }

  private static JsonObject properties(JsonObject resource) {
    return resource.get("Properties").orElse(null) instanceof JsonObject o ? o : new JsonObject(List.of());
  }

  private static String evalText(Intrinsics eval, JsonValue v) {
    try {
      return eval.resolve(v) instanceof JsonString s ? s.value() : "";
    } catch (Intrinsics.Unresolvable e) {
      return v instanceof JsonObject o && o.get("Fn::Sub").orElse(null) instanceof JsonString s ? s.value() : "";
    }
  }

  private static JsonValue evalDoc(Intrinsics eval, JsonValue v) {
    try {
      JsonValue r = eval.resolve(v);
      if (r instanceof JsonString s) {
        return new StrictJson().parse("", s.value()).file().map(f -> f.root()).orElse(null);
      }
      return r;
    } catch (Intrinsics.Unresolvable e) {
      return null;
    }
  }

  private static Set<String> sids(JsonValue doc) {
    Set<String> out = new HashSet<>();
    if (doc != null) {
      for (Statement s : dev.rolebook.model.PolicyDocument.statementsOf(doc)) {
        s.sid().ifPresent(out::add);
      }
    }
    return out;
  }

  /** {@code name} inside {@code text} with no letter, digit or '_' on either side. */
  private static boolean containsToken(String text, String name) {
    int i = text.indexOf(name);
    while (i >= 0) {
      int end = i + name.length();
      if ((i == 0 || !word(text.charAt(i - 1))) && (end == text.length() || !word(text.charAt(end)))) {
        return true;
      }
      i = text.indexOf(name, i + 1);
    }
    return false;
  }

  private static boolean word(char c) {
    return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }
}
