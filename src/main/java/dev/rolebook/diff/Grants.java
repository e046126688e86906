package dev.rolebook.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Breaks statements into grants, expanding action wildcards through the {@link ActionSpace}. */
final class Grants {
  private final ActionSpace space;

  Grants(ActionSpace space) {
    this.space = space;
  }

  /** Every grant of a statement. */
  List<Grant> of(StatementView s) {
    return of(s, actionTerms(s, s.actions()), resourceTerms(s, s.resources()), s.principals(), s.conditions());
  }

  List<Grant> of(StatementView s, List<Term> actions, List<Term> resources, Collection<String> principals, Conditions c) {
    List<Grant> out = new ArrayList<>();
    Collection<String> who = principals.isEmpty() ? List.of("") : principals;
    for (String p : who) {
      for (Term a : actions) {
        for (Term r : resources) {
          out.add(new Grant(s, s.allow(), p, a, r, c));
        }
      }
    }
    return out;
  }

  /**
   * The action terms of {@code patterns} in {@code s}: each pattern expanded to the actions the
   * catalog knows it matches (kept as written when it knows none), or the statement's NotAction.
   */
  List<Term> actionTerms(StatementView s, Set<String> patterns) {
    if (s.hasNotAction()) {
      return List.of(Term.except(List.copyOf(s.notActions())));
    }
    return expand(patterns);
  }

  List<Term> expand(Collection<String> patterns) {
    List<Term> out = new ArrayList<>();
    for (String p : patterns) {
      List<String> actions = space.expand(p);
      if (actions.isEmpty()) {
        out.add(Term.of(p));
      } else {
        actions.forEach(a -> out.add(Term.of(a)));
      }
    }
    return out;
  }

  /** Resource terms: each pattern, the NotResource, or everything (trust policies name no resource). */
  static List<Term> resourceTerms(StatementView s, Set<String> patterns) {
    if (s.hasNotResource()) {
      return List.of(Term.except(List.copyOf(s.notResources())));
    }
    if (s.resources().isEmpty()) {
      return List.of(Term.EVERYTHING);
    }
    return patterns.stream().map(Term::of).toList();
  }

  /** The grants no grant of {@code pool} covers. */
  static List<Grant> uncovered(List<Grant> grants, Pool pool) {
    return grants.stream().filter(g -> pool.covering(g).isEmpty()).toList();
  }
}
