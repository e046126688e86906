package dev.rolebook.verify;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import java.util.List;

/** What a JSON value found in a doc looks like: a policy document, one statement, or neither. */
public enum Shape {
  POLICY,
  STATEMENT,
  NONE;

  private static final List<String> STATEMENT_KEYS =
      List.of("Action", "NotAction", "Principal", "NotPrincipal", "Resource", "NotResource");

  public static Shape of(JsonValue value) {
    if (!(value instanceof JsonObject o)) {
      return NONE;
    }
    if (o.get("Statement").filter(s -> s instanceof JsonObject || s instanceof JsonValue.JsonArray).isPresent()) {
      return POLICY;
    }
    if (o.has("Effect") && STATEMENT_KEYS.stream().anyMatch(o::has)) {
      return STATEMENT;
    }
    return NONE;
  }
}
