package dev.rolebook.publish;

import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonWriter;

/** Quoting for each output language. Values are validated first; this is the second line of defence. */
final class Escape {
  private Escape() {}

  /** A single-quoted shell word: nothing inside is expanded; a quote is closed, escaped, reopened. */
  static String shell(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** A JSON string literal, which is also a valid YAML double-quoted scalar. */
  static String yaml(String s) {
    return JsonWriter.compact(new JsonString(s));
  }

  /** An HCL quoted string: JSON escapes, and template sequences (${ and %{) doubled. */
  static String hcl(String s) {
    return hclTemplateText(JsonWriter.compact(new JsonString(s)));
  }

  /** Text inside an HCL heredoc or string, where ${ and %{ would start interpolation. */
  static String hclTemplateText(String s) {
    return s.replace("${", "$${").replace("%{", "%%{");
  }

  /** HTML text and attribute escaping: the same rule as every page Rolebook renders. */
  static String html(String s) {
    return dev.rolebook.render.Html.escape(s);
  }
}
