package dev.rolebook.publish;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import java.util.List;

/**
 * A JSON tree as highlighted HTML: the text is exactly {@link JsonWriter#pretty}, with keys,
 * strings, numbers, literals and punctuation wrapped in {@code tok-*} spans (the HTML contract), so
 * the {@code <code>} element's text parses back to the document.
 */
public final class JsonHtml {
  private JsonHtml() {}

  public static String highlight(JsonValue value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.toString();
  }

  private static void write(StringBuilder sb, JsonValue value, int level) {
    if (value instanceof JsonObject o) {
      List<Member> members = o.members();
      if (members.isEmpty()) {
        span(sb, "punct", "{}");
        return;
      }
      span(sb, "punct", "{");
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          span(sb, "punct", ",");
        }
        newline(sb, level + 1);
        span(sb, "key", quoted(members.get(i).key()));
        span(sb, "punct", ":");
        sb.append(' ');
        write(sb, members.get(i).value(), level + 1);
      }
      newline(sb, level);
      span(sb, "punct", "}");
    } else if (value instanceof JsonArray a) {
      if (a.elements().isEmpty()) {
        span(sb, "punct", "[]");
        return;
      }
      span(sb, "punct", "[");
      for (int i = 0; i < a.elements().size(); i++) {
        if (i > 0) {
          span(sb, "punct", ",");
        }
        newline(sb, level + 1);
        write(sb, a.elements().get(i), level + 1);
      }
      newline(sb, level);
      span(sb, "punct", "]");
    } else if (value instanceof JsonString s) {
      span(sb, "str", quoted(s.value()));
    } else if (value instanceof JsonNumber n) {
      span(sb, "num", n.literal());
    } else if (value instanceof JsonBoolean b) {
      span(sb, "lit", String.valueOf(b.value()));
    } else {
      span(sb, "lit", "null");
    }
  }

  private static String quoted(String s) {
    return JsonWriter.compact(new JsonString(s));
  }

  private static void span(StringBuilder sb, String kind, String text) {
    sb.append("<span class=\"tok-").append(kind).append("\">").append(Escape.html(text)).append("</span>");
  }

  private static void newline(StringBuilder sb, int level) {
    sb.append('\n').append("  ".repeat(level));
  }
}
