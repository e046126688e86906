package dev.rolebook.render;

import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code policy-inventory::[]}: one row per measured document as written (each policy, then each
 * policy with its variants), in the check's order: name, type, scope, statements, actions, size as
 * written and in the worst case, and the headroom left in the worst case. "Actions listed" counts
 * the Action entries as written; "Distinct actions" the actions the Allow statements grant, each
 * wildcard expanded through the IAM catalog and each action counted once.
 */
final class InventoryTable {
  static final List<String> ATTRIBUTES = List.of();
  static final List<String> HEADERS =
      List.of("Policy", "Type", "Scope", "Statements", "Actions listed", "Distinct actions", "Size as written", "Worst case", "Headroom");

  private InventoryTable() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    Manifest m = model.manifest();
    HtmlTable table = new HtmlTable("inventory", PolicyBlock.title(attrs).orElse(""), HEADERS);
    for (SizeFigure f : model.asWrittenFigures()) {
      Optional<PolicyEntry> p = m.policy(f.policy());
      Optional<JsonValue> doc = model.set().combined(f.policy(), f.variants());
      if (p.isEmpty() || doc.isEmpty()) {
        continue;
      }
      List<Statement> statements = PolicyDocument.statementsOf(doc.get());
      int actions = statements.stream().mapToInt(s -> s.action().or(s::notAction).map(Values::items).map(List::size).orElse(0)).sum();
      String scope = f.variants().isEmpty() ? p.get().scope()
          : String.join("; ", f.variants().stream().map(v -> "with " + m.variant(v).map(Manifest.VariantEntry::title).orElse(v)).toList());
      Optional<SizeFigure> worst = model.worstCase(f.policy(), f.variants());
      table.row(List.of(
          "<a href=\"#policy-" + Html.escape(PolicyBlock.slug(f.policy(), f.variants())) + "\">" + HtmlTable.code(f.label()) + "</a>",
          Html.escape(p.get().type()),
          Html.escape(scope),
          String.valueOf(statements.size()),
          String.valueOf(actions),
          distinct(GrantedActions.distinct(statements, model.catalog())),
          Html.escape(Numbers.grouped(f.chars()) + " / " + Numbers.grouped(f.limit()) + " (" + f.percent() + "%)"),
          Html.escape(worst.map(w -> Numbers.grouped(w.chars())).orElse("-")),
          Html.escape(worst.map(w -> Numbers.grouped(w.headroom())).orElse("-"))));
    }
    return Fragment.of(table.html());
  }

  /** "569", or "567 (2 unknown entries)" when entries name no action the catalog knows. */
  private static String distinct(GrantedActions.Distinct d) {
    int u = d.unknownEntries();
    return Numbers.grouped(d.actions()) + (u == 0 ? "" : " (" + u + " unknown " + (u == 1 ? "entry" : "entries") + ")");
  }
}
