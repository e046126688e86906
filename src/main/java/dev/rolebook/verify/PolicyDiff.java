package dev.rolebook.verify;

import dev.rolebook.verify.Difference.Kind;
import dev.rolebook.verify.Side.Located;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a shown policy with the policy set's document, element by element: Version, Sid,
 * Effect, Principal/NotPrincipal, Action/NotAction, Resource/NotResource, Condition and anything
 * else written. Statements are paired by Sid, never by position; statements without a Sid are
 * paired by content (equal first, then the most shared values, such as the same Principal). Order
 * of actions, resources and condition values, a string versus a one-element array, and layout do
 * not count.
 */
public final class PolicyDiff {
  private PolicyDiff() {}

  /** Every difference between the set's document ({@code expected}) and a shown one. */
  public static List<Difference> compare(Side expected, Side shown) {
    List<Difference> out = new ArrayList<>();
    String name = expected.name();
    facts(name, Facts.ofDocument(expected.root()), expected.rootLocator(),
        Facts.ofDocument(shown.root()), shown.rootLocator(), out);
    List<Pair> pairs = pair(expected.statements(), shown.statements());
    boolean[] shownUsed = new boolean[shown.statements().size()];
    for (Pair p : pairs) {
      shownUsed[p.shown.index()] = true;
    }
    for (Located e : expected.statements()) {
      Optional<Pair> p = pairs.stream().filter(x -> x.expected == e).findFirst();
      if (p.isPresent()) {
        statement(name, e, p.get().shown, out);
      } else {
        out.add(new Difference(Kind.REMOVED, name + Facts.SEP + e.label(), Optional.empty(), Optional.empty(),
            e.locator().at(e.pointer(), false), shown.rootLocator().at("/Statement", true)));
      }
    }
    for (Located s : shown.statements()) {
      if (!shownUsed[s.index()]) {
        out.add(new Difference(Kind.ADDED, name + Facts.SEP + s.label(), Optional.empty(), Optional.empty(),
            expected.rootLocator().at("", false), s.locator().at(s.pointer(), false)));
      }
    }
    return List.copyOf(out);
  }

  /** Differences between one statement of the set and one shown statement. */
  public static List<Difference> statement(String policy, Located expected, Located shown) {
    List<Difference> out = new ArrayList<>();
    statement(policy, expected, shown, out);
    return List.copyOf(out);
  }

  /** The statement of {@code candidates} that {@code shown} stands for: same Sid, else most alike. */
  public static Optional<Located> match(Located shown, List<Located> candidates) {
    List<Pair> pairs = pair(candidates, List.of(shown));
    return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs.get(0).expected);
  }

  private static void statement(String policy, Located e, Located s, List<Difference> out) {
    facts(policy + Facts.SEP + e.label(), e.facts(), e.locator(), s.facts(), s.locator(), out);
  }

  private static void facts(String prefix, Facts expected, Locator expectedAt, Facts shown, Locator shownAt,
      List<Difference> out) {
    // A top-level element missing on one side is one difference, not one per value.
    for (Map.Entry<String, String> k : expected.keys.entrySet()) {
      if (!shown.keys.containsKey(k.getKey())) {
        out.add(new Difference(Kind.REMOVED, prefix + Facts.SEP + k.getKey(), Optional.empty(), Optional.empty(),
            expectedAt.at(k.getValue(), true), shownAt.at(parent(k.getValue()), false)));
      }
    }
    for (Map.Entry<String, String> k : shown.keys.entrySet()) {
      if (!expected.keys.containsKey(k.getKey())) {
        out.add(new Difference(Kind.ADDED, prefix + Facts.SEP + k.getKey(), Optional.empty(), Optional.empty(),
            expectedAt.at(parent(k.getValue()), false), shownAt.at(k.getValue(), true)));
      }
    }
    java.util.Set<String> elements = new java.util.TreeSet<>(Facts::compareElements);
    elements.addAll(expected.values.keySet());
    elements.addAll(shown.values.keySet());
    for (String element : elements) {
      String top = Facts.topElement(element);
      if (!expected.keys.containsKey(top) || !shown.keys.containsKey(top)) {
        continue;
      }
      Map<String, String> want = expected.values.getOrDefault(element, Map.of());
      Map<String, String> have = shown.values.getOrDefault(element, Map.of());
      String path = prefix + Facts.SEP + element;
      if (want.size() == 1 && have.size() == 1 && !isList(element)) {
        String w = want.keySet().iterator().next();
        String h = have.keySet().iterator().next();
        if (!w.equals(h)) {
          out.add(new Difference(Kind.CHANGED, path, Optional.of(w), Optional.of(h),
              expectedAt.at(want.get(w), false), shownAt.at(have.get(h), false)));
        }
        continue;
      }
      // A value missing on one side is located at its element's key there.
      Where shownElementAt = shownAt.at(shown.keys.get(top), true);
      Where expectedElementAt = expectedAt.at(expected.keys.get(top), true);
      for (Map.Entry<String, String> v : sorted(want)) {
        if (!have.containsKey(v.getKey())) {
          out.add(new Difference(Kind.REMOVED, path, Optional.of(v.getKey()), Optional.empty(),
              expectedAt.at(v.getValue(), false), shownElementAt));
        }
      }
      for (Map.Entry<String, String> v : sorted(have)) {
        if (!want.containsKey(v.getKey())) {
          out.add(new Difference(Kind.ADDED, path, Optional.of(v.getKey()), Optional.empty(),
              expectedElementAt, shownAt.at(v.getValue(), false)));
        }
      }
    }
  }

  /** Actions, resources, principals and condition values are sets; Effect, Sid, Version are one value. */
  private static boolean isList(String element) {
    String top = Facts.topElement(element);
    return !element.equals(top) || List.of("Action", "NotAction", "Resource", "NotResource").contains(top);
  }

  private static List<Map.Entry<String, String>> sorted(Map<String, String> values) {
    return values.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  private static String parent(String pointer) {
    int cut = pointer.lastIndexOf('/');
    return cut <= 0 ? "" : pointer.substring(0, cut);
  }

  private record Pair(Located expected, Located shown) {}

  /**
   * Pairs statements: equal Sids first; then, among statements without a Sid, equal content; then
   * the pairs sharing the most values (Effect aside), greedily, most alike first.
   */
  private static List<Pair> pair(List<Located> expected, List<Located> shown) {
    List<Pair> out = new ArrayList<>();
    List<Located> e = new ArrayList<>(expected);
    List<Located> s = new ArrayList<>(shown);
    for (Located x : expected) {
      if (x.sid().isEmpty()) {
        continue;
      }
      for (Located y : s) {
        if (y.sid().equals(x.sid())) {
          out.add(new Pair(x, y));
          e.remove(x);
          s.remove(y);
          break;
        }
      }
    }
    e.removeIf(x -> !x.sid().isEmpty());
    s.removeIf(y -> !y.sid().isEmpty());
    for (Located x : List.copyOf(e)) {
      Facts fx = x.facts();
      for (Located y : s) {
        if (fx.sameAs(y.facts())) {
          out.add(new Pair(x, y));
          e.remove(x);
          s.remove(y);
          break;
        }
      }
    }
    record Score(Located x, Located y, int shared) {}
    List<Score> scores = new ArrayList<>();
    for (Located x : e) {
      Facts fx = x.facts();
      for (Located y : s) {
        int shared = fx.shared(y.facts());
        if (shared > 0) {
          scores.add(new Score(x, y, shared));
        }
      }
    }
    scores.sort(Comparator.comparingInt(Score::shared).reversed()
        .thenComparingInt(sc -> sc.x().index()).thenComparingInt(sc -> sc.y().index()));
    for (Score sc : scores) {
      if (e.contains(sc.x()) && s.contains(sc.y())) {
        out.add(new Pair(sc.x(), sc.y()));
        e.remove(sc.x());
        s.remove(sc.y());
      }
    }
    return out;
  }
}
