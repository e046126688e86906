package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;

/**
 * How IAM counts a policy's size: every character of the document except white space outside
 * string values. White space inside strings counts (the strict reading; AWS does not say), and
 * escapes count as written in the minimal JSON form. This equals the length of the compact form.
 */
public final class PolicySize {
  private PolicySize() {}

  public static int of(JsonValue document) {
    return JsonWriter.compact(document).length();
  }
}
