package dev.rolebook.diff;

import dev.rolebook.diff.Pairing.Pair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The changes in one policy or variant between two revisions. Statements are paired (see
 * {@link Pairing}); every element that differs becomes a {@link Change}, and its direction is judged
 * on grants: what a change adds counts as widening only when no grant of the base side already
 * covered it, what it removes as narrowing only when nothing on the head side still grants it.
 * For Deny statements the directions turn round: a new Deny narrows, a removed one widens.
 */
final class UnitDiffer {
  /** Values named in a one-line summary before "and N more". */
  static final int SHOWN = 6;

  private final ActionSpace space;
  private final Grants grants;
  private final Pool basePool;
  private final Pool headPool;
  private final String unit;
  private final List<Change> out = new ArrayList<>();

  UnitDiffer(String unit, ActionSpace space, Pool basePool, Pool headPool) {
    this.unit = unit;
    this.space = space;
    this.grants = new Grants(space);
    this.basePool = basePool;
    this.headPool = headPool;
  }

  List<Change> diff(List<StatementView> base, List<StatementView> head) {
    List<Pair> pairs = Pairing.pair(base, head);
    Set<StatementView> pairedBase = new LinkedHashSet<>();
    Set<StatementView> pairedHead = new LinkedHashSet<>();
    pairs.forEach(p -> {
      pairedBase.add(p.base());
      pairedHead.add(p.head());
    });
    for (StatementView h : head) {
      Optional<Pair> p = pairs.stream().filter(x -> x.head() == h).findFirst();
      if (p.isPresent()) {
        pair(p.get().base(), h);
      } else {
        added(h);
      }
    }
    for (StatementView b : base) {
      if (!pairedBase.contains(b)) {
        removed(b);
      }
    }
    return out;
  }

  // ---- whole statements

  private void added(StatementView h) {
    List<Grant> fresh = Grants.uncovered(grants.of(h), basePool);
    Direction d = fresh.isEmpty() ? Direction.NEUTRAL : h.allow() ? Direction.WIDENING : Direction.NARROWING;
    String what = (h.allow() ? "grants " : "denies ") + describe(h);
    String summary = fresh.isEmpty()
        ? "adds statement " + h.label() + " (" + what + "); it grants nothing new, already granted " + coveredBy(grants.of(h), basePool)
        : "adds " + (wildcard(h) ? "a \"*\" statement " : "statement ") + h.label() + ": " + what;
    out.add(change(h.label(), Element.STATEMENT, d, statementRisk(h, fresh), summary, actionValues(fresh),
        Optional.of(h.at()), Optional.empty()));
  }

  private void removed(StatementView b) {
    List<Grant> lost = Grants.uncovered(grants.of(b), headPool);
    Direction d = lost.isEmpty() ? Direction.NEUTRAL : b.allow() ? Direction.NARROWING : Direction.WIDENING;
    String what = (b.allow() ? "granted " : "denied ") + describe(b);
    String summary = lost.isEmpty()
        ? "removes statement " + b.label() + " (" + what + "); nothing is lost, still granted " + coveredBy(grants.of(b), headPool)
        : "removes statement " + b.label() + ", which " + what;
    out.add(change(b.label(), Element.STATEMENT, d, statementRisk(b, lost), summary, actionValues(lost),
        Optional.empty(), Optional.of(b.at())));
  }

  // ---- paired statements

  private void pair(StatementView b, StatementView h) {
    String label = h.label();
    if (!b.sid().equals(h.sid())) {
      String summary = b.sid().isPresent() && h.sid().isPresent()
          ? "renames statement " + b.sid().get() + " to " + h.sid().get()
          : h.sid().isPresent() ? "names statement " + b.label() + " " + h.sid().get() : "drops the Sid " + b.sid().get();
      out.add(change(label, Element.SID, Direction.NEUTRAL, Risk.NONE, summary, List.of(),
          Optional.of(h.at("Sid")), Optional.of(b.at("Sid"))));
    }
    if (b.allow() != h.allow()) {
      // Every grant of the statement turns round; the other elements are described with it.
      Direction d = h.allow() ? Direction.WIDENING : Direction.NARROWING;
      String rest = b.content().substring(b.content().indexOf('|')).equals(h.content().substring(h.content().indexOf('|')))
          ? "" : " (and its other elements changed too)";
      out.add(change(label, Element.EFFECT, d, Risk.HIGH,
          "Effect " + b.effect() + " → " + h.effect() + ": " + (h.allow() ? "now grants " : "now denies ") + describe(h) + rest,
          union(actionValues(grants.of(b)), actionValues(grants.of(h))), Optional.of(h.at("Effect")), Optional.of(b.at("Effect"))));
      return;
    }
    principals(b, h);
    actions(b, h);
    resources(b, h);
    conditions(b, h);
  }

  private void principals(StatementView b, StatementView h) {
    for (String p : minus(h.principals(), b.principals())) {
      List<Grant> g = grants.of(h, grants.actionTerms(h, h.actions()), Grants.resourceTerms(h, h.resources()), List.of(p),
          h.conditions());
      List<Grant> fresh = Grants.uncovered(g, basePool);
      emit(h, fresh.isEmpty() ? Direction.NEUTRAL : headDirection(h), Element.PRINCIPAL,
          fresh.isEmpty() ? "adds principal " + p + ", already trusted: " + coveredBy(g, basePool)
              : (h.allow() ? "trusts " : "denies ") + "a new principal " + p,
          List.of(p), Risk.HIGH, Optional.of(h.at("Principal")), Optional.of(b.at("Principal")));
    }
    for (String p : minus(b.principals(), h.principals())) {
      List<Grant> g = grants.of(b, grants.actionTerms(b, b.actions()), Grants.resourceTerms(b, b.resources()), List.of(p),
          b.conditions());
      List<Grant> lost = Grants.uncovered(g, headPool);
      emit(h, lost.isEmpty() ? Direction.NEUTRAL : baseDirection(b), Element.PRINCIPAL,
          lost.isEmpty() ? "removes principal " + p + ", still trusted: " + coveredBy(g, headPool)
              : (b.allow() ? "no longer trusts " : "no longer denies ") + p,
          List.of(p), Risk.HIGH, Optional.of(h.at("Principal")), Optional.of(b.at("Principal")));
    }
  }

  private void actions(StatementView b, StatementView h) {
    if (b.hasNotAction() != h.hasNotAction()) {
      // Action turned into NotAction or back: compare the two whole sets of grants.
      whole(b, h, h.hasNotAction() ? Element.NOT_ACTION : Element.ACTION,
          (h.hasNotAction() ? "NotAction " + spelled(h, h.notActions()) + " replaces Action " + spelled(b, b.actions())
              : "Action " + spelled(h, h.actions()) + " replaces NotAction " + spelled(b, b.notActions())));
      return;
    }
    if (!h.hasNotAction()) {
      for (String p : minus(h.actions(), b.actions())) {
        List<Grant> g = grants.of(h, grants.expand(List.of(p)), Grants.resourceTerms(h, h.resources()), h.principals(), h.conditions());
        List<Grant> fresh = Grants.uncovered(g, basePool);
        String verb = h.allow() ? "adds " : "denies ";
        String summary = fresh.isEmpty()
            ? verb + h.spelled(p) + ", already " + (h.allow() ? "granted" : "denied") + ": " + coveredBy(g, basePool)
            : verb + h.spelled(p) + expansion(p, fresh);
        emit(h, fresh.isEmpty() ? Direction.NEUTRAL : headDirection(h), Element.ACTION, summary, actionValues(fresh),
            actionRisk(fresh), Optional.of(h.atValue("Action", p)), Optional.of(b.at("Action")));
      }
      for (String p : minus(b.actions(), h.actions())) {
        List<Grant> g = grants.of(b, grants.expand(List.of(p)), Grants.resourceTerms(b, b.resources()), b.principals(), b.conditions());
        List<Grant> lost = Grants.uncovered(g, headPool);
        String verb = b.allow() ? "removes " : "no longer denies ";
        String summary = lost.isEmpty()
            ? verb + b.spelled(p) + ", still " + (b.allow() ? "granted" : "denied") + ": " + coveredBy(g, headPool)
            : verb + b.spelled(p) + expansion(p, lost);
        emit(h, lost.isEmpty() ? Direction.NEUTRAL : baseDirection(b), Element.ACTION, summary, actionValues(lost),
            actionRisk(lost), Optional.of(h.at("Action")), Optional.of(b.atValue("Action", p)));
      }
      return;
    }
    // Both NotAction: an exclusion dropped lets those actions in; one added keeps them out.
    for (String p : minus(b.notActions(), h.notActions())) {
      List<Grant> g = grants.of(h, grants.expand(List.of(p)), Grants.resourceTerms(h, h.resources()), h.principals(), h.conditions());
      List<Grant> fresh = Grants.uncovered(g, basePool);
      emit(h, fresh.isEmpty() ? Direction.NEUTRAL : headDirection(h), Element.NOT_ACTION,
          "NotAction no longer excludes " + b.spelled(p) + (fresh.isEmpty() ? ", already granted: " + coveredBy(g, basePool) : expansion(p, fresh)),
          actionValues(fresh), fresh.isEmpty() ? Risk.NONE : Risk.HIGH, Optional.of(h.at("NotAction")), Optional.of(b.atValue("NotAction", p)));
    }
    for (String p : minus(h.notActions(), b.notActions())) {
      List<Grant> g = grants.of(b, grants.expand(List.of(p)), Grants.resourceTerms(b, b.resources()), b.principals(), b.conditions());
      List<Grant> lost = Grants.uncovered(g, headPool);
      emit(h, lost.isEmpty() ? Direction.NEUTRAL : baseDirection(b), Element.NOT_ACTION,
          "NotAction now also excludes " + h.spelled(p) + (lost.isEmpty() ? ", still granted: " + coveredBy(g, headPool) : expansion(p, lost)),
          actionValues(lost), lost.isEmpty() ? Risk.NONE : Risk.HIGH, Optional.of(h.atValue("NotAction", p)), Optional.of(b.at("NotAction")));
    }
  }

  private void resources(StatementView b, StatementView h) {
    if (b.hasNotResource() != h.hasNotResource()) {
      whole(b, h, h.hasNotResource() ? Element.NOT_RESOURCE : Element.RESOURCE,
          h.hasNotResource() ? "NotResource " + h.notResources() + " replaces Resource " + b.resources()
              : "Resource " + h.resources() + " replaces NotResource " + b.notResources());
      return;
    }
    if (!h.hasNotResource()) {
      Set<String> gone = minus(b.resources(), h.resources());
      Set<String> come = minus(h.resources(), b.resources());
      for (String r : come) {
        List<Grant> g = grants.of(h, grants.actionTerms(h, h.actions()), List.of(Term.of(r)), h.principals(), h.conditions());
        List<Grant> fresh = Grants.uncovered(g, basePool);
        if (fresh.isEmpty() && gone.stream().anyMatch(x -> Patterns.covers(x, r))) {
          continue; // told as "narrows resource X to r" below
        }
        List<String> replaced = gone.stream().filter(x -> Patterns.covers(r, x)).toList();
        String summary = fresh.isEmpty()
            ? "adds resource " + r + ", already covered: " + resourceCoveredBy(g, basePool)
            : (replaced.isEmpty() ? "adds resource " : "widens resource " + String.join(", ", replaced) + " to ") + r
                + (r.equals("*") ? " (every resource)" : "");
        emit(h, fresh.isEmpty() ? Direction.NEUTRAL : headDirection(h), Element.RESOURCE, summary,
            fresh.isEmpty() ? List.of() : List.of(r), fresh.isEmpty() ? Risk.NONE : resourceRisk(r, fresh),
            Optional.of(h.atValue("Resource", r)), Optional.of(b.at("Resource")));
      }
      for (String r : gone) {
        List<Grant> g = grants.of(b, grants.actionTerms(b, b.actions()), List.of(Term.of(r)), b.principals(), b.conditions());
        List<Grant> lost = Grants.uncovered(g, headPool);
        if (lost.isEmpty() && come.stream().anyMatch(x -> Patterns.covers(x, r))) {
          continue; // told as "widens resource r to X" above
        }
        List<String> narrower = come.stream().filter(x -> Patterns.covers(r, x)).toList();
        String summary = lost.isEmpty()
            ? "removes resource " + r + ", still covered: " + resourceCoveredBy(g, headPool)
            : (narrower.isEmpty() ? "removes resource " + r : "narrows resource " + r + " to " + String.join(", ", narrower));
        emit(h, lost.isEmpty() ? Direction.NEUTRAL : baseDirection(b), Element.RESOURCE, summary,
            lost.isEmpty() ? List.of() : List.of(r), lost.isEmpty() ? Risk.NONE : resourceRisk(r, lost),
            Optional.of(h.at("Resource")), Optional.of(b.atValue("Resource", r)));
      }
      return;
    }
    for (String r : minus(b.notResources(), h.notResources())) {
      List<Grant> g = grants.of(h, grants.actionTerms(h, h.actions()), List.of(Term.of(r)), h.principals(), h.conditions());
      List<Grant> fresh = Grants.uncovered(g, basePool);
      emit(h, fresh.isEmpty() ? Direction.NEUTRAL : headDirection(h), Element.NOT_RESOURCE,
          "NotResource no longer excludes " + r + (fresh.isEmpty() ? ", already granted: " + coveredBy(g, basePool) : ""),
          fresh.isEmpty() ? List.of() : List.of(r), fresh.isEmpty() ? Risk.NONE : Risk.HIGH,
          Optional.of(h.at("NotResource")), Optional.of(b.atValue("NotResource", r)));
    }
    for (String r : minus(h.notResources(), b.notResources())) {
      List<Grant> g = grants.of(b, grants.actionTerms(b, b.actions()), List.of(Term.of(r)), b.principals(), b.conditions());
      List<Grant> lost = Grants.uncovered(g, headPool);
      emit(h, lost.isEmpty() ? Direction.NEUTRAL : baseDirection(b), Element.NOT_RESOURCE,
          "NotResource now also excludes " + r + (lost.isEmpty() ? ", still granted: " + coveredBy(g, headPool) : ""),
          lost.isEmpty() ? List.of() : List.of(r), lost.isEmpty() ? Risk.NONE : Risk.HIGH,
          Optional.of(h.atValue("NotResource", r)), Optional.of(b.at("NotResource")));
    }
  }

  /** An element whose form changed (Action ↔ NotAction…): the statement's grants compared whole. */
  private void whole(StatementView b, StatementView h, Element element, String what) {
    List<Grant> fresh = Grants.uncovered(grants.of(h), basePool);
    List<Grant> lost = Grants.uncovered(grants.of(b), headPool);
    String name = element.label();
    if (!fresh.isEmpty()) {
      emit(h, headDirection(h), element, what + ": newly " + (h.allow() ? "grants " : "denies ") + actionList(fresh),
          actionValues(fresh), Risk.HIGH, Optional.of(h.at(name)), Optional.of(b.at()));
    }
    if (!lost.isEmpty()) {
      emit(h, baseDirection(b), element, what + ": no longer " + (b.allow() ? "grants " : "denies ") + actionList(lost),
          actionValues(lost), Risk.HIGH, Optional.of(h.at(name)), Optional.of(b.at()));
    }
    if (fresh.isEmpty() && lost.isEmpty()) {
      emit(h, Direction.NEUTRAL, element, what + "; the same actions are granted", List.of(), Risk.NONE,
          Optional.of(h.at(name)), Optional.of(b.at()));
    }
  }

  private void conditions(StatementView b, StatementView h) {
    if (b.conditions().same(h.conditions())) {
      return;
    }
    // The grants both revisions of the statement have, once with each revision's conditions.
    // When the two revisions share no value of an element, both revisions' values are taken, so
    // that diffing A with B and B with A looks at the same grants.
    Set<String> actions = h.hasNotAction() ? h.actions() : intersect(b.actions(), h.actions());
    Set<String> resources = intersect(b.resources(), h.resources());
    Set<String> principals = intersect(b.principals(), h.principals());
    List<Term> actionTerms = grants.actionTerms(h, actions);
    List<Term> resourceTerms = Grants.resourceTerms(h, resources);
    boolean freshExists = !Grants.uncovered(grants.of(h, actionTerms, resourceTerms, principals, h.conditions()), basePool).isEmpty();
    boolean lostExists = !Grants.uncovered(grants.of(h, actionTerms, resourceTerms, principals, b.conditions()), headPool).isEmpty();
    Risk risk = actionRisk(grants.of(h)).max(Risk.MEDIUM);
    Map<String, Map<String, Set<String>>> before = b.conditions().blocks();
    Map<String, Map<String, Set<String>>> after = h.conditions().blocks();
    Set<String> operators = new TreeSet<>(before.keySet());
    operators.addAll(after.keySet());
    for (String op : operators) {
      Map<String, Set<String>> was = before.getOrDefault(op, Map.of());
      Map<String, Set<String>> now = after.getOrDefault(op, Map.of());
      Set<String> keys = new TreeSet<>(was.keySet());
      keys.addAll(now.keySet());
      for (String key : keys) {
        String test = op + " " + h.conditions().spelling().getOrDefault(key, b.conditions().spelled(key));
        String id = op + " " + key;
        if (!was.containsKey(key)) {
          condition(b, h, Direction.NARROWING, "adds condition " + test + " " + now.get(key), id, freshExists, lostExists, risk);
        } else if (!now.containsKey(key)) {
          condition(b, h, Direction.WIDENING, "removes condition " + test + " " + was.get(key), id, freshExists, lostExists, risk);
        } else {
          // One value at a time: for most operators another value lets more through; for negated
          // operators (StringNotEquals…) it lets less through.
          boolean negated = Conditions.negated(op);
          for (String v : minus(now.get(key), was.get(key))) {
            condition(b, h, negated ? Direction.NARROWING : Direction.WIDENING,
                "condition " + test + " now also accepts '" + v + "'" + (negated ? " as a value to refuse" : ""),
                id + " " + v, freshExists, lostExists, risk);
          }
          for (String v : minus(was.get(key), now.get(key))) {
            condition(b, h, negated ? Direction.WIDENING : Direction.NARROWING,
                "condition " + test + " no longer " + (negated ? "refuses '" : "accepts '") + v + "'",
                id + " " + v, freshExists, lostExists, risk);
          }
        }
      }
    }
  }

  /**
   * Emits a condition change whose direction for an Allow is {@code allowDirection}; it turns round
   * for a Deny, and becomes neutral when the grants show no such change (another statement grants
   * the same without the condition).
   */
  private void condition(StatementView b, StatementView h, Direction allowDirection, String summary, String value,
      boolean freshExists, boolean lostExists, Risk risk) {
    Direction d = h.allow() ? allowDirection : flip(allowDirection);
    boolean real = (d == headDirection(h) && freshExists) || (d == baseDirection(b) && lostExists);
    emit(h, real ? d : Direction.NEUTRAL, Element.CONDITION,
        real ? summary : summary + "; no effect, the same is granted without it elsewhere",
        real ? List.of(value) : List.of(), real ? risk : Risk.NONE, Optional.of(h.at("Condition")), Optional.of(b.at("Condition")));
  }

  // ---- helpers

  private static Direction flip(Direction d) {
    return d == Direction.WIDENING ? Direction.NARROWING : d == Direction.NARROWING ? Direction.WIDENING : d;
  }

  /** What uncovered head grants mean: more allowed, or (for a Deny) more refused. */
  private static Direction headDirection(StatementView h) {
    return h.allow() ? Direction.WIDENING : Direction.NARROWING;
  }

  private static Direction baseDirection(StatementView b) {
    return b.allow() ? Direction.NARROWING : Direction.WIDENING;
  }

  private void emit(StatementView h, Direction d, Element e, String summary, List<String> values, Risk risk,
      Optional<Where> head, Optional<Where> base) {
    out.add(change(h.label(), e, d, d == Direction.NEUTRAL ? Risk.NONE : risk, summary, values, head, base));
  }

  private Change change(String statement, Element e, Direction d, Risk risk, String summary, List<String> values,
      Optional<Where> head, Optional<Where> base) {
    return new Change(unit, statement, e, d, d == Direction.NEUTRAL ? Risk.NONE : risk, summary, values, head, base);
  }

  private static <T extends Comparable<T>> Set<T> minus(Set<T> a, Set<T> b) {
    Set<T> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  /** The values both have; when they have none in common, all values of either. */
  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.retainAll(b);
    if (out.isEmpty()) {
      out.addAll(a);
      out.addAll(b);
    }
    return out;
  }

  /** The distinct actions of grants, spelled as the catalog (or the author) does, sorted. */
  private List<String> actionValues(List<Grant> grants) {
    Set<String> out = new TreeSet<>();
    for (Grant g : grants) {
      out.add(g.action().not() ? g.action().toString() : space.display(g.statement().spelled(g.action().pattern())));
    }
    return List.copyOf(out);
  }

  private String actionList(List<Grant> grants) {
    return shortList(actionValues(grants));
  }

  /** ": 37 actions not granted before: a, b, c, … and 31 more" when a wildcard expanded. */
  private String expansion(String pattern, List<Grant> grants) {
    List<String> actions = actionValues(grants);
    if (!Patterns.hasWildcard(pattern)) {
      return "";
    }
    if (space.expand(pattern).isEmpty()) {
      return "";
    }
    int all = space.expand(pattern).size();
    return " (" + (actions.size() == all ? "all " + all + " actions it matches" : actions.size() + " of the " + all
        + " actions it matches: " + shortList(actions)) + ")";
  }

  static String shortList(List<String> values) {
    if (values.size() <= SHOWN) {
      return String.join(", ", values);
    }
    return String.join(", ", values.subList(0, SHOWN)) + " and " + (values.size() - SHOWN) + " more";
  }

  private String describe(StatementView s) {
    String actions = s.hasNotAction() ? "every action except " + shortList(spelled(s, s.notActions()))
        : shortList(spelled(s, s.actions()));
    String on = s.hasNotResource() ? " on every resource except " + String.join(", ", s.notResources())
        : s.resources().isEmpty() ? "" : " on " + String.join(", ", s.resources());
    String who = s.principals().isEmpty() ? "" : " to " + String.join(", ", s.principals());
    String when = s.conditions().isEmpty() ? "" : " when " + conditionText(s.conditions());
    return actions + on + who + when;
  }

  private static List<String> spelled(StatementView s, Set<String> actions) {
    return actions.stream().map(s::spelled).toList();
  }

  private static String conditionText(Conditions c) {
    List<String> parts = new ArrayList<>();
    c.blocks().forEach((op, keys) -> keys.forEach((k, v) -> parts.add(op + " " + c.spelled(k) + " " + v)));
    return String.join(" and ", parts);
  }

  /** "statement S3 (s3:Get*)" for the first covering grant found. */
  private String coveredBy(List<Grant> grants, Pool pool) {
    Map<String, String> by = new TreeMap<>();
    for (Grant g : grants) {
      pool.covering(g).ifPresent(c -> by.putIfAbsent(c.statement().unit() + " › " + c.statement().label(), written(c)));
    }
    if (by.isEmpty()) {
      return "by the other statements";
    }
    List<String> parts = new ArrayList<>();
    by.forEach((where, action) -> parts.add(where + " (" + action + ")"));
    return "by " + shortList(parts);
  }

  /** "statement S3 (arn:aws:s3:::bucket/*)": where the resources of {@code grants} are still granted. */
  private String resourceCoveredBy(List<Grant> grants, Pool pool) {
    Map<String, String> by = new TreeMap<>();
    for (Grant g : grants) {
      pool.covering(g).ifPresent(c -> by.putIfAbsent(c.statement().unit() + " › " + c.statement().label(), c.resource().toString()));
    }
    List<String> parts = new ArrayList<>();
    by.forEach((where, resource) -> parts.add(where + " (" + resource + ")"));
    return parts.isEmpty() ? "by the other statements" : "by " + shortList(parts);
  }

  /** The action pattern the covering statement wrote for a grant (the wildcard, not its expansion). */
  private String written(Grant c) {
    if (c.action().not()) {
      return c.action().toString();
    }
    String action = c.action().pattern();
    for (String p : c.statement().actions()) {
      if (Patterns.covers(p, action)) {
        return c.statement().spelled(p);
      }
    }
    return space.display(action);
  }

  private static boolean wildcard(StatementView s) {
    return s.resources().contains("*") || s.actions().contains("*") || s.hasNotAction() || s.hasNotResource();
  }

  private Risk statementRisk(StatementView s, List<Grant> changed) {
    if (changed.isEmpty()) {
      return Risk.NONE;
    }
    if (wildcard(s) || s.trust()) {
      return Risk.HIGH;
    }
    return actionRisk(changed);
  }

  private Risk actionRisk(List<Grant> grants) {
    Risk r = grants.isEmpty() ? Risk.NONE : Risk.LOW;
    for (Grant g : grants) {
      r = r.max(g.action().not() || g.statement().trust() ? Risk.HIGH : space.risk(g.action().pattern()));
      if (r == Risk.HIGH) {
        break;
      }
    }
    return r;
  }

  private Risk resourceRisk(String resource, List<Grant> grants) {
    return resource.equals("*") ? Risk.HIGH : actionRisk(grants);
  }
}
