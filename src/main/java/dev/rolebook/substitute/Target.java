package dev.rolebook.substitute;

import dev.rolebook.model.Manifest;
import java.util.List;

/**
 * Where a document is measured or published: a set of parameter values and enabled variants.
 * {@link #asWritten} leaves placeholders as they are (what the guide shows); {@link #worstCase}
 * uses each parameter's longest value and every variant.
 */
public record Target(String name, String description, Substitution substitution, List<String> variants) {
  public static final String AS_WRITTEN = "as written";
  public static final String WORST_CASE = "worst case";

  public Target {
    variants = List.copyOf(variants);
  }

  public static Target asWritten(Manifest manifest) {
    return new Target(AS_WRITTEN, "the files in policies/, placeholders left in",
        new Substitution(manifest.parameters(), java.util.Map.of()), List.of());
  }

  public static Target worstCase(Manifest manifest) {
    StringBuilder d = new StringBuilder();
    for (Manifest.Parameter p : manifest.parameters()) {
      if (d.length() > 0) {
        d.append(", ");
      }
      if (p.isList()) {
        d.append(p.name()).append(' ').append(p.choices().isEmpty() ? "none" : String.join(",", p.choices()));
        continue;
      }
      String v = p.worstCaseValue();
      d.append(p.name()).append(' ').append(p.worstCase().isPresent() ? v : v.length() + " characters");
    }
    return new Target(WORST_CASE, d.toString(), Substitution.worstCase(manifest.parameters()),
        manifest.variants().stream().map(Manifest.VariantEntry::name).toList());
  }
}
