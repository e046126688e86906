package dev.rolebook.render;

import dev.rolebook.model.Manifest;
import dev.rolebook.publish.AccountPages;
import dev.rolebook.substitute.Target;
import java.util.List;
import java.util.Map;

/**
 * {@code account-pages::[]}: links to the per-account pages, one per deployment target in
 * {@code policies/targets.json}, or a note saying how to get them when there are none.
 */
final class AccountLinks {
  static final List<String> ATTRIBUTES = List.of();

  private AccountLinks() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    if (model.targets().isEmpty()) {
      return Fragment.of("<div class=\"paragraph rolebook-accounts\"><p>No deployment targets are declared."
          + " List your accounts in <code>policies/targets.json</code> and each gets a page of its own with"
          + " every snippet filled in and ready to download.</p></div>");
    }
    StringBuilder sb = new StringBuilder("<div class=\"ulist rolebook-accounts\">\n<ul>\n");
    for (Target t : model.targets()) {
      // In the manifest's parameter order, leaving out values that are the default.
      List<String> shown = new java.util.ArrayList<>();
      for (Manifest.Parameter p : model.manifest().parameters()) {
        if (p.isList()) {
          List<String> chosen = t.substitution().chosen(p.name());
          if (!chosen.equals(p.defaultChoices())) {
            shown.add(p.name() + " " + (chosen.isEmpty() ? "none" : String.join(",", chosen)));
          }
          continue;
        }
        String v = t.substitution().values().get(p.name());
        if (v != null && !v.equals(p.defaultValue().orElse(null))) {
          shown.add(p.name() + " " + v);
        }
      }
      String values = String.join(", ", shown);
      sb.append("<li><a href=\"").append(AccountPages.DIR).append('/').append(Html.escape(t.name())).append(".html\">")
          .append(Html.escape(t.name())).append("</a>")
          .append(t.description().isEmpty() ? "" : ": " + Html.escape(t.description()))
          .append(values.isEmpty() ? "" : " <span class=\"rolebook-target-values\">(" + Html.escape(values) + ")</span>")
          .append("</li>\n");
    }
    return Fragment.of(sb.append("</ul>\n</div>").toString());
  }
}
