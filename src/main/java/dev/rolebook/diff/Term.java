package dev.rolebook.diff;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One side of a grant in one dimension: a single pattern ({@code Action}/{@code Resource} value, or
 * a concrete action the catalog expanded a wildcard to), or everything except a list of patterns
 * ({@code NotAction}/{@code NotResource}).
 */
record Term(boolean not, List<String> patterns) {
  static final Term EVERYTHING = new Term(false, List.of("*"));

  Term {
    patterns = List.copyOf(patterns);
  }

  static Term of(String pattern) {
    return new Term(false, List.of(pattern));
  }

  static Term except(List<String> patterns) {
    return new Term(true, patterns.stream().sorted().distinct().toList());
  }

  String pattern() {
    return patterns.get(0);
  }

  /** True when everything {@code narrow} names is also named by this term. */
  boolean covers(Term narrow) {
    if (!not && !narrow.not) {
      return Patterns.covers(pattern(), narrow.pattern());
    }
    if (!not) {
      return pattern().equals("*");
    }
    if (!narrow.not) {
      // Everything except P covers q when q can match nothing in P.
      return patterns.stream().allMatch(p -> Patterns.disjoint(p, narrow.pattern()));
    }
    // Everything except P covers everything except Q when all that P leaves out Q leaves out too.
    return patterns.stream().allMatch(p -> Patterns.anyCovers(narrow.patterns, p));
  }

  @Override
  public String toString() {
    return not ? "everything except " + patterns.stream().collect(Collectors.joining(", ")) : pattern();
  }
}
