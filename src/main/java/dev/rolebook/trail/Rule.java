package dev.rolebook.trail;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Statement;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy in force, ready to evaluate: its elements after the deployment's
 * values were substituted (or placeholders turned into wildcards).
 *
 * @param policy the policy it belongs to (a variant's statements belong to the policy they join)
 * @param index the statement's position in that combined document
 * @param label its Sid, else "#n"
 * @param written the statement as it stands in policies/ (placeholders kept), for reports
 * @param lowerActions the action patterns lower-cased once, since every request is matched against them
 */
record Rule(
    String policy,
    int index,
    String label,
    boolean allow,
    List<String> actions,
    boolean notAction,
    List<String> resources,
    boolean notResource,
    Optional<JsonValue> condition,
    Statement written,
    List<String> lowerActions) {

  Rule {
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    lowerActions = List.copyOf(lowerActions);
  }


  /** Builds a rule from the substituted statement and the statement as written. */
  static Rule of(String policy, Statement substituted, Statement written) {
    boolean notAction = substituted.action().isEmpty() && substituted.notAction().isPresent();
    boolean notResource = substituted.resource().isEmpty() && substituted.notResource().isPresent();
    List<String> actions = (notAction ? substituted.notAction() : substituted.action()).map(v -> v.items()).orElse(List.of());
    List<String> resources = (notResource ? substituted.notResource() : substituted.resource()).map(v -> v.items()).orElse(List.of());
    return new Rule(policy, substituted.index(), substituted.label(), "Allow".equals(substituted.effect().orElse("")),
        actions, notAction, resources, notResource, substituted.condition(), written,
        actions.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT)).toList());
  }

  /** Identifies the statement across evaluators: policy and position. */
  String key() {
    return policy + "#" + index;
  }

  /** "IaCRole-ABCA-Application › DynamoDB". */
  String name() {
    return policy + " \u203a " + label;
  }

  /** IAM: action names match case-insensitively, with * and ? wildcards; NotAction inverts the list. */
  boolean coversAction(String action) {
    String lower = action.toLowerCase(java.util.Locale.ROOT);
    boolean listed = false;
    for (String a : lowerActions) {
      if (Wildcard.matches(a, lower)) {
        listed = true;
        break;
      }
    }
    return notAction != listed;
  }

  /**
   * Whether the resource is in scope. An action that takes no resource type is authorised only
   * against "*" (so a statement listing specific ARNs grants it nothing); for other actions an
   * event that names no resource leaves every pattern but "*" undecided.
   */
  Tri coversResource(Optional<String> resource, boolean takesNoResource) {
    if (takesNoResource) {
      boolean listed = resources.stream().anyMatch(r -> r.equals("*"));
      return Tri.of(notResource != listed);
    }
    if (resource.isEmpty()) {
      if (!notResource && resources.contains("*")) {
        return Tri.TRUE;
      }
      return Tri.UNKNOWN;
    }
    Tri listed = Tri.FALSE;
    for (String pattern : resources) {
      listed = listed.or(pattern.contains("${") ? Tri.UNKNOWN : Tri.of(Wildcard.resourceMatches(pattern, resource.get())));
    }
    return notResource ? listed.not() : listed;
  }
}
