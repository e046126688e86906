package dev.rolebook.render;

import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Limits;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Document attributes for every number and name the guide's prose quotes, all prefixed
 * {@code rb-}. Values are HTML-escaped because Asciidoctor inserts attribute values after its own
 * escaping step. README lists the names.
 */
final class DocAttributes {
  private DocAttributes() {}

  static Map<String, String> of(RenderModel model) {
    Manifest m = model.manifest();
    Map<String, String> a = new TreeMap<>();
    a.put("rb-title", m.title());
    a.put("rb-version", m.version());
    a.put("rb-sha256", model.hash());
    a.put("rb-sha256-short", model.hash().substring(0, 12));
    a.put("rb-managed-limit", Numbers.grouped(Limits.MANAGED_POLICY_MAX_CHARS));
    a.put("rb-inline-limit", Numbers.grouped(Limits.ROLE_INLINE_MAX_CHARS));
    a.put("rb-trust-limit", Numbers.grouped(m.limits().trustPolicyMaxChars()));
    a.put("rb-managed-per-role", String.valueOf(m.limits().managedPoliciesPerRole()));
    a.put("rb-headroom-warning", m.limits().headroomWarningPercent() + "%");
    a.put("rb-validated-in", m.provenance().validatedIn());
    a.put("rb-cloudtrail-actions", String.valueOf(m.provenance().cloudTrailAddedActions()));
    a.put("rb-iterations", String.valueOf(m.provenance().deploymentIterations()));
    List<PolicyEntry> managed = m.managedPolicies();
    a.put("rb-managed-count", String.valueOf(managed.size()));
    a.put("rb-managed-count-word", word(managed.size()));
    a.put("rb-managed-names", String.join(", ", managed.stream().map(PolicyEntry::name).toList()));
    a.put("rb-variant-count", String.valueOf(m.variants().size()));
    a.put("rb-bootstrap-role-count", String.valueOf(m.roles().stream().filter(r -> r.kind().equals(Role.BOOTSTRAP)).count()));
    a.put("rb-runtime-role-count", String.valueOf(m.roles().stream().filter(r -> r.kind().equals(Role.RUNTIME)).count()));
    a.put("rb-wildcard-statements", String.valueOf(ConstraintsTable.rows(model).size()));
    a.put("rb-catalog-source", model.catalog().source());
    a.put("rb-catalog-date", model.catalog().date());
    for (Parameter p : m.stringParameters()) {
      String key = "rb-param-" + Html.slug(p.name());
      a.put(key, p.placeholder());
      a.put(key + "-label", p.label());
      a.put(key + "-example", p.example());
      p.defaultValue().ifPresent(d -> a.put(key + "-default", d));
    }
    m.parameter("stack").ifPresent(p -> a.put("rb-stack", p.placeholder()));
    m.parameter("qualifier").ifPresent(p -> a.put("rb-qualifier", p.placeholder()));
    for (PolicyEntry p : m.policies()) {
      a.put("rb-file-" + Html.slug(p.name()), p.file());
    }
    for (SizeFigure f : model.asWrittenFigures()) {
      String slug = PolicyBlock.slug(f.policy(), f.variants());
      a.put("rb-size-" + slug, Numbers.grouped(f.chars()));
      a.put("rb-limit-" + slug, Numbers.grouped(f.limit()));
      a.put("rb-percent-" + slug, f.percent() + "%");
      model.worstCase(f.policy(), f.variants()).ifPresent(w -> {
        a.put("rb-worst-" + slug, Numbers.grouped(w.chars()));
        a.put("rb-headroom-" + slug, Numbers.grouped(w.headroom()));
      });
    }
    a.replaceAll((k, v) -> Html.escape(v));
    return a;
  }

  private static String word(int n) {
    String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return n >= 0 && n < words.length ? words[n] : String.valueOf(n);
  }
}
