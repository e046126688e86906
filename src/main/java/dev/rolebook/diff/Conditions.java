package dev.rolebook.diff;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A statement's Condition block as IAM evaluates it: operator → condition key → set of values.
 * Blocks and keys are ANDed; the values of one key are ORed, so fewer blocks or more values permit
 * more. Condition key names are case-insensitive in IAM, so keys are kept in lower case; operators
 * and values are compared as written. A negated operator (StringNotEquals, ArnNotLike,
 * NotIpAddress…) matches only when the value equals none of the listed ones, so there more values
 * permit less.
 */
record Conditions(Map<String, Map<String, Set<String>>> blocks, Map<String, String> spelling) {
  static final Conditions NONE = new Conditions(Map.of(), Map.of());

  static Conditions of(JsonValue condition) {
    Map<String, Map<String, Set<String>>> out = new TreeMap<>();
    Map<String, String> spelling = new TreeMap<>();
    if (condition instanceof JsonObject o) {
      for (Member operator : o.members()) {
        Map<String, Set<String>> keys = out.computeIfAbsent(operator.key(), k -> new TreeMap<>());
        if (operator.value() instanceof JsonObject keyObject) {
          for (Member key : keyObject.members()) {
            keys.computeIfAbsent(key.key().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).addAll(values(key.value()));
            spelling.putIfAbsent(key.key().toLowerCase(Locale.ROOT), key.key());
          }
        }
      }
    }
    return new Conditions(out, spelling);
  }

  /** A condition key as the author wrote it (keys are kept in lower case for comparing). */
  String spelled(String key) {
    return spelling.getOrDefault(key, key);
  }

  /** Same tests, whatever the case of the keys: what IAM evaluates. */
  boolean same(Conditions o) {
    return blocks.equals(o.blocks);
  }

  private static Set<String> values(JsonValue v) {
    Set<String> out = new TreeSet<>();
    if (v instanceof JsonArray a) {
      a.elements().forEach(e -> out.add(scalar(e)));
    } else {
      out.add(scalar(v));
    }
    return out;
  }

  /** A string value as is; true, 10 and null as their JSON text (IAM reads them as strings too). */
  private static String scalar(JsonValue v) {
    return v instanceof JsonValue.JsonString s ? s.value() : JsonWriter.compact(v);
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  static boolean negated(String operator) {
    String base = operator.replace("ForAllValues:", "").replace("ForAnyValue:", "");
    return base.contains("Not") && !base.startsWith("Null");
  }

  static boolean like(String operator) {
    return operator.contains("Like");
  }

  /**
   * True when this block permits at least whatever {@code narrow} permits: each of its tests is
   * also in {@code narrow}, asking at least as much there.
   */
  boolean covers(Conditions narrow) {
    for (Map.Entry<String, Map<String, Set<String>>> op : blocks.entrySet()) {
      Map<String, Set<String>> other = narrow.blocks.get(op.getKey());
      if (other == null) {
        return false;
      }
      for (Map.Entry<String, Set<String>> key : op.getValue().entrySet()) {
        Set<String> theirs = other.get(key.getKey());
        if (theirs == null || !permitsAtLeast(op.getKey(), key.getValue(), theirs)) {
          return false;
        }
      }
    }
    return true;
  }

  /** For one key: do values {@code wide} let through at least what {@code narrow} lets through? */
  static boolean permitsAtLeast(String operator, Set<String> wide, Set<String> narrow) {
    if (negated(operator)) {
      return narrow.containsAll(wide);
    }
    if (like(operator)) {
      return narrow.stream().allMatch(n -> Patterns.anyCovers(wide, n));
    }
    return wide.containsAll(narrow);
  }

  @Override
  public String toString() {
    return blocks.toString();
  }
}
