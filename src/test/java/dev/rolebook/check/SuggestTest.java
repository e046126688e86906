package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestTest {
  /** The textbook table, whole: what the bounded distance must agree with. */
  private static int reference(String a, String b) {
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

  @Test
  void theBoundedDistanceIsExactUpToItsBoundAndOneMoreAbove() {
    Random random = new Random(42);
    for (int k = 0; k < 5_000; k++) {
      String a = word(random);
      String b = word(random);
      int bound = random.nextInt(5);
      int exact = reference(a, b);
      assertEquals(Math.min(exact, bound + 1), Suggest.distance(a, b, bound), a + " / " + b + " within " + bound);
      assertEquals(exact, Suggest.distance(a, b), a + " / " + b);
    }
    assertEquals(1, Suggest.distance("getobject", "GetObjcet".toLowerCase(), 3), "an adjacent swap is one edit");
    assertEquals(1, Suggest.distance("getobject", "GetObjcet", 3), "upper case compares as lower");
  }

  @Test
  void suggestionsAreTheSameAsBefore() {
    List<String> actions = List.of("GetObject", "GetObjectAcl", "PutObject", "DeleteObject", "ListBucket", "GetBucketPolicy");
    assertEquals(Optional.of("GetObject"), Suggest.closest("getobjct", actions));
    assertEquals(Optional.of("PutObject"), Suggest.closest("PutObjet", actions));
    assertEquals(Optional.empty(), Suggest.closest("CreateFunction", actions));
    assertEquals(Optional.of("aws-us-gov"), Suggest.closest("aws-gov", List.of("aws", "aws-cn", "aws-us-gov"), 3),
        "a tie goes to the candidate that holds the value's characters in order");
  }

  /** The choice as made before any shortcut: every candidate's whole distance, then the same rules. */
  private static Optional<String> referenceClosest(String value, List<String> candidates, int limit) {
    String v = value.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = reference(v, c.toLowerCase(java.util.Locale.ROOT));
      boolean better = d < bestDistance || (d == bestDistance && best != null
          && subsequence(v, c.toLowerCase(java.util.Locale.ROOT)) && !subsequence(v, best.toLowerCase(java.util.Locale.ROOT)));
      if (better && d <= limit) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
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

  @Test
  void theShortcutsNeverChangeTheChoice() {
    Random random = new Random(7);
    for (int k = 0; k < 2_000; k++) {
      List<String> candidates = new java.util.ArrayList<>();
      for (int n = random.nextInt(30); n > 0; n--) {
        String w = word(random);
        candidates.add(random.nextBoolean() ? w.toUpperCase(java.util.Locale.ROOT) : w);
      }
      String value = word(random);
      int limit = 1 + random.nextInt(3);
      assertEquals(referenceClosest(value, candidates, limit), Suggest.closest(value, candidates, limit), value + " in " + candidates);
    }
  }

  private static String word(Random random) {
    int length = random.nextInt(9);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + random.nextInt(4)));
    }
    return sb.toString();
  }
}
