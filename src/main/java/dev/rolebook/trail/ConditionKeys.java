package dev.rolebook.trail;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.Member;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The condition keys a Condition block reads, lower-cased. */
final class ConditionKeys {
  private ConditionKeys() {}

  static Set<String> of(JsonValue condition) {
    Set<String> out = new TreeSet<>();
    if (condition instanceof JsonObject block) {
      for (Member op : block.members()) {
        if (op.value() instanceof JsonObject keys) {
          keys.members().forEach(k -> out.add(k.key().toLowerCase(Locale.ROOT)));
        }
      }
    }
    return out;
  }
}
