package dev.rolebook.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many of a group of actions sit at each access level, for one-line summaries such as "110
 * write, 3 permissions management". Levels are listed riskiest first: writes, then permission
 * changes, tagging, reads and lists; a level with no action is left out.
 */
public record LevelCounts(Map<AccessLevel, Integer> counts) {
  /** The levels riskiest first, the order summaries use. */
  public static final List<AccessLevel> ORDER = List.of(
      AccessLevel.WRITE, AccessLevel.PERMISSIONS_MANAGEMENT, AccessLevel.TAGGING, AccessLevel.READ, AccessLevel.LIST);

  public LevelCounts {
    counts = Map.copyOf(counts);
  }

  public static LevelCounts of(Collection<Action> actions) {
    Map<AccessLevel, Integer> counts = new EnumMap<>(AccessLevel.class);
    actions.forEach(a -> counts.merge(a.accessLevel(), 1, Integer::sum));
    return new LevelCounts(counts);
  }

  public int count(AccessLevel level) {
    return counts.getOrDefault(level, 0);
  }

  /** "110 write, 3 permissions management" (lower-case labels, riskiest first); empty for none. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    for (AccessLevel level : ORDER) {
      int n = count(level);
      if (n > 0) {
        parts.add(n + " " + level.label().toLowerCase(Locale.ROOT));
      }
    }
    return String.join(", ", parts);
  }
}
