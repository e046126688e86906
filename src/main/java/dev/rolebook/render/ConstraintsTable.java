package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.ResourceReason;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code resource-constraints::[]}: every statement that grants on all resources (Resource "*" or
 * NotResource), managed policies first and then variants, in manifest and statement order. The
 * action column is the statement's own action list grouped by verb, wildcards expanded through the
 * IAM catalog ({@link GrantedActions}), so the table can never claim less than the policy grants.
 */
final class ConstraintsTable {
  static final List<String> ATTRIBUTES = List.of();
  static final List<String> HEADERS = List.of("Service", "Statement", "Actions granted on every resource", "Why");

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
          HtmlTable.code(r.owner()) + "<br>" + HtmlTable.code(r.statement().label()),
          GrantedActions.html(r.statement(), model.catalog()),
          Html.escape(r.reason().map(ResourceReason::reason).orElse(""))));
    }
    return Fragment.of(table.html());
  }
}
