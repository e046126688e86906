package dev.rolebook.substitute;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Manifest.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces deployment-parameter placeholders inside the string values of a policy tree — never in
 * keys, never as a text replace over the file — so a value can't change a document's structure.
 *
 * <p>A "token" parameter is replaced where its placeholder stands as a whole token: the characters
 * on either side are not letters, digits or '_' ({@code cdk-hnb659fds-assets-*} holds the token
 * {@code hnb659fds}; {@code backgroundagent-*} does not hold {@code backgroundagent-dev}). An
 * "arn-partition" parameter is replaced only as the second field of a string starting with
 * {@code arn:}.
 */
public final class Substitution {
  private final List<Parameter> parameters;
  private final Map<String, String> values;

  /** Use {@link ParameterValues#validate} to get one from user input; this does not validate. */
  Substitution(List<Parameter> parameters, Map<String, String> values) {
    this.parameters = List.copyOf(parameters);
    this.values = Map.copyOf(values);
  }

  /** Values for measuring only: each parameter at its worst case (longest) value. */
  public static Substitution worstCase(List<Parameter> parameters) {
    Map<String, String> values = new java.util.HashMap<>();
    parameters.forEach(p -> values.put(p.name(), p.worstCaseValue()));
    return new Substitution(parameters, values);
  }

  /** The values in effect, by parameter name; parameters without a value stay as placeholders. */
  public Map<String, String> values() {
    return values;
  }

  public JsonValue apply(JsonValue value) {
    if (value instanceof JsonString s) {
      return new JsonString(apply(s.value()));
    }
    if (value instanceof JsonArray a) {
      List<JsonValue> out = new ArrayList<>(a.elements().size());
      a.elements().forEach(e -> out.add(apply(e)));
      return new JsonArray(out);
    }
    if (value instanceof JsonObject o) {
      List<Member> out = new ArrayList<>(o.members().size());
      o.members().forEach(m -> out.add(new Member(m.key(), apply(m.value()))));
      return new JsonObject(out);
    }
    return value;
  }

  /** Substitutes inside one string (also used for role names and commands). */
  public String apply(String text) {
    String out = text;
    for (Parameter p : parameters) {
      String v = values.get(p.name());
      if (v == null || v.equals(p.placeholder())) {
        continue;
      }
      out = Parameter.IN_ARN_PARTITION.equals(p.in()) ? partition(out, p.placeholder(), v) : token(out, p.placeholder(), v);
    }
    return out;
  }

  private static String partition(String text, String placeholder, String value) {
    String prefix = "arn:" + placeholder + ":";
    return text.startsWith(prefix) ? "arn:" + value + ":" + text.substring(prefix.length()) : text;
  }

  static String token(String text, String placeholder, String value) {
    StringBuilder sb = new StringBuilder();
    int from = 0;
    while (true) {
      int at = text.indexOf(placeholder, from);
      if (at < 0) {
        break;
      }
      int end = at + placeholder.length();
      boolean whole = (at == 0 || !word(text.charAt(at - 1))) && (end == text.length() || !word(text.charAt(end)));
      sb.append(text, from, at).append(whole ? value : placeholder);
      from = end;
    }
    return sb.append(text.substring(from)).toString();
  }

  private static boolean word(char c) {
    return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }
}
