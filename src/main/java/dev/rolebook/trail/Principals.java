package dev.rolebook.trail;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Substitution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose calls are evidence: the roles the set's identity policies attach to, recognised by name
 * (the manifest's {@code iamName}, its placeholders matching any value, or the deployment
 * target's values), plus the roles named with {@code --role}, which are taken to carry every
 * identity policy of the set. Optional policies ({@code when}) count only when the deployment
 * target chooses them; without a target, none does.
 */
final class Principals {
  /** A role whose calls count, and the policies in force for it. */
  record Tracked(String label, String accountGlob, String nameGlob, List<String> policies) {
    Tracked {
      policies = List.copyOf(policies);
    }

    boolean matches(RoleArn role) {
      return Wildcard.matches(accountGlob, role.account()) && Wildcard.matchesIgnoreCase(nameGlob, role.name());
    }
  }

  private final List<Tracked> tracked;

  private Principals(List<Tracked> tracked) {
    this.tracked = List.copyOf(tracked);
  }

  List<Tracked> tracked() {
    return tracked;
  }

  /**
   * @param names the target's values, or {@link Substitution#anyValue} so placeholders match anything
   * @param roleArns {@code --role} arguments, already checked by {@link #parseRoleArn}
   */
  static Principals of(PolicySet set, Substitution names, List<RoleArn> roleArns, List<Diagnostic> warnings) {
    Manifest m = set.manifest();
    Map<String, List<String>> byRole = new LinkedHashMap<>();
    List<String> identityPolicies = new ArrayList<>();
    for (PolicyEntry p : set.entries().keySet()) {
      if (p.type().equals(PolicyEntry.TRUST)) {
        continue; // a trust policy says who may assume the role, not what the role may call
      }
      if (!names.attaches(p)) {
        continue; // an optional policy counts as granted only when the target chooses it
      }
      identityPolicies.add(p.name());
      byRole.computeIfAbsent(p.attachTo(), k -> new ArrayList<>()).add(p.name());
    }
    List<Tracked> out = new ArrayList<>();
    byRole.forEach((roleId, policies) -> {
      Optional<Role> role = m.role(roleId);
      if (role.isEmpty() || role.get().iamName().isEmpty()) {
        warnings.add(Diagnostic.of(Code.TRAIL003, m.source().path(),
            m.source().position(role.map(Role::pointer).orElse("")),
            "role '" + roleId + "' has no iamName, so the calls made with " + String.join(", ", policies) + " cannot be recognised",
            "give the role an iamName in the manifest, or name it with --role ARN"));
        return;
      }
      out.add(new Tracked(roleId, "*", names.apply(role.get().iamName().get()), policies));
    });
    for (RoleArn r : roleArns) {
      out.add(new Tracked(r.arn(), r.account(), r.name(), identityPolicies));
    }
    return new Principals(out);
  }

  /** A --role value: a role ARN, wildcards allowed; empty when it is not one. */
  static Optional<RoleArn> parseRoleArn(String text) {
    return RoleArn.parse(text).filter(r -> text.contains(":iam::"));
  }

  Optional<Tracked> match(TrailEvent e) {
    Optional<RoleArn> role = e.role();
    if (role.isEmpty()) {
      return Optional.empty();
    }
    for (Tracked t : tracked) {
      if (t.matches(role.get())) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
