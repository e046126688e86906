package dev.rolebook.render;

import dev.rolebook.check.PolicySize;
import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code policy::NAME[variant=a,b]}: one policy as the HTML contract's listing block. Without
 * variants it shows the file's exact text; with variants, the combined document IAM receives,
 * pretty-printed. A variant name as target shows that variant's file. The title gives the size
 * against the limit unless the author writes a {@code .Title}.
 */
public final class PolicyBlock {
  static final List<String> ATTRIBUTES = List.of("variant", "id");

  private PolicyBlock() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    PolicySet set = model.set();
    Optional<PolicyEntry> policy = set.manifest().policy(target);
    Optional<VariantEntry> variant = set.manifest().variant(target);
    if (policy.isEmpty() && variant.isEmpty()) {
      return Fragment.problem("unknown policy '" + target + "'; known: " + known(set));
    }
    List<String> variants = variantList(attrs);
    if (variant.isPresent()) {
      if (!variants.isEmpty()) {
        return Fragment.problem("'" + target + "' is a variant; give variant= only with a policy name");
      }
      return variantFile(model, variant.get(), attrs);
    }
    PolicyEntry p = policy.get();
    List<String> allowed = set.variantsOf(p.name()).stream().map(VariantEntry::name).toList();
    for (String v : variants) {
      if (!allowed.contains(v)) {
        return Fragment.problem("policy '" + p.name() + "' has no variant '" + v + "'; its variants: "
            + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
      }
    }
    Optional<PolicyDocument> doc = set.document(p.name());
    Optional<JsonValue> combined = set.combined(p.name(), variants);
    if (doc.isEmpty() || combined.isEmpty()) {
      return Fragment.problem("policy '" + p.name() + "' did not load");
    }
    String text = variants.isEmpty() ? exactText(doc.get()) : JsonWriter.pretty(combined.get());
    String id = String.valueOf(attrs.getOrDefault("id", "policy-" + slug(p.name(), variants)));
    String title = title(attrs).orElseGet(() -> sizeTitle(model, p.name(), variants));
    // A joined document is shown on the page after its base policy: the theme's script folds the
    // base statements away (they stay in the text) so the reader sees what the variant adds.
    int base = variants.isEmpty() ? 0 : doc.get().statements().size();
    return Fragment.of(html(id, title, p.name(), variants, "", base, text));
  }

  private static Fragment variantFile(RenderModel model, VariantEntry v, Map<String, Object> attrs) {
    Optional<PolicyDocument> doc = model.set().variantDocument(v.name());
    Optional<JsonValue> base = model.set().combined(v.extendsPolicy(), List.of());
    Optional<JsonValue> with = model.set().combined(v.extendsPolicy(), List.of(v.name()));
    if (doc.isEmpty() || base.isEmpty() || with.isEmpty()) {
      return Fragment.problem("variant '" + v.name() + "' did not load");
    }
    int added = PolicySize.of(with.get()) - PolicySize.of(base.get());
    String title = title(attrs).orElseGet(() -> v.file() + " · adds " + Numbers.grouped(added)
        + " characters to " + v.extendsPolicy());
    String id = String.valueOf(attrs.getOrDefault("id", "policy-" + Html.slug(v.name())));
    return Fragment.of(html(id, title, v.name(), List.of(), exactText(doc.get())));
  }

  /** The file as written, less the final line break (a {@code <pre>} would show it as a blank line). */
  static String exactText(PolicyDocument doc) {
    String text = doc.source().text();
    if (text.endsWith("\r\n")) {
      return text.substring(0, text.length() - 2);
    }
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  static String sizeTitle(RenderModel model, String policy, List<String> variants) {
    String label = variants.isEmpty() ? policy : policy + " + " + String.join(" + ", variants);
    Optional<SizeFigure> written = model.asWritten(policy, variants);
    Optional<SizeFigure> worst = model.worstCase(policy, variants);
    if (written.isEmpty()) {
      return label;
    }
    SizeFigure w = written.get();
    StringBuilder sb = new StringBuilder(label).append(" · ")
        .append(Numbers.grouped(w.chars())).append(" / ").append(Numbers.grouped(w.limit()))
        .append(" characters (").append(w.shownPercent()).append(")");
    worst.ifPresent(f -> sb.append(" · worst case ").append(Numbers.grouped(f.chars())));
    return sb.toString();
  }

  static String html(String id, String title, String dataPolicy, List<String> variants, String json) {
    return html(id, title, dataPolicy, variants, "", json);
  }

  /**
   * The HTML contract's policy block, the one markup every page uses (drift and the page script
   * read it): {@code target} is "" for the as-written document, else the deployment target's name.
   */
  public static String html(String id, String title, String dataPolicy, List<String> variants, String target, String json) {
    return html(id, title, dataPolicy, variants, target, 0, json);
  }

  /**
   * The same block; {@code baseStatements} &gt; 0 says that the first so many statements are the
   * base policy's (a joined document shown below its base), which the page script may fold.
   */
  static String html(String id, String title, String dataPolicy, List<String> variants, String target,
      int baseStatements, String json) {
    return "<div class=\"listingblock rolebook-policy\" id=\"" + Html.escape(id) + "\">\n"
        + "<div class=\"title\">" + Html.escape(title) + "</div>\n"
        + "<div class=\"content\">\n"
        + "<pre class=\"rolebook-json highlight\" data-policy=\"" + Html.escape(dataPolicy)
        + "\" data-variants=\"" + Html.escape(String.join(",", variants)) + "\" data-target=\"" + Html.escape(target) + "\""
        + (baseStatements > 0 ? " data-base-statements=\"" + baseStatements + "\"" : "") + ">"
        + "<code class=\"language-json\" data-lang=\"json\">" + JsonHighlighter.highlight(json) + "</code></pre>\n"
        + "</div>\n"
        + "</div>";
  }

  static String slug(String policy, List<String> variants) {
    List<String> parts = new ArrayList<>();
    parts.add(policy);
    parts.addAll(variants);
    return Html.slug(String.join("-", parts));
  }

  private static List<String> variantList(Map<String, Object> attrs) {
    Object v = attrs.get("variant");
    if (v == null || String.valueOf(v).isBlank()) {
      return List.of();
    }
    return Arrays.stream(String.valueOf(v).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static Optional<String> title(Map<String, Object> attrs) {
    return Optional.ofNullable(attrs.get("title")).map(String::valueOf);
  }

  private static String known(PolicySet set) {
    List<String> names = new ArrayList<>();
    set.manifest().policies().forEach(p -> names.add(p.name()));
    set.manifest().variants().forEach(v -> names.add(v.name()));
    return String.join(", ", names);
  }
}
