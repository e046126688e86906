package dev.rolebook.load;

import dev.rolebook.model.Bounds;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Acknowledgement;
import dev.rolebook.model.Manifest.Limits;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Provenance;
import dev.rolebook.model.Manifest.ResourceReason;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.Manifest.When;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns the manifest's JSON into a {@link Manifest}, reporting every shape problem (MAN002). */
final class ManifestReader {
  private ManifestReader() {}

  static Optional<Manifest> read(SourceFile file, List<Diagnostic> sink) {
    Optional<ObjectReader> top = ObjectReader.of(file, file.root(), "", Code.MAN002, sink, "the manifest");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader r = top.get();
    r.allowOnly(
        Set.of("$schema", "title", "version", "limits", "provenance", "parameters", "roles", "policies", "variants", "resourceReasons",
            "acknowledgements"));
    String title = r.requiredString("title");
    String version = r.requiredString("version");
    Limits limits =
        r.child("limits")
            .map(
                l -> {
                  l.allowOnly(Set.of("trustPolicyMaxChars", "managedPoliciesPerRole", "headroomWarningPercent"));
                  return new Limits(
                      l.integer("trustPolicyMaxChars", Limits.DEFAULTS.trustPolicyMaxChars(), Bounds.TRUST_POLICY_MAX_CHARS),
                      l.integer("managedPoliciesPerRole", Limits.DEFAULTS.managedPoliciesPerRole(), Bounds.MANAGED_POLICIES_PER_ROLE),
                      l.integer("headroomWarningPercent", Limits.DEFAULTS.headroomWarningPercent(), Bounds.HEADROOM_WARNING_PERCENT));
                })
            .orElse(Limits.DEFAULTS);
    Provenance provenance =
        r.child("provenance")
            .map(
                p -> {
                  p.allowOnly(Set.of("validatedIn", "cloudTrailAddedActions", "deploymentIterations"));
                  return new Provenance(
                      p.optionalString("validatedIn").orElse(""),
                      p.integer("cloudTrailAddedActions", 0, Bounds.CLOUDTRAIL_ADDED_ACTIONS),
                      p.integer("deploymentIterations", 0, Bounds.DEPLOYMENT_ITERATIONS));
                })
            .orElse(new Provenance("", 0, 0));
    List<Parameter> parameters = r.list("parameters", false, (p, i) -> parameter(p));
    List<Role> roles = r.list("roles", false, (p, i) -> role(p));
    List<PolicyEntry> policies = r.list("policies", true, (p, i) -> policy(p));
    List<VariantEntry> variants = r.list("variants", false, (p, i) -> variant(p));
    List<ResourceReason> reasons = r.list("resourceReasons", false, (p, i) -> reason(p));
    List<Acknowledgement> acknowledgements = r.list("acknowledgements", false, (p, i) -> acknowledgement(p));
    return Optional.of(
        new Manifest(file, title, version, limits, provenance, parameters, roles, policies, variants, reasons, acknowledgements));
  }

  private static Parameter parameter(ObjectReader p) {
    String type = p.choice("type", List.of(Parameter.TYPE_STRING, Parameter.TYPE_LIST), Parameter.TYPE_STRING);
    if (Parameter.TYPE_LIST.equals(type)) {
      return listParameter(p);
    }
    p.allowOnly(
        Set.of("name", "type", "label", "placeholder", "in", "pattern", "patternHint", "example", "default", "maxLength", "worstCase", "description"));
    return new Parameter(
        p.pointer(),
        p.requiredString("name"),
        p.optionalString("label").orElse(""),
        p.requiredString("placeholder"),
        p.choice("in", List.of(Parameter.IN_TOKEN, Parameter.IN_ARN_PARTITION), Parameter.IN_TOKEN),
        p.requiredString("pattern"),
        p.optionalString("patternHint").orElse(""),
        p.requiredString("example"),
        p.optionalString("default"),
        p.integer("maxLength", 0, Bounds.PARAMETER_MAX_LENGTH),
        p.optionalString("worstCase"),
        p.optionalString("description").orElse(""),
        Parameter.TYPE_STRING,
        List.of(),
        List.of());
  }

  /**
   * A list parameter: {@code choices} (the values it may hold) and a list {@code default}. It
   * replaces no text, so it has no placeholder, pattern or length; the loader checks that the
   * choices are distinct, safe names and that the default is among them.
   */
  private static Parameter listParameter(ObjectReader p) {
    p.allowOnly(Set.of("name", "type", "label", "choices", "default", "description"));
    List<String> choices = p.stringList("choices").orElse(List.of());
    if (p.raw("choices").isEmpty()) {
      p.missing("choices");
    } else if (choices.isEmpty() && p.raw("choices").get() instanceof dev.rolebook.model.JsonValue.JsonArray) {
      p.report("choices", "list parameter has no choices", "list the values it may hold, e.g. [\"ecs\", \"lambda\"]");
    }
    return new Parameter(
        p.pointer(),
        p.requiredString("name"),
        p.optionalString("label").orElse(""),
        "",
        Parameter.IN_TOKEN,
        "",
        "",
        "",
        Optional.empty(),
        0,
        Optional.empty(),
        p.optionalString("description").orElse(""),
        Parameter.TYPE_LIST,
        choices,
        p.stringList("default").orElse(List.of()));
  }

  private static Role role(ObjectReader p) {
    p.allowOnly(Set.of("id", "kind", "name", "iamName", "assumedBy", "purpose", "variant"));
    return new Role(
        p.pointer(),
        p.requiredString("id"),
        p.choice("kind", List.of(Role.BOOTSTRAP, Role.RUNTIME), Role.RUNTIME),
        p.requiredString("name"),
        p.optionalString("iamName"),
        p.requiredString("assumedBy"),
        p.requiredString("purpose"),
        p.optionalString("variant"));
  }

  private static PolicyEntry policy(ObjectReader p) {
    p.allowOnly(Set.of("name", "file", "type", "attachTo", "scope", "description", "when"));
    Optional<When> when = p.child("when").map(w -> {
      w.allowOnly(Set.of("parameter", "includes"));
      return new When(w.requiredString("parameter"), w.requiredString("includes"));
    });
    return new PolicyEntry(
        p.pointer(),
        p.requiredString("name"),
        p.requiredString("file"),
        p.choice("type", List.of(PolicyEntry.MANAGED, PolicyEntry.TRUST, PolicyEntry.INLINE), PolicyEntry.MANAGED),
        p.requiredString("attachTo"),
        p.requiredString("scope"),
        p.optionalString("description").orElse(""),
        when);
  }

  private static VariantEntry variant(ObjectReader p) {
    p.allowOnly(Set.of("name", "file", "extends", "title", "description"));
    return new VariantEntry(
        p.pointer(),
        p.requiredString("name"),
        p.requiredString("file"),
        p.requiredString("extends"),
        p.requiredString("title"),
        p.optionalString("description").orElse(""));
  }

  private static ResourceReason reason(ObjectReader p) {
    p.allowOnly(Set.of("policy", "sid", "service", "reason"));
    return new ResourceReason(
        p.pointer(),
        p.requiredString("policy"),
        p.requiredString("sid"),
        p.requiredString("service"),
        p.requiredString("reason"));
  }

  private static Acknowledgement acknowledgement(ObjectReader p) {
    p.allowOnly(Set.of("policy", "sid", "code", "value", "reason"));
    String code = p.requiredString("code");
    if (!code.isEmpty() && Arrays.stream(Code.values()).noneMatch(c -> c.name().equals(code))) {
      p.report("code", "unknown diagnostic code '" + code + "' in acknowledgement",
          "use a code from README's diagnostics table, e.g. SEC003");
    }
    return new Acknowledgement(
        p.pointer(),
        p.requiredString("policy"),
        p.requiredString("sid"),
        code,
        p.optionalString("value"),
        p.requiredString("reason"));
  }
}
