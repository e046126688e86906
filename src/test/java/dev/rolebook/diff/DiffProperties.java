package dev.rolebook.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.SourceFile;
import dev.rolebook.property.Policies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the permission diff over generated valid policies and edits of them. */
class DiffProperties {
  @Provide
  Arbitrary<JsonValue> policies() {
    return Policies.policies();
  }

  private static SourceFile file(String text) {
    return new StrictJson().parse("policies/p.json", text).file().orElseThrow(() -> new AssertionError(text));
  }

  private static List<Change> diff(JsonValue a, JsonValue b) {
    return SetDiffer.documents(ActionSpace.WRITTEN, "P", file(JsonWriter.pretty(a)), file(JsonWriter.pretty(b)));
  }

  @Property
  void aPolicyDiffedWithItselfHasNoChanges(@ForAll("policies") JsonValue policy) {
    assertEquals(List.of(), diff(policy, policy));
  }

  @Property
  void reformattingAndReorderingChangeNothing(@ForAll("policies") JsonValue policy, @ForAll long seed) {
    JsonValue reordered = reorder(policy, new Random(seed));
    List<Change> changes = SetDiffer.documents(ActionSpace.WRITTEN, "P", file(JsonWriter.pretty(policy)),
        file(JsonWriter.compact(reordered)));
    assertEquals(List.of(), changes);
  }

  @Property
  void wideningOneWayIsNarrowingTheOther(@ForAll("policies") JsonValue policy, @ForAll long seed) {
    JsonValue edited = edit(policy, new Random(seed));
    assertEquals(elements(diff(policy, edited), Direction.WIDENING), elements(diff(edited, policy), Direction.NARROWING));
    assertEquals(elements(diff(policy, edited), Direction.NARROWING), elements(diff(edited, policy), Direction.WIDENING));
  }

  @Property
  void wideningOneWayIsNarrowingTheOtherForUnrelatedPolicies(
      @ForAll("policies") JsonValue a, @ForAll("policies") JsonValue b) {
    assertEquals(elements(diff(a, b), Direction.WIDENING), elements(diff(b, a), Direction.NARROWING));
  }

  /** What a change is about, without the side-specific wording: element and the values it adds or removes. */
  private static Set<String> elements(List<Change> changes, Direction d) {
    Set<String> out = new TreeSet<>();
    for (Change c : changes) {
      if (c.direction() == d) {
        out.add(c.unit() + " " + c.element() + " " + c.values());
      }
    }
    return out;
  }

  /** Elements IAM reads as a string or a list of strings, where a one-element list may be written either way. */
  static final Set<String> LISTS = Set.of("Action", "NotAction", "Resource", "NotResource");

  /** Shuffles keys, statements and list values; writes one-element lists as strings and back. */
  static JsonValue reorder(JsonValue v, Random r) {
    return reorder(v, r, false);
  }

  private static JsonValue reorder(JsonValue v, Random r, boolean list) {
    if (v instanceof JsonObject o) {
      List<Member> members = new ArrayList<>();
      for (Member m : o.members()) {
        members.add(new Member(m.key(), reorder(m.value(), r, LISTS.contains(m.key()))));
      }
      Collections.shuffle(members, r);
      return new JsonObject(members);
    }
    if (v instanceof JsonArray a) {
      List<JsonValue> elements = new ArrayList<>();
      a.elements().forEach(e -> elements.add(reorder(e, r, false)));
      Collections.shuffle(elements, r);
      if (list && elements.size() == 1 && elements.get(0) instanceof JsonString && r.nextBoolean()) {
        return elements.get(0);
      }
      return new JsonArray(elements);
    }
    if (list && v instanceof JsonString s && r.nextBoolean()) {
      return new JsonArray(List.of(s));
    }
    return v;
  }

  /** One realistic edit: an action, resource, condition, Effect or Sid changed, or a statement dropped. */
  static JsonValue edit(JsonValue policy, Random r) {
    JsonObject root = (JsonObject) policy;
    List<JsonValue> statements = new ArrayList<>(((JsonArray) root.get("Statement").orElseThrow()).elements());
    int i = r.nextInt(statements.size());
    JsonObject s = (JsonObject) statements.get(i);
    JsonObject changed = switch (r.nextInt(7)) {
      case 0 -> s.with("Action", append(s.get("Action").orElseThrow(), "s3:PutObject"));
      case 1 -> s.with("Resource", append(s.get("Resource").orElseThrow(), "arn:aws:s3:::bucket/*"));
      case 2 -> s.with("Resource", new JsonString("*"));
      case 3 -> s.with("Effect", new JsonString(s.get("Effect").orElseThrow().equals(new JsonString("Allow")) ? "Deny" : "Allow"));
      case 4 -> s.with("Condition", new JsonObject(List.of(new Member("StringEquals",
          new JsonObject(List.of(new Member("aws:RequestedRegion", new JsonString("eu-west-1"))))))));
      case 5 -> s.with("Sid", new JsonString("Renamed" + i));
      default -> null;
    };
    if (changed == null) {
      if (statements.size() > 1) {
        statements.remove(i);
      }
    } else {
      statements.set(i, changed);
    }
    return root.with("Statement", new JsonArray(statements));
  }

  private static JsonValue append(JsonValue v, String value) {
    List<JsonValue> out = new ArrayList<>();
    if (v instanceof JsonArray a) {
      out.addAll(a.elements());
    } else {
      out.add(v);
    }
    out.add(new JsonString(value));
    return new JsonArray(out);
  }
}
