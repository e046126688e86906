package dev.rolebook.verify;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.ResourceReason;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Compares a generated table ({@code table.rolebook-table.rolebook-<kind>}) with the model rows it
 * is drawn from: one body row per model row, in model order, each row's first cell naming it.
 * Model rows: inventory → every document as written, in the check's order (each policy of the
 * manifest, then that policy with each of its variants, then with all of them when it has several:
 * first cell "Policy + variant", as the size figures label them); constraints → the manifest's resource reasons
 * (first cell: service or Sid); bootstrap-roles / runtime-roles → roles of that kind (first
 * cell: name, IAM name or id).
 */
final class TableCheck {
  static final List<String> KINDS = List.of("inventory", "constraints", "bootstrap-roles", "runtime-roles");

  private TableCheck() {}

  /** A model row: the labels its first cell may show. */
  private record Row(List<String> labels) {
    boolean matches(String cell) {
      return labels.stream().anyMatch(l -> cell.equals(l) || cell.startsWith(l + " ") || cell.startsWith(l + "("));
    }
  }

  static List<Diagnostic> check(Element table, String kind, PolicySet set, Where at) {
    List<Row> model = model(kind, set);
    List<String> cells = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table || tr.parent() != null && tr.parent().tagName().equals("thead")) {
        continue;
      }
      Optional<Element> first = tr.children().stream().filter(c -> c.tagName().equals("td") || c.tagName().equals("th")).findFirst();
      boolean header = tr.children().stream().allMatch(c -> c.tagName().equals("th"));
      if (first.isPresent() && !header) {
        cells.add(first.get().text().strip());
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    String name = "table rolebook-" + kind;
    if (cells.size() != model.size()) {
      out.add(at.diagnostic(Code.DRIFT005, name + " has " + cells.size() + " row" + (cells.size() == 1 ? "" : "s") + "; the manifest has " + model.size()
              + " " + what(kind),
          "re-render the site from the current manifest"));
    }
    for (int i = 0; i < Math.min(cells.size(), model.size()); i++) {
      if (!model.get(i).matches(cells.get(i))) {
        out.add(at.diagnostic(Code.DRIFT005, name + " row " + (i + 1) + " shows '" + cells.get(i) + "'; the manifest's row " + (i + 1) + " is '"
                + model.get(i).labels().get(0) + "'",
            "re-render the site from the current manifest"));
      }
    }
    return out;
  }

  private static String what(String kind) {
    return Map.of("inventory", "policy documents as written", "constraints", "wildcard-resource reasons",
        "bootstrap-roles", "bootstrap roles", "runtime-roles", "runtime roles").get(kind);
  }

  private static List<Row> model(String kind, PolicySet set) {
    Manifest m = set.manifest();
    return switch (kind) {
      case "inventory" -> inventory(set);
      case "constraints" -> m.reasons().stream().map(TableCheck::reasonRow).toList();
      case "bootstrap-roles" -> roles(m, Role.BOOTSTRAP);
      default -> roles(m, Role.RUNTIME);
    };
  }

  /** The same documents, in the same order, as the check measures as written (render's inventory rows). */
  private static List<Row> inventory(PolicySet set) {
    List<Row> rows = new ArrayList<>();
    for (PolicyEntry p : set.entries().keySet()) {
      List<String> variants = set.variantsOf(p.name()).stream().map(VariantEntry::name).toList();
      rows.add(new Row(List.of(p.name())));
      variants.forEach(v -> rows.add(new Row(List.of(p.name() + " + " + v))));
      if (variants.size() > 1) {
        rows.add(new Row(List.of(p.name() + " + " + String.join(" + ", variants))));
      }
    }
    return rows;
  }

  private static Row reasonRow(ResourceReason r) {
    return new Row(List.of(r.service(), r.sid()));
  }

  private static List<Row> roles(Manifest m, String kind) {
    return m.roles().stream().filter(r -> r.kind().equals(kind))
        .map(r -> new Row(Stream.concat(Stream.of(r.name()), Stream.concat(r.iamName().stream(), Stream.of(r.id()))).toList()))
        .toList();
  }
}
