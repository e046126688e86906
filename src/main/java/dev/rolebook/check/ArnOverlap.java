package dev.rolebook.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  static boolean overlaps(String written, String typePattern) {
    return intersect(written(written), pattern(typePattern));
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

  private static boolean intersect(List<Step> a, List<Step> b) {
    Deque<int[]> todo = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    todo.add(new int[] {0, 0});
    while (!todo.isEmpty()) {
      int[] p = todo.poll();
      int i = p[0];
      int j = p[1];
      if (!seen.add(((long) i << 32) | j)) {
        continue;
      }
      if (i == a.size() && j == b.size()) {
        return true;
      }
      if (i < a.size() && a.get(i).repeat()) {
        todo.add(new int[] {i + 1, j}); // the repeat takes no more characters
      }
      if (j < b.size() && b.get(j).repeat()) {
        todo.add(new int[] {i, j + 1});
      }
      if (i < a.size() && j < b.size() && a.get(i).chars().meets(b.get(j).chars())) {
        todo.add(new int[] {a.get(i).repeat() ? i : i + 1, b.get(j).repeat() ? j : j + 1});
      }
    }
    return false;
  }
}
