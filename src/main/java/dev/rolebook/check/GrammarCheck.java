package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Code;
import dev.rolebook.report.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The IAM policy grammar (IAM User Guide, "IAM JSON policy element reference"): top-level and
 * statement elements, Effect, Action/NotAction, Resource/NotResource, Principal, Sid and Condition.
 */
final class GrammarCheck {
  private static final Set<String> TOP = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT =
      Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");
  /** service:Action with IAM's wildcards, or "*" alone. Service prefixes are lower case. */
  private static final Pattern ACTION = Pattern.compile("\\*|[a-z0-9-]+:[A-Za-z0-9*?]+");
  /** Sid: ASCII letters and digits only (IAM rejects anything else in identity policies). */
  private static final Pattern SID = Pattern.compile("[A-Za-z0-9]*");
  /**
   * arn:partition:service:region:account:resource. Region and account may be empty (S3, IAM),
   * a wildcard, or a placeholder in capitals (REGION, ACCOUNT_ID).
   */
  private static final Pattern ARN =
      Pattern.compile("arn:(aws[a-z-]*|\\*):([a-z0-9-]+|\\*):([A-Za-z0-9_*?-]*):([A-Za-z0-9_*?-]*):(.+)");
  private static final Set<String> PRINCIPAL_KEYS = Set.of("AWS", "Service", "Federated", "CanonicalUser");

  private GrammarCheck() {}

  /** Checks {@code doc}; {@code trust} selects the trust-policy rules (Principal required, no Resource). */
  static void check(PolicyDocument doc, boolean trust, Findings out) {
    if (!(doc.root() instanceof JsonObject root)) {
      out.at("", Code.IAM019, "a policy must be a JSON object, found " + doc.root().typeName(), "wrap it: {\"Version\": \"2012-10-17\", \"Statement\": [...]}");
      return;
    }
    for (Member m : root.members()) {
      if (!TOP.contains(m.key())) {
        out.atKey("/" + m.key(), Code.IAM019, "unknown top-level element '" + m.key() + "'", hintFor(m.key(), TOP));
      }
    }
    version(root, out);
    Optional<JsonValue> statement = root.get("Statement");
    if (statement.isEmpty()) {
      out.at("", Code.IAM011, "policy has no Statement", "add \"Statement\": [ { \"Effect\": \"Allow\", … } ]");
      return;
    }
    JsonValue s = statement.get();
    if (s instanceof JsonArray a) {
      if (a.elements().isEmpty()) {
        out.at("/Statement", Code.IAM011, "Statement is an empty array", "a policy needs at least one statement");
      }
      for (int i = 0; i < a.elements().size(); i++) {
        if (!(a.elements().get(i) instanceof JsonObject)) {
          out.at("/Statement/" + i, Code.IAM011, "Statement[" + i + "] must be an object, found " + a.elements().get(i).typeName(), "");
        }
      }
    } else if (!(s instanceof JsonObject)) {
      out.at("/Statement", Code.IAM011, "Statement must be an object or an array of objects, found " + describe(s), "");
    }
    Map<String, String> sids = new HashMap<>();
    for (Statement st : doc.statements()) {
      statement(st, trust, sids, out);
    }
  }

  private static void version(JsonObject root, Findings out) {
    Optional<JsonValue> v = root.get("Version");
    if (v.isEmpty()) {
      out.list().add(
          dev.rolebook.report.Diagnostic.of(Code.IAM010, out.file().path(), out.file().position(""),
              "policy has no Version; IAM then reads it as 2008-10-17, which disables policy variables",
              "add \"Version\": \"2012-10-17\"").withSeverity(Severity.WARNING));
    } else if (!(v.get() instanceof JsonString s)) {
      out.at("/Version", Code.IAM010, "Version must be a string, found " + describe(v.get()), "use \"2012-10-17\"");
    } else if (s.value().equals("2008-10-17")) {
      out.list().add(
          dev.rolebook.report.Diagnostic.of(Code.IAM010, out.file().path(), out.file().position("/Version"),
              "Version '2008-10-17' disables policy variables such as ${aws:username}",
              "use \"2012-10-17\"").withSeverity(Severity.WARNING));
    } else if (!s.value().equals("2012-10-17")) {
      out.at("/Version", Code.IAM010, "Version '" + s.value() + "' is not a policy language version", "use \"2012-10-17\" (it is a fixed date, not today's)");
    }
  }

  private static void statement(Statement st, boolean trust, Map<String, String> sids, Findings out) {
    JsonObject json = st.json();
    String name = "statement " + st.label();
    for (Member m : json.members()) {
      if (!STATEMENT.contains(m.key())) {
        out.atKey(st.pointer(m.key()), Code.IAM019, "unknown element '" + m.key() + "' in " + name, hintFor(m.key(), STATEMENT));
      }
    }
    json.get("Sid").ifPresent(v -> sid(st, v, sids, out));
    effect(st, out);
    exactlyOne(st, "Action", "NotAction", Code.IAM013, true, out);
    for (String key : List.of("Action", "NotAction")) {
      json.get(key).flatMap(dev.rolebook.model.Values::of).ifPresent(values -> {
        for (int i = 0; i < values.items().size(); i++) {
          String a = values.items().get(i);
          if (!ACTION.matcher(a).matches()) {
            out.at(element(st, key, values.writtenAsArray(), i), Code.IAM013,
                "action '" + a + "' in " + name + " is not service:Action",
                a.contains(":") ? "service prefixes are lower case letters, digits and '-'; actions are letters, digits, '*' and '?'" : "write it as service:Action, e.g. s3:GetObject");
          }
        }
      });
    }
    if (trust) {
      for (String key : List.of("Resource", "NotResource")) {
        if (json.has(key)) {
          out.atKey(st.pointer(key), Code.IAM014, key + " is not allowed in a trust policy (" + name + ")", "remove it; the role itself is the resource");
        }
      }
      exactlyOne(st, "Principal", "NotPrincipal", Code.IAM015, false, out);
    } else {
      exactlyOne(st, "Resource", "NotResource", Code.IAM014, true, out);
      for (String key : List.of("Principal", "NotPrincipal")) {
        if (json.has(key)) {
          out.atKey(st.pointer(key), Code.IAM015, key + " is not allowed in an identity policy (" + name + ")",
              "Principal belongs in trust and resource policies; remove it");
        }
      }
    }
    for (String key : List.of("Resource", "NotResource")) {
      json.get(key).flatMap(dev.rolebook.model.Values::of).ifPresent(values -> {
        for (int i = 0; i < values.items().size(); i++) {
          String r = values.items().get(i);
          if (!r.equals("*") && !ARN.matcher(r).matches()) {
            out.at(element(st, key, values.writtenAsArray(), i), Code.IAM017,
                "resource '" + r + "' in " + name + " is not an ARN",
                "expected arn:partition:service:region:account:resource, or \"*\"");
          }
        }
      });
    }
    for (String key : List.of("Principal", "NotPrincipal")) {
      json.get(key).ifPresent(p -> principal(st, key, p, out));
    }
    json.get("Condition").ifPresent(c -> condition(st, c, out));
  }

  private static void sid(Statement st, JsonValue v, Map<String, String> sids, Findings out) {
    String pointer = st.pointer("Sid");
    if (!(v instanceof JsonString s)) {
      out.at(pointer, Code.IAM016, "Sid must be a string, found " + describe(v), "");
      return;
    }
    if (!SID.matcher(s.value()).matches()) {
      out.at(pointer, Code.IAM016, "Sid '" + s.value() + "' may hold only ASCII letters and digits",
          "try '" + s.value().replaceAll("[^A-Za-z0-9]", "") + "'");
    }
    String earlier = sids.putIfAbsent(s.value(), pointer);
    if (earlier != null) {
      out.at(pointer, Code.IAM016, "Sid '" + s.value() + "' is used twice (first at line " + out.file().position(earlier).line() + ")",
          "Sids must be unique within a policy; rename one");
    }
  }

  private static void effect(Statement st, Findings out) {
    Optional<JsonValue> e = st.json().get("Effect");
    if (e.isEmpty()) {
      out.at(st.pointer(), Code.IAM012, "statement " + st.label() + " has no Effect", "add \"Effect\": \"Allow\" or \"Deny\"");
    } else if (!(e.get() instanceof JsonString s) || !(s.value().equals("Allow") || s.value().equals("Deny"))) {
      String shown = describe(e.get());
      String hint = "use \"Allow\" or \"Deny\" (case matters)";
      if (e.get() instanceof JsonString s2) {
        String lower = s2.value().toLowerCase(Locale.ROOT);
        if (lower.equals("allow") || lower.equals("deny")) {
          hint = "IAM is case-sensitive here: write \"" + (lower.equals("allow") ? "Allow" : "Deny") + "\"";
        }
      }
      out.at(st.pointer("Effect"), Code.IAM012, "Effect " + shown + " in statement " + st.label() + " is not Allow or Deny", hint);
    }
  }

  /** Exactly one of {@code a} and {@code b}, as a non-empty string or array of strings. */
  private static void exactlyOne(Statement st, String a, String b, Code code, boolean stringsOnly, Findings out) {
    boolean hasA = st.json().has(a);
    boolean hasB = st.json().has(b);
    String name = "statement " + st.label();
    if (hasA && hasB) {
      out.atKey(st.pointer(b), code, name + " has both " + a + " and " + b, "keep one of them");
    } else if (!hasA && !hasB) {
      out.at(st.pointer(), code, name + " has neither " + a + " nor " + b, "add \"" + a + "\"");
    }
    if (!stringsOnly) {
      return;
    }
    for (String key : List.of(a, b)) {
      st.json().get(key).ifPresent(v -> {
        if (dev.rolebook.model.Values.of(v).isEmpty()) {
          out.at(st.pointer(key), code, key + " in " + name + " must be a string or an array of strings, found " + describe(v), "");
        } else if (v instanceof JsonArray arr && arr.elements().isEmpty()) {
          out.at(st.pointer(key), code, key + " in " + name + " is an empty array", "list at least one value");
        }
      });
    }
  }

  private static void principal(Statement st, String key, JsonValue p, Findings out) {
    String pointer = st.pointer(key);
    if (p instanceof JsonString s) {
      if (!s.value().equals("*")) {
        out.at(pointer, Code.IAM015, key + " '" + s.value() + "' must be \"*\" or an object such as {\"Service\": \"…\"}", "");
      }
      return;
    }
    if (!(p instanceof JsonObject o)) {
      out.at(pointer, Code.IAM015, key + " must be \"*\" or an object, found " + describe(p), "");
      return;
    }
    for (Member m : o.members()) {
      String child = SourceFile.child(pointer, m.key());
      if (!PRINCIPAL_KEYS.contains(m.key())) {
        out.atKey(child, Code.IAM015, "unknown principal type '" + m.key() + "'", hintFor(m.key(), PRINCIPAL_KEYS));
      } else if (dev.rolebook.model.Values.of(m.value()).isEmpty()) {
        out.at(child, Code.IAM015, "principal " + m.key() + " must be a string or an array of strings, found " + describe(m.value()), "");
      }
    }
  }

  private static void condition(Statement st, JsonValue c, Findings out) {
    String pointer = st.pointer("Condition");
    if (!(c instanceof JsonObject ops)) {
      out.at(pointer, Code.IAM018, "Condition must be an object, found " + describe(c), "{\"StringEquals\": {\"aws:RequestedRegion\": \"us-east-1\"}}");
      return;
    }
    for (Member op : ops.members()) {
      String opPointer = SourceFile.child(pointer, op.key());
      if (!ConditionOperators.valid(op.key())) {
        out.atKey(opPointer, Code.IAM018, "unknown condition operator '" + op.key() + "'",
            ConditionOperators.suggestion(op.key()).map(s -> "did you mean '" + s + "'?").orElse("see IAM's condition operators, e.g. StringEquals, ArnLike, Bool"));
      }
      if (!(op.value() instanceof JsonObject keys)) {
        out.at(opPointer, Code.IAM018, "condition operator '" + op.key() + "' must map to an object of condition keys, found " + describe(op.value()), "");
        continue;
      }
      for (Member k : keys.members()) {
        String keyPointer = SourceFile.child(opPointer, k.key());
        if (!conditionValue(k.value(), true)) {
          out.at(keyPointer, Code.IAM018, "value of condition key '" + k.key() + "' must be a string, boolean, number or an array of them, found " + describe(k.value()), "");
        }
      }
    }
  }

  private static boolean conditionValue(JsonValue v, boolean arrayAllowed) {
    if (v instanceof JsonString || v instanceof JsonBoolean || v instanceof JsonNumber) {
      return true;
    }
    if (arrayAllowed && v instanceof JsonArray a) {
      return !a.elements().isEmpty() && a.elements().stream().allMatch(e -> conditionValue(e, false));
    }
    return false;
  }

  private static String element(Statement st, String key, boolean array, int i) {
    return array ? SourceFile.child(st.pointer(key), i) : st.pointer(key);
  }

  static String describe(JsonValue v) {
    if (v instanceof JsonString s) {
      return "'" + s.value() + "'";
    }
    if (v instanceof JsonNumber n) {
      return "number " + n.literal();
    }
    if (v instanceof JsonBoolean b) {
      return "boolean " + b.value();
    }
    return v.typeName();
  }

  /** "did you mean 'Action'?" for near misses by case or a trailing 's'; else lists the known names. */
  private static String hintFor(String key, Set<String> known) {
    String k = key.toLowerCase(Locale.ROOT);
    for (String candidate : new java.util.TreeSet<>(known)) {
      String c = candidate.toLowerCase(Locale.ROOT);
      if (c.equals(k) || (c + "s").equals(k) || c.equals(k + "s")) {
        return "did you mean '" + candidate + "'?";
      }
    }
    return "allowed: " + String.join(", ", new java.util.TreeSet<>(known));
  }
}
