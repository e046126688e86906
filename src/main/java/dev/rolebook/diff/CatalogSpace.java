package dev.rolebook.diff;

import dev.rolebook.catalog.AccessLevel;
import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.Catalog;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Actions as the IAM action catalog knows them: a wildcard stands for the actions it matches, so
 * {@code s3:Get*} replacing three listed actions shows the ones it really adds, and an action a
 * wildcard already matched is not new. Risk follows the access level AWS gives each action.
 */
final class CatalogSpace implements ActionSpace {
  private final Catalog catalog;
  private final Map<String, List<String>> expansions = new HashMap<>();
  private final Map<String, String> spelling = new HashMap<>();
  private final Map<String, AccessLevel> levels = new HashMap<>();

  CatalogSpace(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<String> expand(String pattern) {
    return expansions.computeIfAbsent(Patterns.action(pattern), p -> {
      List<Action> actions = catalog.match(p);
      for (Action a : actions) {
        String key = Patterns.action(a.qualifiedName());
        spelling.putIfAbsent(key, a.qualifiedName());
        levels.putIfAbsent(key, a.accessLevel());
      }
      return actions.stream().map(a -> Patterns.action(a.qualifiedName())).toList();
    });
  }

  @Override
  public String display(String action) {
    expand(action);
    return spelling.getOrDefault(Patterns.action(action), action);
  }

  /**
   * Permissions management and deleting rank highest; other writes and tagging next; reads and
   * listings lowest. A pattern ranks as its riskiest action; an action the catalog does not know
   * is judged by its verb.
   */
  @Override
  public Risk risk(String action) {
    List<String> actions = expand(action);
    if (actions.isEmpty()) {
      return Verbs.risk(action);
    }
    Risk r = Risk.LOW;
    for (String a : actions) {
      r = r.max(level(a, Optional.ofNullable(levels.get(a))));
      if (r == Risk.HIGH) {
        break;
      }
    }
    return r;
  }

  private static Risk level(String action, Optional<AccessLevel> level) {
    if (level.isEmpty()) {
      return Verbs.risk(action);
    }
    String name = action.substring(action.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    return switch (level.get()) {
      case PERMISSIONS_MANAGEMENT -> Risk.HIGH;
      case WRITE -> name.startsWith("delete") || name.startsWith("remove") || name.startsWith("terminate") ? Risk.HIGH : Risk.MEDIUM;
      case TAGGING -> Risk.MEDIUM;
      case READ, LIST -> Risk.LOW;
    };
  }

  @Override
  public String describe() {
    return "wildcards expanded with the IAM action catalog (" + catalog.source() + ", " + catalog.date() + ")";
  }
}
