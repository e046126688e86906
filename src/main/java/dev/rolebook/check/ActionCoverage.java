package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.rolebook.report.Code;

/**
 * Actions a wildcard action already grants (LINT005): {@code lambda:Get*} covers
 * {@code lambda:GetFunction}, in the same statement or in another statement with the same effect,
 * resources and conditions. Exact repeats are LINT001's.
 */
final class ActionCoverage {
  private ActionCoverage() {}

  /** One action as written; {@code lower} for comparing, as action names are case-insensitive. */
  private record Entry(Statement statement, String scope, String action, String lower, String pointer) {}

  static void check(PolicyDocument doc, Findings out) {
    List<Entry> entries = new ArrayList<>();
    for (Statement st : doc.statements()) {
      st.action().ifPresent(values -> add(st, values, entries));
    }
    // Only actions with the same scope can cover each other: compare within a scope, in order.
    Map<String, List<Entry>> byScope = new HashMap<>();
    for (Entry e : entries) {
      byScope.computeIfAbsent(e.scope(), k -> new ArrayList<>()).add(e);
    }
    for (Entry narrow : entries) {
      for (Entry wide : byScope.get(narrow.scope())) {
        if (wide == narrow) {
          continue;
        }
        String w = wide.lower();
        String n = narrow.lower();
        if (!w.equals(n) && Glob.covers(w, n)) {
          boolean same = wide.statement() == narrow.statement();
          out.about(narrow.statement(), narrow.pointer(), Code.LINT005, narrow.action(),
              "action '" + narrow.action() + "' in statement " + narrow.statement().label() + " is already granted by '"
                  + wide.action() + "'" + (same ? "" : " in statement " + wide.statement().label() + " on the same resources"),
              "remove '" + narrow.action() + "'; or, if only it is meant, narrow '" + wide.action() + "'");
          break;
        }
      }
    }
  }

  private static void add(Statement st, Values values, List<Entry> entries) {
    JsonValue.JsonObject rest = new JsonValue.JsonObject(
        st.json().members().stream().filter(m -> !m.key().equals("Sid") && !m.key().equals("Action")).toList());
    String scope = JsonWriter.canonical(rest);
    for (int i = 0; i < values.items().size(); i++) {
      String pointer = values.writtenAsArray() ? SourceFile.child(st.pointer("Action"), i) : st.pointer("Action");
      String action = values.items().get(i);
      entries.add(new Entry(st, scope, action, action.toLowerCase(Locale.ROOT), pointer));
    }
  }
}
