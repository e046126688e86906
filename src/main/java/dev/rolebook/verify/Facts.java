package dev.rolebook.verify;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A statement (or a document's top level) reduced to what IAM evaluates: for each element path
 * ("Action", "Principal › AWS", "Condition › StringEquals › sts:ExternalId") the set of its values,
 * each with the JSON pointer it was written at. Sets, because IAM does not care about the order of
 * actions, resources or condition values, nor whether one value is written as a string or as a
 * one-element array; layout never reaches this far.
 */
final class Facts {
  static final String SEP = " › ";
  /** Elements whose values are lists; everything else is one value compared whole. */
  private static final Set<String> LISTS = Set.of("Action", "NotAction", "Resource", "NotResource");
  /** Print order of elements in messages, after which unknown elements follow by name. */
  private static final List<String> ORDER =
      List.of("Version", "Id", "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
          "Resource", "NotResource", "Condition");

  /** Element path → value → pointer of the value. */
  final Map<String, Map<String, String>> values = new TreeMap<>(Facts::compareElements);
  /** Top-level key → pointer of its value. */
  final Map<String, String> keys = new LinkedHashMap<>();

  private Facts() {}

  /** Facts of a statement object written at {@code pointer}. */
  static Facts ofStatement(JsonObject statement, String pointer) {
    Facts f = new Facts();
    for (Member m : statement.members()) {
      String at = SourceFile.child(pointer, m.key());
      f.keys.put(m.key(), at);
      JsonValue v = m.value();
      if (LISTS.contains(m.key())) {
        f.list(m.key(), v, at);
      } else if ((m.key().equals("Principal") || m.key().equals("NotPrincipal")) && v instanceof JsonObject o) {
        for (Member type : o.members()) {
          f.list(m.key() + SEP + type.key(), type.value(), SourceFile.child(at, type.key()));
        }
      } else if (m.key().equals("Condition") && v instanceof JsonObject o) {
        f.condition(o, at);
      } else {
        f.add(m.key(), scalar(v), at);
      }
    }
    return f;
  }

  /** Facts of a document's members other than Statement (Version, Id). */
  static Facts ofDocument(JsonObject root) {
    Facts f = new Facts();
    for (Member m : root.members()) {
      if (!m.key().equals("Statement")) {
        String at = SourceFile.child("", m.key());
        f.keys.put(m.key(), at);
        f.add(m.key(), scalar(m.value()), at);
      }
    }
    return f;
  }

  private void condition(JsonObject condition, String at) {
    for (Member operator : condition.members()) {
      String opAt = SourceFile.child(at, operator.key());
      if (operator.value() instanceof JsonObject keysObject) {
        for (Member key : keysObject.members()) {
          list("Condition" + SEP + operator.key() + SEP + key.key(), key.value(), SourceFile.child(opAt, key.key()));
        }
      } else {
        add("Condition" + SEP + operator.key(), scalar(operator.value()), opAt);
      }
    }
  }

  private void list(String element, JsonValue v, String at) {
    if (v instanceof JsonArray a) {
      for (int i = 0; i < a.elements().size(); i++) {
        add(element, scalar(a.elements().get(i)), SourceFile.child(at, i));
      }
    } else {
      add(element, scalar(v), at);
    }
  }

  private void add(String element, String value, String pointer) {
    values.computeIfAbsent(element, k -> new LinkedHashMap<>()).putIfAbsent(value, pointer);
  }

  /**
   * A value as IAM compares it: strings as they are, numbers and booleans by their literal (IAM
   * reads condition values as strings, so true and "true" are the same), anything else as
   * canonical JSON.
   */
  static String scalar(JsonValue v) {
    if (v instanceof JsonString s) {
      return s.value();
    }
    if (v instanceof JsonBoolean b) {
      return Boolean.toString(b.value());
    }
    // Numbers in their canonical form (1.0 and 1 are one value); objects and arrays whole.
    return JsonWriter.canonical(v);
  }

  /** How many element values two statements share, leaving out Effect (nearly always Allow). */
  int shared(Facts other) {
    int n = 0;
    for (Map.Entry<String, Map<String, String>> e : values.entrySet()) {
      if (e.getKey().equals("Effect") || e.getKey().equals("Sid")) {
        continue;
      }
      Map<String, String> theirs = other.values.get(e.getKey());
      if (theirs != null) {
        for (String v : e.getValue().keySet()) {
          if (theirs.containsKey(v)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Shared values over all values of both (Jaccard), Effect and Sid aside: 1 when alike. */
  double similarity(Facts other) {
    int shared = shared(other);
    int all = evaluated() + other.evaluated() - shared;
    return all == 0 ? 0 : (double) shared / all;
  }

  private int evaluated() {
    int n = 0;
    for (Map.Entry<String, Map<String, String>> e : values.entrySet()) {
      if (!e.getKey().equals("Effect") && !e.getKey().equals("Sid")) {
        n += e.getValue().size();
      }
    }
    return n;
  }

  boolean sameAs(Facts other) {
    if (!values.keySet().equals(other.values.keySet())) {
      return false;
    }
    for (Map.Entry<String, Map<String, String>> e : values.entrySet()) {
      if (!e.getValue().keySet().equals(other.values.get(e.getKey()).keySet())) {
        return false;
      }
    }
    return true;
  }

  static String topElement(String element) {
    int cut = element.indexOf(SEP);
    return cut < 0 ? element : element.substring(0, cut);
  }

  static int compareElements(String a, String b) {
    int ia = rank(topElement(a));
    int ib = rank(topElement(b));
    return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
  }

  private static int rank(String top) {
    int i = ORDER.indexOf(top);
    return i < 0 ? ORDER.size() : i;
  }
}
