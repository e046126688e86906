package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.ResourceReason;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code resource-constraints::[]}: every statement that grants on all resources (Resource "*" or
 * NotResource), managed policies first and then variants, in manifest and statement order. The
 * action column is the statement's own action list grouped by verb, so the table can never claim
 * less than the policy grants; verbs that remove or alter existing resources are marked.
 */
final class ConstraintsTable {
  static final List<String> ATTRIBUTES = List.of();
  static final List<String> HEADERS = List.of("Service", "Statement", "Actions granted on every resource", "Why");
  /** Verbs that delete or change something that already exists; marked so a reader sees them. */
  static final Set<String> DESTRUCTIVE = Set.of(
      "Delete", "Modify", "Revoke", "Release", "Detach", "Disassociate", "Deregister", "Remove", "Update", "Put", "*");

  private ConstraintsTable() {}

  /** A statement on "*" with the owner (policy or variant name) its reason is filed under. */
  record Row(String owner, Statement statement, Optional<ResourceReason> reason) {}

  static List<Row> rows(RenderModel model) {
    Manifest m = model.manifest();
    List<Row> out = new ArrayList<>();
    for (PolicyEntry p : m.policies()) {
      if (p.type().equals(PolicyEntry.TRUST)) {
        continue;
      }
      model.set().document(p.name()).ifPresent(d -> add(m, p.name(), d, out));
    }
    model.set().variantDocuments().forEach((name, d) -> add(m, name, d, out));
    return List.copyOf(out);
  }

  private static void add(Manifest m, String owner, PolicyDocument doc, List<Row> out) {
    for (Statement s : doc.statements()) {
      if (s.wildcardResource()) {
        out.add(new Row(owner, s, s.sid().flatMap(sid -> m.reason(owner, sid))));
      }
    }
  }

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    HtmlTable table = new HtmlTable("constraints", PolicyBlock.title(attrs).orElse(""), HEADERS);
    for (Row r : rows(model)) {
      table.row(List.of(
          Html.escape(r.reason().map(ResourceReason::service).orElse("(no reason given)")),
          HtmlTable.code(document(model.manifest(), r.owner())) + "<br>" + HtmlTable.code(r.statement().label()),
          actions(r.statement()),
          Html.escape(r.reason().map(ResourceReason::reason).orElse(""))));
    }
    return Fragment.of(table.html());
  }

  /**
   * The document a row's statement reaches IAM in: the policy itself, or for a variant the policy
   * it joins ("IaCRole-ABCA-Application + ecs"), since a variant is never created on its own.
   */
  static String document(Manifest m, String owner) {
    return m.variant(owner).map(v -> v.extendsPolicy() + " + " + owner).orElse(owner);
  }

  /**
   * The actions as a list of verb groups: "Create: CreateVpc, CreateSubnet". With several services
   * the groups go service by service (in order of first appearance), so one service's verbs are
   * never interleaved with another's.
   */
  static String actions(Statement s) {
    boolean negated = s.action().isEmpty() && s.notAction().isPresent();
    List<String> items = s.action().or(s::notAction).map(v -> v.items()).orElse(List.of());
    Map<String, Map<String, List<String>>> byService = new LinkedHashMap<>();
    for (String action : items) {
      String name = action.substring(action.indexOf(':') + 1);
      byService.computeIfAbsent(service(action), k -> new LinkedHashMap<>())
          .computeIfAbsent(verb(name), k -> new ArrayList<>()).add(name);
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    byService.forEach((service, verbs) -> verbs.forEach((verb, names) ->
        groups.put((byService.size() > 1 ? service + " " : "") + verb, names)));
    StringBuilder sb = new StringBuilder();
    if (negated) {
      sb.append("<p>every action except:</p>");
    }
    sb.append("<ul class=\"rolebook-actions\">");
    groups.forEach((key, names) -> {
      String verb = key.substring(key.lastIndexOf(' ') + 1);
      sb.append("<li").append(DESTRUCTIVE.contains(verb) ? " class=\"rolebook-destructive\"" : "").append('>')
          .append("<span class=\"rolebook-verb\">").append(Html.escape(key)).append("</span>: ")
          .append(Html.escape(String.join(", ", names)))
          .append("</li>");
    });
    return sb.append("</ul>").toString();
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
