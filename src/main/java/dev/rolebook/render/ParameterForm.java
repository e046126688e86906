package dev.rolebook.render;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonNull;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code parameter-form::[]}: the slot of the live form. It writes the list of placeholders (useful
 * with or without JavaScript), the {@code #rolebook-form} element the theme's script builds the
 * form in (holding a note for readers without JavaScript), and the contract's
 * {@code rolebook-parameters} data block. The data block is JSON inside a non-executable
 * script element; '<', '>' and '&' are written as \\u escapes so no value can close the element.
 */
final class ParameterForm {
  static final List<String> ATTRIBUTES = List.of();

  private ParameterForm() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    List<Parameter> params = model.manifest().stringParameters();
    StringBuilder sb = new StringBuilder("<div class=\"rolebook-form-slot\" id=\"rolebook-form-slot\">\n");
    sb.append("<div class=\"ulist rolebook-placeholders\">\n<ul>\n");
    for (Parameter p : params) {
      sb.append("<li><code>").append(Html.escape(p.placeholder())).append("</code>: ")
          .append(Html.escape(p.label())).append(" (").append(Html.escape(p.patternHint()))
          .append(p.defaultValue().map(d -> "; default " + Html.escape(d)).orElse(""))
          .append("). ").append(Html.escape(p.description())).append("</li>\n");
    }
    sb.append("</ul>\n</div>\n");
    // The theme's script builds the form inside #rolebook-form; without JavaScript the note stays.
    sb.append("<div id=\"rolebook-form\">\n<noscript><p class=\"rolebook-nojs\">The form that fills these in for you needs"
        + " JavaScript. Without it, replace each placeholder above by hand in the policies and commands below.</p></noscript>\n</div>\n");
    sb.append("<script type=\"application/json\" id=\"rolebook-parameters\">").append(data(params)).append("</script>\n");
    return Fragment.of(sb.append("</div>").toString());
  }

  /** {"parameters":[{name,label,placeholder,in,pattern,patternHint,example,default,maxLength}…]}. */
  static String data(List<Parameter> params) {
    List<JsonValue> list = new ArrayList<>();
    for (Parameter p : params) {
      list.add(new JsonObject(List.of(
          new Member("name", new JsonString(p.name())),
          new Member("label", new JsonString(p.label())),
          new Member("placeholder", new JsonString(p.placeholder())),
          new Member("in", new JsonString(p.in())),
          new Member("pattern", new JsonString(p.pattern())),
          new Member("patternHint", new JsonString(p.patternHint())),
          new Member("example", new JsonString(p.example())),
          new Member("default", p.defaultValue().<JsonValue>map(JsonString::new).orElse(new JsonNull())),
          new Member("maxLength", new JsonNumber(String.valueOf(p.maxLength()))))));
    }
    String json = JsonWriter.compact(new JsonObject(List.of(new Member("parameters", new JsonValue.JsonArray(list)))));
    return json.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e");
  }
}
