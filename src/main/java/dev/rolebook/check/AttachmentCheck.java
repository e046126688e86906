package dev.rolebook.check;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.List;

/**
 * Managed policies attached per role: 10 by default, 20 with a quota increase (IAM quotas page).
 * Counted for the largest choice, every optional policy chosen: a role must take any combination.
 */
final class AttachmentCheck {
  private AttachmentCheck() {}

  static void check(Manifest m, List<Diagnostic> out) {
    int quota = m.limits().managedPoliciesPerRole();
    for (Role r : m.roles()) {
      List<PolicyEntry> attached = m.managedPolicies().stream().filter(p -> p.attachTo().equals(r.id())).toList();
      if (attached.size() > quota) {
        PolicyEntry first = attached.get(quota);
        out.add(Diagnostic.of(Code.IAM004, m.source().path(), m.source().position(SourceFile.child(first.pointer(), "attachTo")),
            "role '" + r.id() + "' has " + attached.size() + " managed policies attached"
                + (attached.stream().anyMatch(PolicyEntry::optional) ? " with every optional policy chosen" : "")
                + "; the quota is " + quota,
            quota < 20 ? "merge policies, or raise the quota (up to 20) and set limits.managedPoliciesPerRole" : "merge policies; 20 is IAM's ceiling"));
      }
    }
  }
}
