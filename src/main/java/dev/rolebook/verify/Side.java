package dev.rolebook.verify;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison: a document's top level and its statements, each statement with the
 * locator of the file it was written in (a combined document takes statements from two files).
 *
 * @param name what the side shows, for messages: a policy name, "IaCRole-ABCA-Application + ecs"
 */
public record Side(String name, JsonObject root, Locator rootLocator, List<Located> statements) {
  public Side {
    statements = List.copyOf(statements);
  }

  /** A statement object with its pointer in its own file and that file's locator. */
  public record Located(JsonObject json, String pointer, Locator locator, int index) {
    public String sid() {
      return new Statement(pointer, json).sid().orElse("");
    }

    /** Sid, else "#n" counted from 1 in the document shown. */
    public String label() {
      String sid = sid();
      return sid.isEmpty() ? "#" + (index + 1) : sid;
    }

    Facts facts() {
      return Facts.ofStatement(json, pointer);
    }
  }

  /** A whole document from one file. */
  public static Side of(String name, JsonValue root, Locator locator) {
    JsonObject object = root instanceof JsonObject o ? o : new JsonObject(List.of());
    List<Located> out = new ArrayList<>();
    for (Statement s : PolicyDocument.statementsOf(root)) {
      out.add(new Located(s.json(), s.pointer(), locator, out.size()));
    }
    return new Side(name, object, locator, out);
  }

  /** This side followed by the statements of {@code extra}, as IAM receives a combined policy. */
  public Side plus(Side extra) {
    List<Located> out = new ArrayList<>(statements);
    for (Located s : extra.statements) {
      out.add(new Located(s.json(), s.pointer(), s.locator(), out.size()));
    }
    return new Side(name + " + " + extra.name, root, rootLocator, out);
  }

  /** Sid values of the statements that have one. */
  public List<String> sids() {
    return statements.stream().map(Located::sid).filter(s -> !s.isEmpty()).toList();
  }
}
