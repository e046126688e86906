package dev.rolebook.render;

import dev.rolebook.check.PolicyFinding;
import java.util.List;
import java.util.Map;

/**
 * {@code known-problems::[]}: every finding the check makes about the set's statements (a rendered
 * set has no errors, so these are warnings and acknowledged notes), in file and line order: policy,
 * statement, the value concerned, why it is a problem, what to do, and whether the manifest
 * acknowledges it. Acknowledged findings are listed like the others, never left out.
 */
final class KnownProblems {
  static final List<String> ATTRIBUTES = List.of();
  static final List<String> HEADERS = List.of("Policy", "Statement", "Value", "Problem", "What to do", "Status");

  private KnownProblems() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    List<PolicyFinding> findings = model.findings();
    if (findings.isEmpty()) {
      return Fragment.of("<div class=\"paragraph rolebook-known-problems-none\"><p>"
          + Html.escape("The check reports no problems in this set.") + "</p></div>");
    }
    HtmlTable table = new HtmlTable("known-problems", PolicyBlock.title(attrs).orElse(""), HEADERS);
    for (PolicyFinding f : findings) {
      table.row(List.of(
          HtmlTable.code(f.owner()),
          HtmlTable.code(f.statement()) + "<br>" + Html.breakable(f.file() + ":" + f.line()),
          HtmlTable.code(f.value()),
          HtmlTable.code(f.code().name()) + " " + Html.breakable(f.message()),
          Html.breakable(f.hint()),
          f.acknowledged()
              .map(r -> "<strong>Acknowledged</strong>: " + Html.breakable(r))
              .orElse("Open")));
    }
    return Fragment.of(table.html());
  }
}
