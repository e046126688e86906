package dev.rolebook.cloudformation;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the intrinsic functions a bootstrap template's policies and conditions use, for given
 * parameter values: {@code Ref}, {@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Split}, {@code
 * Fn::Select}, {@code Fn::If}, {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code
 * Fn::Or} and condition references. {@code Ref AWS::NoValue} drops the element or member it stands
 * for, as CloudFormation does. A {@code Ref} to a resource evaluates to {@link #resourceRef}; what
 * only a deployment knows ({@code Fn::GetAtt}, imports) cannot be evaluated.
 */
public final class Intrinsics {
  /** Pseudo parameters CloudFormation defines. */
  public static final Set<String> PSEUDO = Set.of("AWS::AccountId", "AWS::Region", "AWS::Partition",
      "AWS::URLSuffix", "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs", "AWS::NoValue");

  private static final JsonValue NO_VALUE = new JsonObject(List.of(new Member("Ref", new JsonString("AWS::NoValue"))));

  private final Map<String, JsonValue> values;
  private final JsonObject conditions;
  private final Set<String> resources;
  private final Map<String, Boolean> evaluated = new HashMap<>();
  private final Set<String> evaluating = new HashSet<>();

  /** Thrown when a value cannot be evaluated; the message says what and why. */
  public static final class Unresolvable extends Exception {
    Unresolvable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * @param values parameter and pseudo-parameter values: a string, or an array of strings for a
   *     list parameter
   */
  public Intrinsics(TemplateFile template, Map<String, JsonValue> values) {
    this.values = Map.copyOf(values);
    this.conditions = template.section("Conditions");
    this.resources = new HashSet<>(template.section("Resources").keys());
  }

  /** What {@code Ref} to a resource evaluates to here: a marker naming the resource. */
  public static String resourceRef(String logicalId) {
    return "Ref(" + logicalId + ")";
  }

  /** {@code value} with every intrinsic function evaluated. */
  public JsonValue resolve(JsonValue value) throws Unresolvable {
    JsonValue out = eval(value);
    if (out == NO_VALUE) {
      throw new Unresolvable("the value is AWS::NoValue");
    }
    return out;
  }

  /** The truth of the named condition. */
  public boolean condition(String name) throws Unresolvable {
    Boolean known = evaluated.get(name);
    if (known != null) {
      return known;
    }
    JsonValue def = conditions.get(name).orElse(null);
    if (def == null) {
      throw new Unresolvable("condition '" + name + "' is not defined in Conditions");
    }
    if (!evaluating.add(name)) {
      throw new Unresolvable("condition '" + name + "' refers to itself");
    }
    boolean result = bool(eval(def), "condition '" + name + "'");
    evaluating.remove(name);
    evaluated.put(name, result);
    return result;
  }

  private JsonValue eval(JsonValue value) throws Unresolvable {
    if (value instanceof JsonArray a) {
      List<JsonValue> out = new ArrayList<>();
      for (JsonValue e : a.elements()) {
        JsonValue r = eval(e);
        if (r != NO_VALUE) {
          out.add(r);
        }
      }
      return new JsonArray(out);
    }
    if (!(value instanceof JsonObject o)) {
      return value;
    }
    if (o.members().size() == 1) {
      Member m = o.members().get(0);
      switch (m.key()) {
        case "Ref":
          return ref(text(m.value(), "Ref"));
        case "Condition":
          if (m.value() instanceof JsonString s) {
            return new JsonBoolean(condition(s.value()));
          }
          break;
        case "Fn::Sub":
          return sub(m.value());
        case "Fn::Join":
          return join(m.value());
        case "Fn::Split": {
          List<JsonValue> args = args(m.value(), 2, "Fn::Split");
          String delimiter = text(args.get(0), "Fn::Split delimiter");
          String source = text(eval(args.get(1)), "Fn::Split source");
          List<JsonValue> out = new ArrayList<>();
          for (String part : source.split(java.util.regex.Pattern.quote(delimiter), -1)) {
            out.add(new JsonString(part));
          }
          return new JsonArray(out);
        }
        case "Fn::Select": {
          List<JsonValue> args = args(m.value(), 2, "Fn::Select");
          JsonValue index = eval(args.get(0));
          int i;
          try {
            i = Integer.parseInt(index instanceof JsonNumber n ? n.literal() : text(index, "Fn::Select index"));
          } catch (NumberFormatException e) {
            throw new Unresolvable("Fn::Select index is not a number");
          }
          List<JsonValue> list = list(eval(args.get(1)), "Fn::Select list");
          if (i < 0 || i >= list.size()) {
            throw new Unresolvable("Fn::Select index " + i + " is outside a list of " + list.size());
          }
          return list.get(i);
        }
        case "Fn::If": {
          List<JsonValue> args = args(m.value(), 3, "Fn::If");
          return condition(text(args.get(0), "Fn::If condition")) ? eval(args.get(1)) : eval(args.get(2));
        }
        case "Fn::Equals": {
          List<JsonValue> args = args(m.value(), 2, "Fn::Equals");
          return new JsonBoolean(scalar(eval(args.get(0))).equals(scalar(eval(args.get(1)))));
        }
        case "Fn::Not":
          return new JsonBoolean(!bool(eval(args(m.value(), 1, "Fn::Not").get(0)), "Fn::Not"));
        case "Fn::And":
        case "Fn::Or": {
          boolean and = m.key().equals("Fn::And");
          boolean result = and;
          for (JsonValue a : list(m.value(), m.key())) {
            boolean b = bool(eval(a), m.key());
            result = and ? result && b : result || b;
          }
          return new JsonBoolean(result);
        }
        default:
          if (m.key().startsWith("Fn::")) {
            throw new Unresolvable(m.key() + " cannot be evaluated before deployment");
          }
      }
    }
    List<Member> out = new ArrayList<>();
    for (Member m : o.members()) {
      JsonValue r = eval(m.value());
      if (r != NO_VALUE) {
        out.add(new Member(m.key(), r));
      }
    }
    return new JsonObject(out);
  }

  private JsonValue ref(String name) throws Unresolvable {
    if (name.equals("AWS::NoValue")) {
      return NO_VALUE;
    }
    JsonValue v = values.get(name);
    if (v != null) {
      return v;
    }
    if (resources.contains(name)) {
      return new JsonString(resourceRef(name));
    }
    throw new Unresolvable("'" + name + "' is neither a parameter with a value here, a pseudo parameter nor a resource");
  }

  private JsonValue sub(JsonValue arg) throws Unresolvable {
    String text;
    Map<String, String> variables = new HashMap<>();
    if (arg instanceof JsonString s) {
      text = s.value();
    } else {
      List<JsonValue> args = args(arg, 2, "Fn::Sub");
      text = text(args.get(0), "Fn::Sub string");
      if (!(args.get(1) instanceof JsonObject vars)) {
        throw new Unresolvable("Fn::Sub variables must be a mapping");
      }
      for (Member m : vars.members()) {
        variables.put(m.key(), text(eval(m.value()), "Fn::Sub variable " + m.key()));
      }
    }
    List<SubText.Piece> pieces;
    try {
      pieces = SubText.pieces(text);
    } catch (SubText.Unclosed e) {
      throw new Unresolvable("Fn::Sub string: " + e.getMessage());
    }
    StringBuilder sb = new StringBuilder();
    for (SubText.Piece p : pieces) {
      if (p.literal()) {
        sb.append(p.text());
      } else if (variables.containsKey(p.name())) {
        sb.append(variables.get(p.name()));
      } else if (p.name().contains(".") && resources.contains(p.name().substring(0, p.name().indexOf('.')))) {
        throw new Unresolvable("${" + p.name() + "} is a resource attribute, known only after deployment");
      } else {
        sb.append(text(ref(p.name()), "${" + p.name() + "}"));
      }
    }
    return new JsonString(sb.toString());
  }

  private JsonValue join(JsonValue arg) throws Unresolvable {
    List<JsonValue> args = args(arg, 2, "Fn::Join");
    String delimiter = text(args.get(0), "Fn::Join delimiter");
    List<String> parts = new ArrayList<>();
    for (JsonValue v : list(eval(args.get(1)), "Fn::Join list")) {
      parts.add(text(v, "Fn::Join element"));
    }
    return new JsonString(String.join(delimiter, parts));
  }

  private static List<JsonValue> args(JsonValue v, int n, String what) throws Unresolvable {
    List<JsonValue> list = list(v, what);
    if (list.size() != n) {
      throw new Unresolvable(what + " takes " + n + " arguments, got " + list.size());
    }
    return list;
  }

  private static List<JsonValue> list(JsonValue v, String what) throws Unresolvable {
    if (v instanceof JsonArray a) {
      return a.elements();
    }
    throw new Unresolvable(what + " must be a list, got " + v.typeName());
  }

  private static String text(JsonValue v, String what) throws Unresolvable {
    if (v instanceof JsonString s) {
      return s.value();
    }
    if (v instanceof JsonNumber n) {
      return n.literal();
    }
    throw new Unresolvable(what + " must be a string, got " + v.typeName());
  }

  private static String scalar(JsonValue v) throws Unresolvable {
    if (v instanceof JsonBoolean b) {
      return Boolean.toString(b.value());
    }
    return text(v, "Fn::Equals argument");
  }

  private static boolean bool(JsonValue v, String what) throws Unresolvable {
    if (v instanceof JsonBoolean b) {
      return b.value();
    }
    throw new Unresolvable(what + " must be true or false, got " + v.typeName());
  }
}
