package dev.rolebook.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.rolebook.check.PolicySize;
import dev.rolebook.check.SetHash;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/** Properties of the model's printing, hashing and size counting over generated valid policies. */
public class PolicyProperties {
  @Provide
  Arbitrary<JsonValue> policies() {
    return Policies.policies();
  }

  private static JsonValue parse(String text) {
    return new StrictJson().parse("generated.json", text).file().orElseThrow(() -> new AssertionError(text)).root();
  }

  @Property
  void parsePrintParseIsTheIdentity(@ForAll("policies") JsonValue policy) {
    String pretty = JsonWriter.pretty(policy);
    assertEquals(policy, parse(pretty));
    assertEquals(pretty, JsonWriter.pretty(parse(pretty)));
    assertEquals(policy, parse(JsonWriter.compact(policy)));
  }

  @Property
  void canonicalFormIgnoresKeyOrderAndLayout(@ForAll("policies") JsonValue policy, @ForAll long seed) {
    String hash = SetHash.sha256(JsonWriter.canonical(policy));
    JsonValue shuffled = shuffleKeys(parse(JsonWriter.pretty(policy)), new Random(seed));
    assertEquals(hash, SetHash.sha256(JsonWriter.canonical(shuffled)));
    assertEquals(hash, SetHash.sha256(JsonWriter.canonical(parse(JsonWriter.compact(shuffled)))));
  }

  @Property
  void canonicalFormChangesWithAnyStringValue(@ForAll("policies") JsonValue policy, @ForAll long seed) {
    String before = JsonWriter.canonical(policy);
    JsonValue changed = changeOneString(policy, new Random(seed));
    assertNotEquals(before, JsonWriter.canonical(changed));
  }

  @Property
  void sizeFollowsTheDocumentedRule(@ForAll("policies") JsonValue policy) {
    String pretty = JsonWriter.pretty(policy);
    assertEquals(referenceCount(pretty), PolicySize.of(policy));
  }

  /**
   * The rule as README states it, applied to the text: every character counts except white space
   * outside string values. Written independently of {@link PolicySize}.
   */
  static int referenceCount(String text) {
    int count = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        count++;
        if (c == '\\') {
          count++;
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        count++;
      } else if (!Character.isWhitespace(c)) {
        count++;
      }
    }
    return count;
  }

  public static JsonValue shuffleKeys(JsonValue v, Random random) {
    if (v instanceof JsonObject o) {
      List<Member> members = new ArrayList<>();
      o.members().forEach(m -> members.add(new Member(m.key(), shuffleKeys(m.value(), random))));
      Collections.shuffle(members, random);
      return new JsonObject(members);
    }
    if (v instanceof JsonArray a) {
      return new JsonArray(a.elements().stream().map(e -> shuffleKeys(e, random)).toList());
    }
    return v;
  }

  /** The same tree with one string value (chosen at random, at any depth) given an extra character. */
  static JsonValue changeOneString(JsonValue v, Random random) {
    List<int[]> counter = new ArrayList<>();
    int total = countStrings(v);
    int target = random.nextInt(total);
    counter.add(new int[] {target});
    return change(v, counter.get(0));
  }

  private static int countStrings(JsonValue v) {
    if (v instanceof JsonString) {
      return 1;
    }
    if (v instanceof JsonObject o) {
      return o.members().stream().mapToInt(m -> countStrings(m.value())).sum();
    }
    if (v instanceof JsonArray a) {
      return a.elements().stream().mapToInt(PolicyProperties::countStrings).sum();
    }
    return 0;
  }

  private static JsonValue change(JsonValue v, int[] left) {
    if (v instanceof JsonString s) {
      return left[0]-- == 0 ? new JsonString(s.value() + "x") : s;
    }
    if (v instanceof JsonObject o) {
      List<Member> members = new ArrayList<>();
      o.members().forEach(m -> members.add(new Member(m.key(), change(m.value(), left))));
      return new JsonObject(members);
    }
    if (v instanceof JsonArray a) {
      List<JsonValue> out = new ArrayList<>();
      a.elements().forEach(e -> out.add(change(e, left)));
      return new JsonArray(out);
    }
    return v;
  }
}
