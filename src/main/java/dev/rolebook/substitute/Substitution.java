package dev.rolebook.substitute;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.Manifest.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 *
 * <p>All placeholders are found in the original string and replaced in one pass, so a value that
 * happens to spell another parameter's placeholder (qualifier {@code REGION}) stays as given.
 */
public final class Substitution {
  private final List<Parameter> parameters;
  private final Map<String, String> values;
  /** Token parameters with a value, longest placeholder first so the longest match wins. */
  private final List<Parameter> tokens;
  private final Parameter partition;
  /** {@code arn:<partition placeholder>:}, the start of a string whose partition is replaced; null without one. */
  private final String partitionPrefix;
  /** List parameters' values (name → chosen values, in the order of the parameter's choices). */
  private final Map<String, List<String>> choices;

  /** Use {@link ParameterValues#validate} to get one from user input; this does not validate. */
  Substitution(List<Parameter> parameters, Map<String, String> values) {
    this(parameters, values, allChoices(parameters));
  }

  Substitution(List<Parameter> parameters, Map<String, String> values, Map<String, List<String>> choices) {
    this(parameters, values, choices, parameters.stream()
        .filter(p -> values.containsKey(p.name()) && !values.get(p.name()).equals(p.placeholder()))
        .toList());
  }

  private Substitution(List<Parameter> parameters, Map<String, String> values, Map<String, List<String>> choices,
      List<Parameter> replaced) {
    this.parameters = List.copyOf(parameters);
    this.values = Map.copyOf(values);
    Map<String, List<String>> copy = new java.util.TreeMap<>();
    choices.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.choices = java.util.Collections.unmodifiableMap(copy);
    List<Parameter> active = replaced.stream().filter(p -> !p.placeholder().isEmpty()).toList();
    this.tokens = active.stream()
        .filter(p -> !Parameter.IN_ARN_PARTITION.equals(p.in()))
        .sorted(Comparator.comparingInt((Parameter p) -> p.placeholder().length()).reversed())
        .toList();
    this.partition = active.stream().filter(p -> Parameter.IN_ARN_PARTITION.equals(p.in())).findFirst().orElse(null);
    this.partitionPrefix = partition == null ? null : "arn:" + partition.placeholder() + ":";
  }

  /**
   * Values for measuring only: each parameter at its worst case (longest) value, and every list
   * parameter holding all its choices (every optional policy attached).
   */
  public static Substitution worstCase(List<Parameter> parameters) {
    Map<String, String> values = new HashMap<>();
    parameters.stream().filter(p -> !p.isList()).forEach(p -> values.put(p.name(), p.worstCaseValue()));
    return new Substitution(parameters, values, allChoices(parameters));
  }

  /** Every list parameter holding all its choices. */
  static Map<String, List<String>> allChoices(List<Parameter> parameters) {
    Map<String, List<String>> all = new HashMap<>();
    parameters.stream().filter(Parameter::isList).forEach(p -> all.put(p.name(), p.choices()));
    return all;
  }

  /** The same string values with other list values (a combination of optional policies). */
  public Substitution withChoices(Map<String, List<String>> other) {
    return new Substitution(parameters, values, other);
  }

  /** The values chosen for each list parameter, by name (sorted by name). */
  public Map<String, List<String>> choices() {
    return choices;
  }

  /** The values chosen for list parameter {@code name}; empty when none. */
  public List<String> chosen(String name) {
    return choices.getOrDefault(name, List.of());
  }

  /** Whether {@code policy} is attached with these values: always, unless its {@code when} is unmet. */
  public boolean attaches(dev.rolebook.model.Manifest.PolicyEntry policy) {
    return policy.when().map(w -> chosen(w.parameter()).contains(w.includes())).orElse(true);
  }

  /**
   * Every parameter's placeholder found, none replaced: for callers that turn placeholders into
   * something other than a value (a CloudFormation {@code ${Qualifier}}) through {@link #parts}.
   */
  public static Substitution symbolic(List<Parameter> parameters) {
    Map<String, String> values = new HashMap<>();
    parameters.stream().filter(p -> !p.isList()).forEach(p -> values.put(p.name(), p.placeholder()));
    return new Substitution(parameters, values, Map.of(), parameters.stream().filter(p -> !p.isList()).toList());
  }

  /** A piece of a string: literal text, or a placeholder standing for {@code parameter}. */
  public record Part(String text, Parameter parameter) {
    public boolean literal() {
      return parameter == null;
    }
  }

  /**
   * {@code text} cut into literal text and the placeholders this substitution replaces, by the
   * same rules as {@link #apply(String)} (which joins the parts with each placeholder's value).
   */
  public List<Part> parts(String text) {
    List<Part> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    if (partitionPrefix != null && text.startsWith(partitionPrefix)) {
      out.add(new Part("arn:", null));
      out.add(new Part(partition.placeholder(), partition));
      i = 4 + partition.placeholder().length();
    }
    while (i < text.length()) {
      Parameter hit = tokenAt(text, i);
      if (hit == null) {
        literal.append(text.charAt(i++));
      } else {
        if (literal.length() > 0) {
          out.add(new Part(literal.toString(), null));
          literal.setLength(0);
        }
        out.add(new Part(hit.placeholder(), hit));
        i += hit.placeholder().length();
      }
    }
    if (literal.length() > 0) {
      out.add(new Part(literal.toString(), null));
    }
    return out;
  }

  /**
   * For matching only (the trail report): every placeholder becomes the IAM wildcard {@code *}, so
   * a role name or resource pattern written with placeholders matches whatever value a deployment
   * used. No list parameter holds a choice, so no optional policy {@linkplain #attaches attaches}:
   * what is granted only when chosen is not counted as granted. Never for published documents.
   */
  public static Substitution anyValue(List<Parameter> parameters) {
    Map<String, String> values = new HashMap<>();
    parameters.stream().filter(p -> !p.isList()).forEach(p -> values.put(p.name(), "*"));
    return new Substitution(parameters, values, Map.of());
  }

  /** The values in effect, by parameter name; parameters without a value stay as placeholders. */
  public Map<String, String> values() {
    return values;
  }

  /** The value in effect for {@code parameter}, else its placeholder (as written). */
  public String valueOf(Parameter parameter) {
    return values.getOrDefault(parameter.name(), parameter.placeholder());
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
    if (!mayHold(text)) {
      return text; // most strings (actions, operators) hold no placeholder: no scan, no copy
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (Part p : parts(text)) {
      sb.append(p.literal() ? p.text() : values.get(p.parameter().name()));
    }
    return sb.toString();
  }

  /** Whether {@code text} may hold a placeholder this substitution replaces (a quick test, before {@link #parts}). */
  private boolean mayHold(String text) {
    if (partitionPrefix != null && text.startsWith(partitionPrefix)) {
      return true;
    }
    for (Parameter p : tokens) {
      if (text.contains(p.placeholder())) {
        return true;
      }
    }
    return false;
  }

  private Parameter tokenAt(String text, int at) {
    if (at > 0 && word(text.charAt(at - 1))) {
      return null;
    }
    for (Parameter p : tokens) {
      String ph = p.placeholder();
      int end = at + ph.length();
      if (text.startsWith(ph, at) && (end == text.length() || !word(text.charAt(end)))) {
        return p;
      }
    }
    return null;
  }

  private static boolean word(char c) {
    return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }
}
