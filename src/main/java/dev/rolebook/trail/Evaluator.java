package dev.rolebook.trail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates requests against a list of {@link Rule}s with IAM's policy evaluation logic (identity
 * policies, one account): any applicable Deny → denied; else any applicable Allow → allowed; else
 * implicitly denied. "Applicable" needs action, resource and condition to hold; what the record
 * cannot decide makes the outcome {@code NOT_EVALUATED} rather than a guess. Decisions are cached
 * by action, resource and the condition keys the rules read, so a large trail costs one
 * evaluation per distinct request.
 */
final class Evaluator {
  private static final int CACHE = 20_000;
  private final List<Rule> rules;
  private final Set<String> conditionKeys;
  private final Map<String, Decision> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Decision> eldest) {
      return size() > CACHE;
    }
  };

  Evaluator(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> keys = new TreeSet<>();
    for (Rule r : rules) {
      r.condition().ifPresent(c -> keys.addAll(ConditionKeys.of(c)));
    }
    this.conditionKeys = keys;
  }

  List<Rule> rules() {
    return rules;
  }

  Decision decide(RequestContext ctx, boolean takesNoResource) {
    StringBuilder key = new StringBuilder(ctx.action()).append('\n').append(ctx.resource().orElse("")).append('\n').append(takesNoResource);
    for (String k : conditionKeys) {
      key.append('\n').append(ctx.key(k).orElse(""));
    }
    return cache.computeIfAbsent(key.toString(), k -> evaluate(ctx, takesNoResource));
  }

  private Decision evaluate(RequestContext ctx, boolean takesNoResource) {
    List<Rule> allowing = new ArrayList<>();
    List<Rule> maybeAllowing = new ArrayList<>();
    List<Rule> denying = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    boolean maybeAllowed = false;
    boolean maybeDenied = false;
    for (Rule r : rules) {
      if (!r.coversAction(ctx.action())) {
        continue;
      }
      Tri resource = r.coversResource(ctx.resource(), takesNoResource);
      if (resource == Tri.FALSE) {
        continue;
      }
      Conditions.Result condition = Conditions.evaluate(r.condition(), ctx);
      Tri applies = resource.and(condition.value());
      if (applies == Tri.FALSE) {
        continue;
      }
      if (applies == Tri.UNKNOWN) {
        if (resource == Tri.UNKNOWN) {
          unknown.add(r.name() + ": the record names no resource to match " + String.join(", ", r.resources()));
        }
        condition.notEvaluated().forEach(c -> unknown.add(r.name() + ": condition " + c));
      }
      if (r.allow()) {
        if (applies == Tri.TRUE) {
          allowing.add(r);
        } else {
          maybeAllowed = true;
          maybeAllowing.add(r);
        }
      } else if (applies == Tri.TRUE) {
        denying.add(r);
      } else {
        maybeDenied = true;
      }
    }
    Decision.Outcome outcome;
    if (!denying.isEmpty()) {
      outcome = Decision.Outcome.DENIED_EXPLICITLY;
    } else if (maybeDenied || (allowing.isEmpty() && maybeAllowed)) {
      outcome = Decision.Outcome.NOT_EVALUATED;
    } else if (!allowing.isEmpty()) {
      outcome = Decision.Outcome.ALLOWED;
    } else {
      outcome = Decision.Outcome.NOT_GRANTED;
    }
    if (outcome != Decision.Outcome.NOT_EVALUATED) {
      unknown.clear();
    }
    return new Decision(outcome, allowing, maybeAllowing, denying, unknown);
  }
}
