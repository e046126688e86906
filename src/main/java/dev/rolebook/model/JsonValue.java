package dev.rolebook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable JSON value that keeps the author's form: object members in written order, arrays in
 * written order, numbers as their literal text. Positions live beside the tree in a {@link
 * SourceFile}, keyed by JSON pointer, so two trees compare equal regardless of layout.
 */
public sealed interface JsonValue {

  /** A JSON object; member order is the author's, keys are unique (the loader rejects duplicates). */
  record JsonObject(List<Member> members) implements JsonValue {
    public JsonObject {
      members = List.copyOf(members);
    }

    public Optional<JsonValue> get(String key) {
      for (Member m : members) {
        if (m.key().equals(key)) {
          return Optional.of(m.value());
        }
      }
      return Optional.empty();
    }

    public boolean has(String key) {
      return get(key).isPresent();
    }

    public List<String> keys() {
      return members.stream().map(Member::key).toList();
    }

    public Map<String, JsonValue> asMap() {
      Map<String, JsonValue> map = new LinkedHashMap<>();
      members.forEach(m -> map.put(m.key(), m.value()));
      return map;
    }

    /** A copy with {@code key}'s value replaced (or appended when absent). */
    public JsonObject with(String key, JsonValue value) {
      List<Member> out = new ArrayList<>(members);
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).key().equals(key)) {
          out.set(i, new Member(key, value));
          return new JsonObject(out);
        }
      }
      out.add(new Member(key, value));
      return new JsonObject(out);
    }
  }

  /** One {@code "key": value} pair of an object. */
  record Member(String key, JsonValue value) {}

  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }
  }

  record JsonString(String value) implements JsonValue {}

  /** A number kept as written ({@code 10}, {@code 1.50}, {@code 2e3}). */
  record JsonNumber(String literal) implements JsonValue {}

  record JsonBoolean(boolean value) implements JsonValue {}

  record JsonNull() implements JsonValue {}

  /** The JSON type name used in messages: object, array, string, number, boolean, null. */
  default String typeName() {
    if (this instanceof JsonObject) {
      return "object";
    } else if (this instanceof JsonArray) {
      return "array";
    } else if (this instanceof JsonString) {
      return "string";
    } else if (this instanceof JsonNumber) {
      return "number";
    } else if (this instanceof JsonBoolean) {
      return "boolean";
    }
    return "null";
  }

  static JsonString string(String value) {
    return new JsonString(value);
  }
}
