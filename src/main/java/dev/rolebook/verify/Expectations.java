package dev.rolebook.verify;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.verify.Side.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The documents of the policy set as a reader should see them, looked up by what a block names. */
public final class Expectations {
  private final PolicySet set;
  private final TargetResolver targets;
  private final String defaultTarget;

  public Expectations(PolicySet set, TargetResolver targets) {
    this(set, targets, "");
  }

  /**
   * Expectations for blocks that name no target: {@code defaultTarget}'s substituted documents
   * ("" = as written, placeholders left in, which is what the guide shows).
   */
  public Expectations(PolicySet set, TargetResolver targets, String defaultTarget) {
    this.set = set;
    this.targets = targets;
    this.defaultTarget = defaultTarget;
  }

  public PolicySet set() {
    return set;
  }

  /** A resolved document, or why there is none (unknown policy, variant or target). */
  public record Resolved(Optional<Side> side, String problem) {
    static Resolved problem(String problem) {
      return new Resolved(Optional.empty(), problem);
    }
  }

  /**
   * The document shown for {@code name} (a policy or a variant) with {@code variants} joined in,
   * for {@code target} ("" = as written, placeholders left in).
   */
  public Resolved resolve(String name, List<String> variants, String target) {
    Optional<Side> base = side(name);
    if (base.isEmpty()) {
      return Resolved.problem("'" + name + "' is not a policy or variant of the set (known: " + String.join(", ", names()) + ")");
    }
    Side out = base.get();
    for (String v : variants) {
      Optional<VariantEntry> entry = set.manifest().variant(v).filter(e -> e.extendsPolicy().equals(name));
      if (entry.isEmpty()) {
        List<String> known = set.variantsOf(name).stream().map(VariantEntry::name).toList();
        return Resolved.problem("'" + v + "' is not a variant of '" + name + "' (known: "
            + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
      }
    }
    // Variants join in manifest order, as PolicySet.combined orders them.
    for (VariantEntry v : set.variantsOf(name)) {
      if (variants.contains(v.name())) {
        Optional<Side> extra = side(v.name());
        if (extra.isEmpty()) {
          return Resolved.problem("variant '" + v.name() + "' did not load");
        }
        out = out.plus(extra.get());
      }
    }
    String effective = target.isEmpty() ? defaultTarget : target;
    if (!effective.isEmpty()) {
      Optional<UnaryOperator<JsonValue>> substitution = targets.substitution(effective);
      if (substitution.isEmpty()) {
        return Resolved.problem("'" + effective + "' is not a known deployment target");
      }
      out = substituted(out, substitution.get());
    }
    return new Resolved(Optional.of(out), "");
  }

  /** Every policy and variant name of the set, policies first, in manifest order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    set.manifest().policies().forEach(p -> out.add(p.name()));
    set.manifest().variants().forEach(v -> out.add(v.name()));
    return out;
  }

  /**
   * What an unmarked block may stand for: each policy and each variant (as written, or for the
   * default target), and each policy with all its variants joined in.
   */
  public List<Side> candidates() {
    List<Side> out = new ArrayList<>();
    for (String n : names()) {
      resolve(n, List.of(), "").side().ifPresent(out::add);
    }
    for (PolicyEntry p : set.manifest().policies()) {
      List<String> variants = set.variantsOf(p.name()).stream().map(VariantEntry::name).toList();
      if (!variants.isEmpty()) {
        resolve(p.name(), variants, "").side().ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Side> side(String name) {
    Optional<PolicyDocument> doc = set.document(name).or(() -> set.variantDocument(name));
    return doc.map(d -> Side.of(name, d.root(), Locator.of(d.source())));
  }

  private static Side substituted(Side side, UnaryOperator<JsonValue> substitution) {
    JsonValue root = substitution.apply(side.root());
    List<Located> statements = new ArrayList<>();
    for (Located s : side.statements()) {
      JsonValue json = substitution.apply(s.json());
      statements.add(new Located(json instanceof JsonObject o ? o : s.json(), s.pointer(), s.locator(), s.index()));
    }
    return new Side(side.name(), root instanceof JsonObject o ? o : side.root(), side.rootLocator(), statements);
  }
}
