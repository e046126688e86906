package dev.rolebook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What IAM JSON cannot hold: names, scopes, roles, variants, deployment parameters and the reasons
 * behind wildcard resources. Loaded from {@code policies/rolebook.json}; every entry keeps its JSON
 * pointer so findings can point at it.
 */
public record Manifest(
    SourceFile source,
    String title,
    String version,
    Limits limits,
    Provenance provenance,
    List<Parameter> parameters,
    List<Role> roles,
    List<PolicyEntry> policies,
    List<VariantEntry> variants,
    List<ResourceReason> reasons,
    List<Acknowledgement> acknowledgements) {

  public static final String FILE = "rolebook.json";

  public Manifest {
    parameters = List.copyOf(parameters);
    roles = List.copyOf(roles);
    policies = List.copyOf(policies);
    variants = List.copyOf(variants);
    reasons = List.copyOf(reasons);
    acknowledgements = List.copyOf(acknowledgements);
  }

  /** Size limits and quotas; defaults are IAM's defaults. */
  public record Limits(int trustPolicyMaxChars, int managedPoliciesPerRole, int headroomWarningPercent) {
    /** IAM's customer managed policy limit, not adjustable. */
    public static final int MANAGED_POLICY_MAX_CHARS = 6144;
    /** IAM's aggregate inline policy limit for a role. */
    public static final int ROLE_INLINE_MAX_CHARS = 10240;

    public static final Limits DEFAULTS = new Limits(2048, 10, 5);
  }

  /** How the policy set was derived; numbers the guide's prose quotes. */
  public record Provenance(String validatedIn, int cloudTrailAddedActions, int deploymentIterations) {}

  /**
   * A deployment parameter. A "string" parameter (the default {@code type}) has a value that
   * replaces its {@code placeholder} in policies/; {@code in} says where: "token" (a whole token
   * inside any string value) or "arn-partition" (the partition field of ARNs only). A "list"
   * parameter has no placeholder: its value is a subset of {@code choices} (default
   * {@code defaultChoices}) and it selects the optional managed policies whose {@link When} names it.
   */
  public record Parameter(
      String pointer,
      String name,
      String label,
      String placeholder,
      String in,
      String pattern,
      String patternHint,
      String example,
      Optional<String> defaultValue,
      int maxLength,
      Optional<String> worstCase,
      String description,
      String type,
      List<String> choices,
      List<String> defaultChoices) {

    public static final String IN_TOKEN = "token";
    public static final String IN_ARN_PARTITION = "arn-partition";
    public static final String TYPE_STRING = "string";
    public static final String TYPE_LIST = "list";

    public Parameter {
      choices = List.copyOf(choices);
      defaultChoices = List.copyOf(defaultChoices);
    }

    /** A list parameter: chooses optional policies, replaces no text. */
    public boolean isList() {
      return TYPE_LIST.equals(type);
    }

    /** The value used to measure the largest document this parameter can produce. */
    public String worstCaseValue() {
      return worstCase.orElseGet(() -> "x".repeat(Math.max(maxLength, placeholder.length())));
    }
  }

  /** A role: the CDK bootstrap roles and the roles the stack creates at run time. */
  public record Role(
      String pointer,
      String id,
      String kind,
      String name,
      Optional<String> iamName,
      String assumedBy,
      String purpose,
      Optional<String> variant) {
    public static final String BOOTSTRAP = "bootstrap";
    public static final String RUNTIME = "runtime";
  }

  /**
   * A policy of the set: managed, trust (a role's assume-role policy) or inline. A managed policy
   * with {@code when} is optional: attached only when the list parameter it names includes the value.
   */
  public record PolicyEntry(
      String pointer,
      String name,
      String file,
      String type,
      String attachTo,
      String scope,
      String description,
      Optional<When> when) {
    public static final String MANAGED = "managed";
    public static final String TRUST = "trust";
    public static final String INLINE = "inline";

    public boolean optional() {
      return when.isPresent();
    }

    // Written out: a record's generated equals/hashCode links through java.lang.runtime.ObjectMethods
    // on first use, about 40 ms of a cold `check`, and entries are the keys of every policy set.
    @Override
    public boolean equals(Object o) {
      return o instanceof PolicyEntry e && Objects.equals(pointer, e.pointer) && Objects.equals(name, e.name) && Objects.equals(file, e.file)
          && Objects.equals(type, e.type) && Objects.equals(attachTo, e.attachTo) && Objects.equals(scope, e.scope)
          && Objects.equals(description, e.description) && Objects.equals(when, e.when);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pointer, name, file, type, attachTo, scope, description, when);
    }
  }

  /** What selects an optional policy: list parameter {@code parameter} includes {@code includes}. */
  public record When(String parameter, String includes) {
    /** How the guide says it: {@code compute includes ecs}. */
    public String describe() {
      return parameter + " includes " + includes;
    }

    @Override
    public boolean equals(Object o) { // written out: see PolicyEntry
      return o instanceof When w && Objects.equals(parameter, w.parameter) && Objects.equals(includes, w.includes);
    }

    @Override
    public int hashCode() {
      return Objects.hash(parameter, includes);
    }
  }

  /** Statements that join a policy when an optional feature (e.g. ECS compute) is enabled. */
  public record VariantEntry(
      String pointer, String name, String file, String extendsPolicy, String title, String description) {}

  /** Why a statement needs Resource "*": the row of the guide's constraints table. */
  public record ResourceReason(String pointer, String policy, String sid, String service, String reason) {}

  /**
   * A check finding the writer accepts on purpose: the statement ({@code policy} or variant name and
   * {@code sid}), the finding's {@code code}, optionally the exact {@code value} it quotes (an
   * action, resource or key; empty means every finding of that code in the statement), and why.
   * The check still reports it, as a note, and the guide lists it as acknowledged.
   */
  public record Acknowledgement(
      String pointer, String policy, String sid, String code, Optional<String> value, String reason) {
    @Override
    public boolean equals(Object o) { // written out: see PolicyEntry
      return o instanceof Acknowledgement a && Objects.equals(pointer, a.pointer) && Objects.equals(policy, a.policy)
          && Objects.equals(sid, a.sid) && Objects.equals(code, a.code) && Objects.equals(value, a.value) && Objects.equals(reason, a.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pointer, policy, sid, code, value, reason);
    }
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The parameters whose values replace placeholders (every parameter but the list ones). */
  public List<Parameter> stringParameters() {
    return parameters.stream().filter(p -> !p.isList()).toList();
  }

  /** The list parameters, which choose optional policies. */
  public List<Parameter> listParameters() {
    return parameters.stream().filter(Parameter::isList).toList();
  }

  public Optional<PolicyEntry> policy(String name) {
    return policies.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<VariantEntry> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public Optional<Role> role(String id) {
    return roles.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<ResourceReason> reason(String policy, String sid) {
    return reasons.stream().filter(r -> r.policy().equals(policy) && r.sid().equals(sid)).findFirst();
  }

  public List<PolicyEntry> managedPolicies() {
    return policies.stream().filter(p -> p.type().equals(PolicyEntry.MANAGED)).toList();
  }
}
