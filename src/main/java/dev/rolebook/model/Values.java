package dev.rolebook.model;

import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy element that IAM accepts as a string or an array of strings (Action, Resource, a
 * condition value…), with the author's choice of form kept so it can be shown as written.
 */
public record Values(List<String> items, boolean writtenAsArray) {
  public Values {
    items = List.copyOf(items);
  }

  /** Reads a string or an array of strings; empty when the value has any other shape. */
  public static Optional<Values> of(JsonValue value) {
    if (value instanceof JsonString s) {
      return Optional.of(new Values(List.of(s.value()), false));
    }
    if (value instanceof JsonArray a) {
      List<String> out = new ArrayList<>();
      for (JsonValue e : a.elements()) {
        if (!(e instanceof JsonString s)) {
          return Optional.empty();
        }
        out.add(s.value());
      }
      return Optional.of(new Values(out, true));
    }
    return Optional.empty();
  }

  public boolean contains(String item) {
    return items.contains(item);
  }
}
