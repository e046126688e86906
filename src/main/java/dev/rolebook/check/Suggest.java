package dev.rolebook.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest known name by edit distance, ignoring case. */
final class Suggest {
  private Suggest() {}

  /**
   * The candidate nearest to {@code value}, when it is close enough to be a typo: at most a third
   * of the value's length in edits (and at most 3). Ties go to the first candidate in iteration
   * order, so callers pass sorted collections for stable output.
   */
  static Optional<String> closest(String value, Collection<String> candidates) {
    return closest(value, candidates, Math.min(3, Math.max(1, value.length() / 3)));
  }

  /** The candidate nearest to {@code value} within {@code limit} edits. */
  static Optional<String> closest(String value, Collection<String> candidates, int limit) {
    String v = value.toLowerCase(Locale.ROOT);
    int[] letters = ascii(v) ? letters(v) : null;
    int[] scratch = new int[128];
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (Math.abs(c.length() - v.length()) > limit) {
        continue;
      }
      // Only distances up to the best so far (and the limit) matter: a candidate whose letters alone
      // differ by more is skipped, a farther one is given up as soon as it cannot come back under.
      int bound = Math.min(limit, bestDistance);
      boolean ascii = letters != null && ascii(c);
      if (ascii && letterDistance(letters, c, scratch) > bound) {
        continue;
      }
      int d = ascii ? distance(v, c, bound) : distance(v, c.toLowerCase(Locale.ROOT));
      // On a tie, a candidate that holds every character of the value in order wins: the value
      // then lost characters rather than changed them ("aws-gov" → "aws-us-gov", not "aws-cn").
      boolean better = d < bestDistance
          || (d == bestDistance && best != null && subsequence(v, c.toLowerCase(Locale.ROOT))
              && !subsequence(v, best.toLowerCase(Locale.ROOT)));
      if (better && d <= limit) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How many times each ASCII character occurs in {@code s}. */
  private static int[] letters(String s) {
    int[] counts = new int[128];
    for (int i = 0; i < s.length(); i++) {
      counts[s.charAt(i)]++;
    }
    return counts;
  }

  /**
   * A lower bound of the edit distance from the characters alone (case ignored): each insertion,
   * deletion or substitution changes the surplus on either side by at most one, a swap by none.
   */
  private static int letterDistance(int[] valueLetters, String candidate, int[] scratch) {
    System.arraycopy(valueLetters, 0, scratch, 0, 128);
    for (int i = 0; i < candidate.length(); i++) {
      scratch[lower(candidate.charAt(i))]--;
    }
    int surplus = 0;
    int missing = 0;
    for (int count : scratch) {
      if (count > 0) {
        surplus += count;
      } else {
        missing -= count;
      }
    }
    return Math.max(surplus, missing);
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** " (did you mean 'x'?)" or "" — for the end of a message or hint. */
  static String didYouMean(String value, Collection<String> candidates) {
    return closest(value, candidates).map(c -> "did you mean '" + c + "'?").orElse("");
  }

  private static boolean subsequence(String small, String big) {
    int i = 0;
    for (int j = 0; j < big.length() && i < small.length(); j++) {
      if (small.charAt(i) == big.charAt(j)) {
        i++;
      }
    }
    return i == small.length();
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /**
   * {@link #distance(String, String)} between {@code a} (lower case) and {@code b} (ASCII, compared
   * as lower case), exact when it is at most {@code bound}; anything above comes back as
   * {@code bound + 1}, as soon as two whole rows of the table exceed the bound (no later cell can
   * come back under: each derives from the two rows above it or from its left neighbour).
   */
  static int distance(String a, String b, int bound) {
    int n = b.length();
    int[] before = new int[n + 1];
    int[] previous = new int[n + 1];
    int[] row = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      previous[j] = j;
    }
    boolean previousOver = false; // row 0 holds a 0
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      int rowMin = i;
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= n; j++) {
        char bj = lower(b.charAt(j - 1));
        int cost = ai == bj ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ai == lower(b.charAt(j - 2)) && a.charAt(i - 2) == bj) {
          d = Math.min(d, before[j - 2] + 1);
        }
        row[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      boolean over = rowMin > bound;
      if (over && previousOver) {
        return bound + 1;
      }
      previousOver = over;
      int[] spare = before;
      before = previous;
      previous = row;
      row = spare;
    }
    return Math.min(previous[n], bound + 1);
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
