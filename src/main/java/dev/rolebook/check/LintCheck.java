package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.ResourceReason;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Legal IAM that is probably a mistake, and wildcard resources the manifest does not explain. */
final class LintCheck {
  private LintCheck() {}

  /** Checks one document; {@code owner} is the policy or variant name reasons refer to. */
  static void check(PolicyDocument doc, String owner, Manifest manifest, boolean trust, Findings out) {
    Map<String, String> grantedBy = new HashMap<>();
    for (Statement st : doc.statements()) {
      repeatedActions(st, grantedBy, out);
      coveredResources(st, out);
      if (!trust) {
        wildcardReason(st, owner, manifest, out);
      }
    }
  }

  private static void repeatedActions(Statement st, Map<String, String> grantedBy, Findings out) {
    Optional<Values> actions = st.action().or(st::notAction);
    if (actions.isEmpty()) {
      return;
    }
    String key = st.json().has("Action") ? "Action" : "NotAction";
    // Two statements grant "the same thing" when everything but Sid and the action list agrees.
    String scope = key + "|" + JsonValueKey.of(st.json(), "Sid", "Action", "NotAction");
    Map<String, Integer> inStatement = new HashMap<>();
    for (int i = 0; i < actions.get().items().size(); i++) {
      String action = actions.get().items().get(i);
      String normal = action.toLowerCase(Locale.ROOT); // IAM action names are case-insensitive.
      String pointer = actions.get().writtenAsArray() ? SourceFile.child(st.pointer(key), i) : st.pointer(key);
      Integer first = inStatement.putIfAbsent(normal, i);
      if (first != null) {
        out.about(st, pointer, Code.LINT001, action, "action '" + action + "' is listed twice in statement " + st.label(), "remove the second one");
        continue;
      }
      String earlier = grantedBy.putIfAbsent(scope + "|" + normal, st.label());
      if (earlier != null) {
        out.about(st, pointer, Code.LINT001, action,
            "action '" + action + "' in statement " + st.label() + " is already granted by statement " + earlier + " on the same resources",
            "remove it from one of the two statements");
      }
    }
  }

  private static void coveredResources(Statement st, Findings out) {
    for (String key : List.of("Resource", "NotResource")) {
      Optional<Values> values = st.json().get(key).flatMap(Values::of);
      if (values.isEmpty()) {
        continue;
      }
      List<String> items = values.get().items();
      for (int i = 0; i < items.size(); i++) {
        for (int j = 0; j < items.size(); j++) {
          if (i != j && !items.get(i).equals(items.get(j)) && Glob.covers(items.get(j), items.get(i))) {
            String pointer = values.get().writtenAsArray() ? SourceFile.child(st.pointer(key), i) : st.pointer(key);
            out.about(st, pointer, Code.LINT002, items.get(i),
                "resource '" + items.get(i) + "' in statement " + st.label() + " is already covered by '" + items.get(j) + "'",
                "remove the narrower pattern; it grants nothing the wider one does not");
            break;
          }
        }
      }
    }
  }

  private static void wildcardReason(Statement st, String owner, Manifest manifest, Findings out) {
    Optional<String> sid = st.sid();
    Optional<ResourceReason> reason = sid.flatMap(s -> manifest.reason(owner, s));
    if (st.wildcardResource() && reason.isEmpty()) {
      String key = st.json().has("NotResource") ? "NotResource" : "Resource";
      // A Deny on every resource takes nothing away from what it should not, but the guide's
      // constraints table lists it all the same, so it needs a reason too; only the wording differs.
      boolean deny = st.effect().equals(Optional.of("Deny"));
      String what = key.equals("Resource")
          ? (deny ? "denies its actions on Resource \"*\"" : "grants Resource \"*\"")
          : (deny ? "denies its actions on every resource outside NotResource" : "grants NotResource");
      out.at(st.pointer(key), Code.LINT003,
          "statement " + st.label() + " of '" + owner + "' " + what + " with no reason in the manifest",
          sid.isPresent()
              ? "add {\"policy\": \"" + owner + "\", \"sid\": \"" + sid.get() + "\", \"service\": …, \"reason\": …} to resourceReasons in policies/rolebook.json, or scope the resource"
              : "give the statement a Sid, then explain it in resourceReasons in policies/rolebook.json");
    }
  }

  /** Reasons naming a Sid that is missing, or a statement that has no wildcard resource. */
  static void staleReasons(Manifest manifest, Map<String, PolicyDocument> byOwner, Findings out) {
    for (ResourceReason r : manifest.reasons()) {
      PolicyDocument doc = byOwner.get(r.policy());
      if (doc == null) {
        continue; // unknown owner: reported by the loader; failed document: reported by its parse
      }
      Optional<Statement> st = doc.statements().stream().filter(s -> s.sid().equals(Optional.of(r.sid()))).findFirst();
      if (st.isEmpty()) {
        out.at(SourceFile.child(r.pointer(), "sid"), Code.MAN004,
            "unknown statement '" + r.sid() + "' in '" + r.policy() + "'",
            "Sids in " + doc.path() + ": " + String.join(", ", doc.statements().stream().map(Statement::label).toList()));
      } else if (!st.get().wildcardResource()) {
        out.at(r.pointer(), Code.LINT004,
            "resourceReasons explains statement " + r.sid() + " of '" + r.policy() + "', which has no wildcard resource",
            "remove the entry; the guide's constraints table lists only statements granting \"*\"");
      }
    }
  }

  /** A comparison key for a statement with some elements left out. */
  private static final class JsonValueKey {
    static String of(JsonValue.JsonObject json, String... without) {
      JsonValue.JsonObject rest = new JsonValue.JsonObject(
          json.members().stream().filter(m -> !List.of(without).contains(m.key())).toList());
      return dev.rolebook.model.JsonWriter.canonical(rest);
    }
  }
}
