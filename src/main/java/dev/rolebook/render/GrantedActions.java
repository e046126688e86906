package dev.rolebook.render;

import dev.rolebook.catalog.AccessLevel;
import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.catalog.LevelCounts;
import dev.rolebook.catalog.Service;
import dev.rolebook.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a statement's action list really grants, told through the IAM catalog: named actions
 * grouped by verb, and each wildcard ({@code bedrock-agentcore:*}) expanded into the actions it
 * stands for, counted by access level, with the full list in a {@code <details>} element. Marks,
 * as classes only (the theme styles them): {@code rolebook-destructive} for verbs that delete or
 * change existing resources, {@code rolebook-permissions} for actions AWS files under "Permissions
 * management", {@code rolebook-unknown} for names the catalog does not know.
 */
final class GrantedActions {
  /** Verbs that delete or change something that already exists; marked so a reader sees them. */
  static final Set<String> DESTRUCTIVE = Set.of(
      "Delete", "Modify", "Revoke", "Release", "Detach", "Disassociate", "Deregister", "Remove", "Update", "Put", "*");

  private GrantedActions() {}

  /** The cell for the statement's Action (or NotAction) list. */
  static String html(Statement s, Catalog catalog) {
    boolean negated = s.action().isEmpty() && s.notAction().isPresent();
    List<String> items = s.action().or(s::notAction).map(v -> v.items()).orElse(List.of());
    long services = items.stream().filter(a -> !wildcard(a)).map(GrantedActions::service).distinct().count();
    // In order of first appearance: a verb group per verb (per service and verb when several
    // services are named), each wildcard on its own.
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String action : items) {
      if (wildcard(action)) {
        groups.put("\0" + action, List.of(action));
        continue;
      }
      String name = action.substring(action.indexOf(':') + 1);
      String key = (services > 1 ? service(action) + " " : "") + verb(name);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
    }
    StringBuilder sb = new StringBuilder();
    if (negated) {
      sb.append("<p>every action except:</p>");
    }
    sb.append("<ul class=\"rolebook-actions\">");
    groups.forEach((key, actions) -> {
      if (key.startsWith("\0")) {
        wildcardItem(actions.get(0), catalog, sb);
      } else {
        verbItem(key, actions, catalog, sb);
      }
    });
    return sb.append("</ul>").toString();
  }

  private static void verbItem(String key, List<String> actions, Catalog catalog, StringBuilder sb) {
    String verb = key.substring(key.lastIndexOf(' ') + 1);
    boolean permissions = false;
    List<String> names = new ArrayList<>();
    for (String action : actions) {
      String name = Html.escape(action.substring(action.indexOf(':') + 1));
      var known = catalog.action(action);
      if (known.isEmpty()) {
        names.add("<span class=\"rolebook-unknown\" title=\"not an action in the IAM catalog\">" + name + "</span>");
      } else if (known.get().accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT) {
        permissions = true;
        names.add("<span class=\"rolebook-permissions\" title=\"Permissions management\">" + name + "</span>");
      } else {
        names.add(name);
      }
    }
    sb.append("<li").append(classes(DESTRUCTIVE.contains(verb), permissions, List.of())).append('>')
        .append("<span class=\"rolebook-verb\">").append(Html.escape(key)).append("</span>: ")
        .append(String.join(", ", names))
        .append("</li>");
  }

  private static void wildcardItem(String pattern, Catalog catalog, StringBuilder sb) {
    List<Action> matched = catalog.match(pattern);
    if (matched.isEmpty()) {
      sb.append("<li").append(classes(false, false, List.of("rolebook-wildcard", "rolebook-unknown"))).append('>')
          .append(HtmlTable.code(pattern)).append(": matches no action in the IAM catalog</li>");
      return;
    }
    boolean destructive = matched.stream().anyMatch(a -> DESTRUCTIVE.contains(verb(a.name())));
    boolean permissions = matched.stream().anyMatch(a -> a.accessLevel() == AccessLevel.PERMISSIONS_MANAGEMENT);
    sb.append("<li").append(classes(destructive, permissions, List.of("rolebook-wildcard"))).append('>')
        .append(HtmlTable.code(pattern)).append(": ").append(Html.escape(summary(pattern, matched, catalog)));
    List<String> services = matched.stream().map(Action::service).distinct().toList();
    if (services.size() == 1) {
      // One service: the whole list, by access level. Across services the list would run to
      // thousands of names (for "*", every action AWS has), so the summary stands alone.
      sb.append("<details class=\"rolebook-expanded\"><summary>the ").append(Numbers.grouped(matched.size()))
          .append(matched.size() == 1 ? " action" : " actions").append("</summary><ul>");
      for (AccessLevel level : LevelCounts.ORDER) {
        List<Action> at = matched.stream().filter(a -> a.accessLevel() == level).toList();
        if (at.isEmpty()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        for (Action a : at) {
          String name = Html.escape(a.name());
          names.add(DESTRUCTIVE.contains(verb(a.name())) ? "<span class=\"rolebook-destructive\">" + name + "</span>" : name);
        }
        sb.append("<li class=\"rolebook-level-").append(level.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .append(level == AccessLevel.PERMISSIONS_MANAGEMENT ? " rolebook-permissions" : "").append("\">")
            .append("<span class=\"rolebook-level\">").append(Html.escape(level.label())).append("</span> (")
            .append(at.size()).append("): ").append(String.join(", ", names)).append("</li>");
      }
      sb.append("</ul></details>");
    }
    sb.append("</li>");
  }

  /** "all 255 actions of Amazon Bedrock Agentcore (136 write, …)", "12 actions of …", "… in 6 services (…)". */
  static String summary(String pattern, List<Action> matched, Catalog catalog) {
    List<String> services = matched.stream().map(Action::service).distinct().toList();
    String count = Numbers.grouped(matched.size()) + (matched.size() == 1 ? " action" : " actions");
    String levels = " (" + LevelCounts.of(matched).summary() + ")";
    if (services.size() > 1) {
      return (pattern.equals("*") ? "every action: " : "") + count + " in " + services.size() + " services" + levels;
    }
    String name = catalog.service(services.get(0)).map(Service::name).orElse(services.get(0));
    boolean whole = pattern.endsWith(":*") && matched.size() == catalog.service(services.get(0)).map(s -> s.actions().size()).orElse(-1);
    return (whole ? "all " : "") + count + " of " + name + levels;
  }

  /**
   * The distinct actions the Allow statements grant, wildcards expanded through the catalog and
   * each action counted once, and how many listed entries name no action the catalog knows.
   * NotAction grants every action but those listed.
   */
  record Distinct(int actions, int unknownEntries) {}

  static Distinct distinct(List<Statement> statements, Catalog catalog) {
    Set<String> granted = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (Statement s : statements) {
      if (!s.effect().orElse("").equals("Allow")) {
        continue;
      }
      if (s.action().isPresent()) {
        for (String item : s.action().get().items()) {
          List<Action> matched = catalog.match(item);
          if (matched.isEmpty()) {
            unknown.add(item.toLowerCase(Locale.ROOT));
          }
          matched.forEach(a -> granted.add(a.qualifiedName()));
        }
      } else if (s.notAction().isPresent()) {
        Set<String> excluded = new LinkedHashSet<>();
        s.notAction().get().items().forEach(item -> catalog.match(item).forEach(a -> excluded.add(a.qualifiedName())));
        catalog.match("*").stream().map(Action::qualifiedName).filter(a -> !excluded.contains(a)).forEach(granted::add);
      }
    }
    return new Distinct(granted.size(), unknown.size());
  }

  private static String classes(boolean destructive, boolean permissions, List<String> more) {
    List<String> c = new ArrayList<>(more);
    if (destructive) {
      c.add("rolebook-destructive");
    }
    if (permissions) {
      c.add("rolebook-permissions");
    }
    return c.isEmpty() ? "" : " class=\"" + String.join(" ", c) + "\"";
  }

  static boolean wildcard(String action) {
    return action.indexOf('*') >= 0 || action.indexOf('?') >= 0;
  }

  private static String service(String action) {
    int colon = action.indexOf(':');
    return colon < 0 ? action : action.substring(0, colon);
  }

  /** The leading capitalised word of an action name ("CreateVpc" → "Create"); wildcards stand alone. */
  static String verb(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return name;
    }
    int end = 1;
    while (end < name.length() && Character.isLowerCase(name.charAt(end))) {
      end++;
    }
    return name.substring(0, end);
  }
}
