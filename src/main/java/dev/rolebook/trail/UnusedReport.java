package dev.rolebook.trail;

import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Granted against used: every Allow statement's actions, wildcards expanded through the catalog,
 * less those the evidence shows it allowing. A statement counts as used by a call when it may
 * have allowed it (action matches, resource and conditions hold or cannot be decided), so nothing
 * that might be in use is ever reported unused.
 */
record UnusedReport(List<TrailResult.UnusedStatement> statements, List<TrailResult.Coverage> coverage) {

  /**
   * Permissions that are checked inside other calls and never logged as calls of their own, so no
   * trail can show them used (IAM User Guide: iam:PassRole "is a permission only, not an API").
   */
  static final Set<String> NEVER_LOGGED = Set.of("iam:passrole");

  static UnusedReport of(Catalog catalog, List<Rule> rules, Map<String, Set<String>> used) {
    List<TrailResult.UnusedStatement> out = new ArrayList<>();
    Map<String, Map<String, String>> grantedByPolicy = new LinkedHashMap<>();
    Map<String, java.util.HashSet<String>> usedByPolicy = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (!r.allow()) {
        continue;
      }
      Map<String, String> policyGranted = grantedByPolicy.computeIfAbsent(r.policy(), k -> new TreeMap<>());
      java.util.HashSet<String> policyUsed = usedByPolicy.computeIfAbsent(r.policy(), k -> new java.util.HashSet<>());
      Set<String> seen = used.getOrDefault(r.key(), Set.of());
      if (r.notAction()) {
        out.add(new TrailResult.UnusedStatement(r.policy(), r.label(), 0, List.of(),
            "NotAction grants every action but " + String.join(", ", r.actions()) + "; not expanded"));
        continue;
      }
      Map<String, String> granted = new TreeMap<>();
      for (String pattern : r.actions()) {
        for (Action a : catalog.match(pattern)) {
          granted.put(a.qualifiedName().toLowerCase(Locale.ROOT), a.qualifiedName());
        }
      }
      policyGranted.putAll(granted);
      granted.keySet().stream().filter(seen::contains).forEach(policyUsed::add);
      List<String> unused = new ArrayList<>();
      List<String> unobservable = new ArrayList<>();
      granted.forEach((lower, name) -> {
        if (!seen.contains(lower)) {
          (NEVER_LOGGED.contains(lower) ? unobservable : unused).add(name);
        }
      });
      String note = unobservable.isEmpty() ? ""
          : String.join(", ", unobservable) + " never appears in CloudTrail as a call of its own, so it is not listed";
      out.add(new TrailResult.UnusedStatement(r.policy(), r.label(), granted.size(), unused, note));
    }
    List<TrailResult.Coverage> coverage = new ArrayList<>();
    grantedByPolicy.forEach((p, g) -> coverage.add(new TrailResult.Coverage(p, usedByPolicy.get(p).size(), g.size())));
    return new UnusedReport(out, coverage);
  }
}
