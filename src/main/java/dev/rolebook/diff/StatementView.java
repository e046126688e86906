package dev.rolebook.diff;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A statement as IAM evaluates it, with where it was written: effect, principals, action and
 * resource patterns (or their Not forms), conditions. Orders, one-element arrays and the case of
 * action names are gone; what is left compares equal exactly when IAM would treat two statements
 * alike.
 */
record StatementView(String unit, SourceFile file, Statement statement, boolean allow, Set<String> principals,
    Set<String> actions, Set<String> notActions, boolean hasNotAction,
    Set<String> resources, Set<String> notResources, boolean hasNotResource, Conditions conditions,
    Map<String, String> spelling) {

  static StatementView of(String unit, SourceFile file, Statement s) {
    Set<String> actions = lower(s.action());
    Set<String> notActions = lower(s.notAction());
    Map<String, String> spelling = new TreeMap<>();
    s.action().ifPresent(v -> v.items().forEach(i -> spelling.putIfAbsent(Patterns.action(i), i)));
    s.notAction().ifPresent(v -> v.items().forEach(i -> spelling.putIfAbsent(Patterns.action(i), i)));
    Set<String> resources = new TreeSet<>(s.resource().map(Values::items).orElse(List.of()));
    Set<String> notResources = new TreeSet<>(s.notResource().map(Values::items).orElse(List.of()));
    return new StatementView(unit, file, s, !s.effect().orElse("Allow").equals("Deny"), principals(s),
        actions, notActions, s.json().has("NotAction"), resources, notResources, s.json().has("NotResource"),
        s.condition().map(Conditions::of).orElse(Conditions.NONE), Map.copyOf(spelling));
  }

  /** An action pattern as the author wrote it (they are kept in lower case for comparing). */
  String spelled(String action) {
    return spelling.getOrDefault(action, action);
  }

  private static Set<String> lower(Optional<Values> v) {
    Set<String> out = new TreeSet<>();
    v.ifPresent(values -> values.items().forEach(i -> out.add(Patterns.action(i))));
    return out;
  }

  /** "AWS:arn:…", "Service:cloudformation.amazonaws.com", "*"; NotPrincipal kept whole. */
  private static Set<String> principals(Statement s) {
    Set<String> out = new TreeSet<>();
    s.principal().ifPresent(p -> {
      if (p instanceof JsonString str) {
        out.add(str.value());
      } else if (p instanceof JsonObject o) {
        for (Member type : o.members()) {
          Values.of(type.value()).ifPresent(v -> v.items().forEach(i -> out.add(type.key() + ":" + i)));
        }
      }
    });
    s.json().get("NotPrincipal").ifPresent(np -> out.add("NotPrincipal:" + JsonWriter.canonical(np)));
    return out;
  }

  String label() {
    return statement.label();
  }

  Optional<String> sid() {
    return statement.sid();
  }

  boolean trust() {
    return !principals.isEmpty();
  }

  String effect() {
    return allow ? "Allow" : "Deny";
  }

  /** The statement's permission content, Sid left out: equal for statements IAM treats alike. */
  String content() {
    return effect() + "|" + principals + "|" + actions + "|" + hasNotAction + notActions + "|" + resources + "|"
        + hasNotResource + notResources + "|" + conditions + "|" + unknownElements();
  }

  /** Elements other than the ones IAM defines for statements, so a typo still tells statements apart. */
  private String unknownElements() {
    List<String> out = new ArrayList<>();
    for (Member m : statement.json().members()) {
      if (!Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource",
          "Condition").contains(m.key())) {
        out.add(m.key() + "=" + JsonWriter.canonical(m.value()));
      }
    }
    return out.toString();
  }

  /** Values shared with another statement (actions, resources, principals), for pairing statements without a Sid. */
  int shared(StatementView o) {
    int n = 0;
    for (String a : actions) {
      n += o.actions.contains(a) ? 1 : 0;
    }
    for (String r : resources) {
      n += o.resources.contains(r) ? 1 : 0;
    }
    for (String p : principals) {
      n += o.principals.contains(p) ? 1 : 0;
    }
    return n;
  }

  int size() {
    return actions.size() + resources.size() + principals.size() + notActions.size() + notResources.size();
  }

  /** Where an element (or, when absent, the statement) starts in its file. */
  Where at(String element) {
    String pointer = statement.pointer(element);
    var p = statement.json().has(element) ? file.keyPosition(pointer) : file.position(statement.pointer());
    return new Where(file.path(), p.line(), p.column());
  }

  /** Where one value of a list element (Action, Resource…) is written, matching case-insensitively for actions. */
  Where atValue(String element, String value) {
    Optional<JsonValue> v = statement.json().get(element);
    if (v.isPresent() && v.get() instanceof JsonValue.JsonArray a) {
      for (int i = 0; i < a.elements().size(); i++) {
        if (a.elements().get(i) instanceof JsonString s && s.value().equalsIgnoreCase(value)) {
          var p = file.position(SourceFile.child(statement.pointer(element), i));
          return new Where(file.path(), p.line(), p.column());
        }
      }
    }
    return at(element);
  }

  Where at() {
    var p = file.position(statement.pointer());
    return new Where(file.path(), p.line(), p.column());
  }
}
