package dev.rolebook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an ARN as a policy writes it ({@code *} and {@code ?} wildcards, policy variables) can
 * name a resource of a type whose ARN pattern AWS gives as {@code arn:${Partition}:s3:::${BucketName}}:
 * is there one string both match? Each side becomes a list of steps over characters, and a search
 * over pairs of positions looks for a common path to the end (the intersection of two regular
 * languages is empty exactly when no such path exists).
 *
 * <p>A {@code ${Variable}} of the type's pattern stands for one or more characters other than the
 * character that follows it in the pattern ({@code ${Region}:} holds no colon, {@code ${BucketName}/}
 * no slash); a variable at the end holds anything, as object keys and role paths do, except a
 * bucket name, which never holds a slash.
 */
final class ArnOverlap {
  private ArnOverlap() {}

  /** A set of characters: any, one literal, or any but one. */
  private record Chars(int kind, char c) {
    static final int ANY = 0;
    static final int LITERAL = 1;
    static final int NOT = 2;

    boolean meets(Chars o) {
      if (kind == ANY || o.kind == ANY) {
        return true;
      }
      if (kind == LITERAL && o.kind == LITERAL) {
        return c == o.c;
      }
      if (kind == LITERAL) {
        return c != o.c;
      }
      if (o.kind == LITERAL) {
        return o.c != c;
      }
      return true; // two "any but" sets always share a character
    }
  }

  /** One character from {@code chars}, or (repeat) any number of them. */
  private record Step(Chars chars, boolean repeat) {}

  /**
   * Answers already found, per written ARN and type pattern: CAT004 and CAT005 ask about the same
   * pairs (on this project 86 distinct of 144 asked per check). Bounded by the
   * policies' ARNs times the catalog's resource types.
   */
  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();
  private static final int KNOWN_MAX = 100_000;

  static boolean overlaps(String written, String typePattern) {
    String key = written + '\n' + typePattern; // catalog type patterns hold no line break, so this key is unambiguous
    Boolean known = KNOWN.get(key);
    if (known == null) {
      known = intersect(written(written), pattern(typePattern));
      if (KNOWN.size() >= KNOWN_MAX) {
        KNOWN.clear(); // a JVM that checks for hours (serve, the check daemon) sees many edits' ARNs
      }
      KNOWN.put(key, known);
    }
    return known;
  }

  private static List<Step> written(String s) {
    List<Step> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '$' && s.startsWith("${", i) && s.indexOf('}', i) > 0) {
        int end = s.indexOf('}', i);
        String inner = s.substring(i + 2, end);
        if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
          out.add(new Step(new Chars(Chars.LITERAL, inner.charAt(0)), false));
        } else {
          out.add(new Step(new Chars(Chars.ANY, ' '), true)); // resolved per request: could be anything
        }
        i = end + 1;
        continue;
      }
      if (c == '*') {
        out.add(new Step(new Chars(Chars.ANY, ' '), true));
      } else if (c == '?') {
        out.add(new Step(new Chars(Chars.ANY, ' '), false));
      } else {
        out.add(new Step(new Chars(Chars.LITERAL, c), false));
      }
      i++;
    }
    return out;
  }

  private static List<Step> pattern(String s) {
    List<Step> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("${", i) && s.indexOf('}', i) > 0) {
        int end = s.indexOf('}', i);
        boolean last = end + 1 >= s.length();
        char next = last ? ' ' : s.charAt(end + 1);
        Chars chars = last || next == '$' ? new Chars(Chars.ANY, ' ') : new Chars(Chars.NOT, next);
        if (s.substring(i + 2, end).equals("BucketName")) {
          // S3 bucket names hold no slash (S3 User Guide, "Bucket naming rules"): bucket/* names objects.
          chars = new Chars(Chars.NOT, '/');
        }
        out.add(new Step(chars, false)); // at least one character
        out.add(new Step(chars, true));
        i = end + 1;
        continue;
      }
      out.add(new Step(new Chars(Chars.LITERAL, s.charAt(i)), false));
      i++;
    }
    return out;
  }

  /**
   * Depth-first over pairs of positions (i in a, j in b), each visited once; a flat array and an
   * int stack keep this cheap while the JIT has not compiled it yet, as in a cold {@code check}.
   */
  private static boolean intersect(List<Step> listA, List<Step> listB) {
    Step[] a = listA.toArray(Step[]::new);
    Step[] b = listB.toArray(Step[]::new);
    int width = b.length + 1;
    boolean[] seen = new boolean[(a.length + 1) * width];
    int[] todo = new int[3 * seen.length + 1]; // each pair, on its first visit, pushes at most three
    int top = 0;
    todo[top++] = 0;
    while (top > 0) {
      int p = todo[--top];
      if (seen[p]) {
        continue;
      }
      seen[p] = true;
      int i = p / width;
      int j = p % width;
      if (i == a.length && j == b.length) {
        return true;
      }
      if (i < a.length && a[i].repeat()) {
        todo[top++] = p + width; // the repeat takes no more characters
      }
      if (j < b.length && b[j].repeat()) {
        todo[top++] = p + 1;
      }
      if (i < a.length && j < b.length && a[i].chars().meets(b[j].chars())) {
        todo[top++] = (a[i].repeat() ? i : i + 1) * width + (b[j].repeat() ? j : j + 1);
      }
    }
    return false;
  }
}
