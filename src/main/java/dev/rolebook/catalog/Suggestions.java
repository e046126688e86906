package dev.rolebook.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Did you mean" for an action pattern that matches nothing, by edit distance (Levenshtein, case
 * ignored): the closest service prefixes when the service is unknown ({@code secretmanager} →
 * {@code secretsmanager}), else the closest actions of the service ({@code dynamodb:PutItems} →
 * {@code dynamodb:PutItem}); for {@code Name*} the closest name prefix ({@code ec2:Delte*} →
 * {@code ec2:Delete*}). Only the closest tier (at most three of them), and only close ones: a
 * distance of at most a third of the word's length (at least 1, at most 3).
 */
public final class Suggestions {
  private static final int MAX = 3;

  private Suggestions() {}

  public static List<String> forPattern(Catalog catalog, String pattern) {
    int colon = pattern.indexOf(':');
    if (colon <= 0) {
      return List.of();
    }
    String service = pattern.substring(0, colon);
    String name = pattern.substring(colon + 1);
    if (Wildcard.isPattern(service)) {
      return List.of();
    }
    if (catalog.service(service).isEmpty()) {
      List<String> near = closest(service, catalog.servicePrefixes());
      if (near.isEmpty()) {
        // "cognito" is far from "cognito-idp" by edit distance, but plainly its start.
        String lower = service.toLowerCase(Locale.ROOT) + "-";
        near = catalog.servicePrefixes().stream().filter(p -> p.startsWith(lower)).limit(MAX).toList();
      }
      return near.stream().map(p -> p + ":" + name).toList();
    }
    Service s = catalog.service(service).orElseThrow();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!Wildcard.isPattern(lower)) {
      return closest(lower, s.actions().stream().map(Action::name).toList()).stream().map(n -> s.prefix() + ":" + n).toList();
    }
    int star = lower.indexOf('*');
    if (star == lower.length() - 1 && lower.indexOf('?') < 0 && star > 0) {
      // Name*: compare the literal part with every action name's prefixes of about that length.
      String literal = lower.substring(0, star);
      Set<String> prefixes = new LinkedHashSet<>();
      for (Action a : s.actions()) {
        for (int len = literal.length(); len <= Math.min(a.name().length(), literal.length() + 2); len++) {
          prefixes.add(a.name().substring(0, len));
        }
      }
      return closest(literal, new ArrayList<>(prefixes)).stream().map(p -> s.prefix() + ":" + p + "*").toList();
    }
    return List.of();
  }

  private static List<String> closest(String word, List<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.min(3, Math.max(1, w.length() / 3));
    record Scored(String text, int distance) {}
    List<Scored> close = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      if (!seen.add(lc) || lc.equals(w)) {
        continue;
      }
      int d = distance(w, lc, limit);
      if (d <= limit) {
        close.add(new Scored(c, d));
      }
    }
    close.sort(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.text().toLowerCase(Locale.ROOT)));
    // The closest tier only: "PutItem" for "PutItems", not also "GetItem" two edits further.
    int best = close.isEmpty() ? 0 : close.get(0).distance();
    return close.stream().filter(s -> s.distance() == best).limit(MAX).map(Scored::text).toList();
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
