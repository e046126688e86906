package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import java.util.List;
import java.util.Map;

/**
 * {@code roles::bootstrap[]} and {@code roles::runtime[]}: the manifest's roles of one kind, in
 * manifest order. Bootstrap rows name the IAM role and the policies the set attaches to it.
 */
final class RolesTable {
  static final List<String> ATTRIBUTES = List.of();

  private RolesTable() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    Manifest m = model.manifest();
    String title = PolicyBlock.title(attrs).orElse("");
    if (target.equals(Role.BOOTSTRAP)) {
      HtmlTable table = new HtmlTable("bootstrap-roles", title,
          List.of("Role", "IAM role name", "Assumed by", "Purpose", "Policies from this set"));
      for (Role r : m.roles()) {
        if (r.kind().equals(Role.BOOTSTRAP)) {
          List<String> attached = m.policies().stream().filter(p -> p.attachTo().equals(r.id()))
              .map(p -> HtmlTable.code(p.name()) + (p.type().equals(PolicyEntry.TRUST) ? " (trust)" : "")).toList();
          table.row(List.of(
              Html.escape(r.name()),
              r.iamName().map(HtmlTable::code).orElse(""),
              Html.escape(r.assumedBy()),
              Html.escape(r.purpose()),
              attached.isEmpty() ? "none: bootstrap's own" : String.join("<br>", attached)));
        }
      }
      return Fragment.of(table.html());
    }
    if (target.equals(Role.RUNTIME)) {
      HtmlTable table = new HtmlTable("runtime-roles", title, List.of("Role", "Assumed by", "Purpose"));
      for (Role r : m.roles()) {
        if (r.kind().equals(Role.RUNTIME)) {
          String when = r.variant().map(v -> " <em class=\"rolebook-variant\">(only with "
              + Html.escape(m.variant(v).map(Manifest.VariantEntry::title).orElse(v)) + ")</em>").orElse("");
          table.row(List.of(Html.escape(r.name()) + when, Html.escape(r.assumedBy()), Html.escape(r.purpose())));
        }
      }
      return Fragment.of(table.html());
    }
    return Fragment.problem("unknown role kind '" + target + "'; use roles::bootstrap[] or roles::runtime[]");
  }
}
