package dev.rolebook.check;

import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.List;
import java.util.Optional;

/**
 * Allow statements that grant more than they seem to: full or service-wide access on every
 * resource (SEC003), the Not-elements (SEC004), and iam:PassRole on every role without saying to
 * which service (SEC001). All are legal IAM, so they are warnings a writer can acknowledge.
 */
final class SecurityCheck {
  private SecurityCheck() {}

  static void check(Statement st, Findings out) {
    if (!st.effect().equals(Optional.of("Allow"))) {
      return;
    }
    notElements(st, out);
    Optional<Values> actions = st.action();
    if (actions.isEmpty()) {
      return;
    }
    for (int i = 0; i < actions.get().items().size(); i++) {
      String action = actions.get().items().get(i);
      String pointer = actions.get().writtenAsArray() ? SourceFile.child(st.pointer("Action"), i) : st.pointer("Action");
      boolean full = st.wildcardResource() && (action.equals("*") || action.endsWith(":*"));
      if (full) {
        fullAccess(st, pointer, action, out); // which says it all: no PassRole finding on top
      } else if (Wildcards.matchesIgnoreCase(action, "iam:PassRole") && anyRole(st) && !passedToService(st)) {
        out.about(st, pointer, Code.SEC001, action,
            "statement " + st.label() + " grants iam:PassRole (through '" + action + "') on every role, to any service",
            "scope Resource to the roles to pass and add a StringEquals condition on iam:PassedToService");
      }
    }
  }

  // "*" or "service:*" on every resource is administrator access to that service; IAM's own
  // guidance (security best practices: "grant least privilege") is to list actions instead.
  private static void fullAccess(Statement st, String pointer, String action, Findings out) {
    if (action.equals("*")) {
      out.about(st, pointer, Code.SEC003, action, "statement " + st.label() + " allows every action on every resource",
          "list the actions the role needs; full access belongs to AdministratorAccess, not to a custom policy");
    } else if (action.endsWith(":*")) {
      String service = action.substring(0, action.length() - 2);
      out.about(st, pointer, Code.SEC003, action,
          "statement " + st.label() + " allows every action of " + service + " on every resource",
          "list the " + service + " actions the role needs, or scope Resource to the resources it manages");
    }
  }

  // NotAction/NotResource/NotPrincipal in an Allow grant everything not listed, including actions,
  // resources and principals that are added to AWS later (IAM User Guide, "NotAction").
  private static void notElements(Statement st, Findings out) {
    for (String key : List.of("NotAction", "NotResource", "NotPrincipal")) {
      if (st.json().has(key)) {
        String what = switch (key) {
          case "NotAction" -> "every action except those listed, including actions AWS adds later";
          case "NotResource" -> "its actions on every resource except those listed";
          default -> "every principal except those listed";
        };
        out.about(st, st.pointer(key), Code.SEC004, key, "Allow statement " + st.label() + " uses " + key + ", which grants " + what,
            key.equals("NotAction") ? "list the actions to allow in Action, or use NotAction only in a Deny"
                : key.equals("NotResource") ? "list the resources to allow in Resource, or use NotResource only in a Deny"
                : "name the principals to allow in Principal");
      }
    }
  }

  /** True when Resource covers every role (role/*, "*") or NotResource is used. */
  private static boolean anyRole(Statement st) {
    if (st.json().has("NotResource")) {
      return true;
    }
    return st.resource().map(r -> r.items().stream().anyMatch(SecurityCheck::coversEveryRole)).orElse(false);
  }

  static boolean coversEveryRole(String resource) {
    if (resource.equals("*")) {
      return true;
    }
    return Arn.parse(resource)
        .filter(a -> a.service().equals("iam") || a.service().equals("*"))
        .map(a -> Glob.covers(a.resource(), "role/*"))
        .orElse(false);
  }

  /** True when any operator of the Condition tests iam:PassedToService (keys are case-insensitive). */
  private static boolean passedToService(Statement st) {
    if (!(st.json().get("Condition").orElse(null) instanceof JsonObject ops)) {
      return false;
    }
    for (Member op : ops.members()) {
      if (op.value() instanceof JsonObject keys && keys.keys().stream().anyMatch(k -> k.equalsIgnoreCase("iam:PassedToService"))) {
        return true;
      }
    }
    return false;
  }
}
