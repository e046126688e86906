package dev.rolebook.model;

import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole source of truth: the manifest plus every policy and variant document it names, in the
 * manifest's order. Documents whose file failed to load are absent (the loader reported why).
 */
public record PolicySet(
    Path projectDir,
    Manifest manifest,
    Map<String, PolicyDocument> documents,
    Map<String, PolicyDocument> variantDocuments) {

  public PolicySet {
    documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    variantDocuments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variantDocuments));
  }

  public Optional<PolicyDocument> document(String policyName) {
    return Optional.ofNullable(documents.get(policyName));
  }

  public Optional<PolicyDocument> variantDocument(String variantName) {
    return Optional.ofNullable(variantDocuments.get(variantName));
  }

  /** Variants that extend {@code policyName}, in manifest order. */
  public List<VariantEntry> variantsOf(String policyName) {
    return manifest.variants().stream().filter(v -> v.extendsPolicy().equals(policyName)).toList();
  }

  /**
   * The document IAM receives for {@code policyName} with {@code variants} enabled: the policy's
   * statements followed by each variant's, in manifest order. Empty when a document failed to load.
   */
  public Optional<JsonValue> combined(String policyName, List<String> variants) {
    Optional<PolicyDocument> base = document(policyName);
    if (base.isEmpty() || !(base.get().root() instanceof JsonValue.JsonObject root)) {
      return Optional.empty();
    }
    List<JsonValue> statements = new java.util.ArrayList<>();
    base.get().statements().forEach(s -> statements.add(s.json()));
    for (VariantEntry v : variantsOf(policyName)) {
      if (variants.contains(v.name())) {
        Optional<PolicyDocument> extra = variantDocument(v.name());
        if (extra.isEmpty()) {
          return Optional.empty();
        }
        extra.get().statements().forEach(s -> statements.add(s.json()));
      }
    }
    if (statements.size() == base.get().statements().size()) {
      return Optional.of(root);
    }
    return Optional.of(root.with("Statement", new JsonValue.JsonArray(statements)));
  }

  /** Documents of every policy entry that loaded, by entry (the first entry of a repeated name). */
  public Map<PolicyEntry, PolicyDocument> entries() {
    Map<PolicyEntry, PolicyDocument> out = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (PolicyEntry e : manifest.policies()) {
      PolicyDocument d = documents.get(e.name());
      if (d != null && seen.add(e.name())) { // a repeated name is reported by the loader
        out.put(e, d);
      }
    }
    return out;
  }
}
