package dev.rolebook.model;

import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import java.util.Optional;

/**
 * One statement of a policy as written, with typed views of its elements. Views are empty when an
 * element is absent or has the wrong shape; the grammar check reports which.
 *
 * @param pointer JSON pointer of this statement in its file ("/Statement/2", or "/Statement" when
 *     the author wrote a single statement object)
 */
public record Statement(String pointer, JsonObject json) {

  public Optional<String> sid() {
    return string("Sid");
  }

  public Optional<String> effect() {
    return string("Effect");
  }

  public Optional<Values> action() {
    return json.get("Action").flatMap(Values::of);
  }

  public Optional<Values> notAction() {
    return json.get("NotAction").flatMap(Values::of);
  }

  public Optional<Values> resource() {
    return json.get("Resource").flatMap(Values::of);
  }

  public Optional<Values> notResource() {
    return json.get("NotResource").flatMap(Values::of);
  }

  public Optional<JsonValue> principal() {
    return json.get("Principal");
  }

  public Optional<JsonValue> condition() {
    return json.get("Condition");
  }

  /** True when the statement grants on every resource: Resource "*" or any NotResource. */
  public boolean wildcardResource() {
    return resource().map(r -> r.contains("*")).orElse(false) || json.has("NotResource");
  }

  /** Sid when present, else "#n" (1-based) so messages can name any statement. */
  public String label() {
    return sid().orElseGet(() -> "#" + (index() + 1));
  }

  /** 0-based position in the Statement array (0 for a single statement object). */
  public int index() {
    int slash = pointer.lastIndexOf('/');
    String tail = pointer.substring(slash + 1);
    return tail.chars().allMatch(Character::isDigit) && !tail.isEmpty() ? Integer.parseInt(tail) : 0;
  }

  public String pointer(String element) {
    return SourceFile.child(pointer, element);
  }

  private Optional<String> string(String key) {
    return json.get(key).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
  }
}
