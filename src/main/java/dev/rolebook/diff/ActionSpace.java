package dev.rolebook.diff;

import java.util.List;
import java.util.Locale;

/**
 * What is known about IAM actions while diffing: with the action catalog, a wildcard expands to the
 * actions it matches and each action has an access level; without it, patterns are compared as
 * written and risk is read from the action's verb.
 */
interface ActionSpace {

  /** The concrete actions (lower case) {@code pattern} matches; empty when none is known. */
  List<String> expand(String pattern);

  /** An action (lower case) in its usual spelling, e.g. "s3:GetObject". */
  String display(String action);

  /** How risky granting or removing {@code action} (a concrete action or a pattern) is. */
  Risk risk(String action);

  /** Says where expansions come from, for the report's header. */
  String describe();

  /** No catalog: nothing expands; risk from the verb. */
  ActionSpace WRITTEN = new ActionSpace() {
    @Override
    public List<String> expand(String pattern) {
      return List.of();
    }

    @Override
    public String display(String action) {
      return action;
    }

    @Override
    public Risk risk(String action) {
      return Verbs.risk(action);
    }

    @Override
    public String describe() {
      return "actions compared as written (no action catalog)";
    }
  };

  /** Risk read from an action's name when no catalog says its access level. */
  final class Verbs {
    private Verbs() {}

    static Risk risk(String action) {
      String a = action.toLowerCase(Locale.ROOT);
      int colon = a.indexOf(':');
      String service = colon < 0 ? a : a.substring(0, colon);
      String name = colon < 0 ? a : a.substring(colon + 1);
      if (a.equals("*") || name.startsWith("*") || name.startsWith("delete") || name.startsWith("remove")
          || name.startsWith("terminate") || name.equals("passrole") || name.contains("policy")
          || (service.equals("iam") && !name.startsWith("get") && !name.startsWith("list"))) {
        return Risk.HIGH;
      }
      if (name.startsWith("get") || name.startsWith("list") || name.startsWith("describe") || name.startsWith("head")) {
        return Risk.LOW;
      }
      return Risk.MEDIUM;
    }
  }
}
