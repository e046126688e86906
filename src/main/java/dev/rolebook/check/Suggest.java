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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      if (Math.abs(lc.length() - v.length()) > limit) {
        continue;
      }
      int d = distance(v, lc);
      // On a tie, a candidate that holds every character of the value in order wins: the value
      // then lost characters rather than changed them ("aws-gov" → "aws-us-gov", not "aws-cn").
      boolean better = d < bestDistance
          || (d == bestDistance && best != null && subsequence(v, lc) && !subsequence(v, best.toLowerCase(Locale.ROOT)));
      if (better && d <= limit) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
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
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
