package dev.rolebook.publish;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicySet;
import dev.rolebook.substitute.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents a target deploys, in manifest order, with its variants joined and values
 * substituted; an optional policy only when the target's list parameter chooses it.
 */
public final class TargetDocuments {
  private TargetDocuments() {}

  public static List<Deployed> of(PolicySet set, Target target) {
    List<Deployed> out = new ArrayList<>();
    for (PolicyEntry entry : set.entries().keySet()) {
      if (!target.substitution().attaches(entry)) {
        continue;
      }
      List<String> variants = set.variantsOf(entry.name()).stream()
          .map(VariantEntry::name)
          .filter(target.variants()::contains)
          .toList();
      Optional<JsonValue> doc = set.combined(entry.name(), variants);
      doc.ifPresent(d -> out.add(new Deployed(entry, variants, target.substitution().apply(d))));
    }
    return List.copyOf(out);
  }
}
