package dev.rolebook.template;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import java.util.ArrayList;
import java.util.List;

/** Small builders for template fragments. */
final class Json {
  private Json() {}

  static JsonString str(String s) {
    return new JsonString(s);
  }

  static JsonArray array(JsonValue... values) {
    return new JsonArray(List.of(values));
  }

  static JsonObject object(Object... keysAndValues) {
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      out.add(new Member((String) keysAndValues[i], v instanceof String s ? new JsonString(s) : (JsonValue) v));
    }
    return new JsonObject(out);
  }

  static JsonObject fn(String name, JsonValue argument) {
    return object(name, argument);
  }

  static JsonObject ref(String name) {
    return object("Ref", name);
  }

  /** Removes {@code key}; the object as it was when absent. */
  static JsonObject without(JsonObject o, String key) {
    return new JsonObject(o.members().stream().filter(m -> !m.key().equals(key)).toList());
  }
}
