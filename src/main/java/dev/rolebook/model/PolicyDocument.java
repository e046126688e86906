package dev.rolebook.model;

import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A policy document as its author wrote it: the file, the tree, and statement views. */
public record PolicyDocument(SourceFile source) {

  public JsonValue root() {
    return source.root();
  }

  public Optional<JsonObject> rootObject() {
    return root() instanceof JsonObject o ? Optional.of(o) : Optional.empty();
  }

  public Optional<String> version() {
    return rootObject()
        .flatMap(o -> o.get("Version"))
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).value());
  }

  /** The statements that are objects, in written order; a single statement object counts as one. */
  public List<Statement> statements() {
    return statementsOf(root());
  }

  /** Statement views for any document tree (used for substituted and combined documents too). */
  public static List<Statement> statementsOf(JsonValue root) {
    if (!(root instanceof JsonObject o)) {
      return List.of();
    }
    Optional<JsonValue> statement = o.get("Statement");
    if (statement.isEmpty()) {
      return List.of();
    }
    List<Statement> out = new ArrayList<>();
    if (statement.get() instanceof JsonObject single) {
      out.add(new Statement("/Statement", single));
    } else if (statement.get() instanceof JsonArray array) {
      for (int i = 0; i < array.elements().size(); i++) {
        if (array.elements().get(i) instanceof JsonObject s) {
          out.add(new Statement("/Statement/" + i, s));
        }
      }
    }
    return List.copyOf(out);
  }

  public String path() {
    return source.path();
  }
}
