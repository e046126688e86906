package dev.rolebook.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.SourceFile;
import dev.rolebook.property.Policies;
import dev.rolebook.property.PolicyProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Drift is blind to form and sees every change of meaning: for generated policies, re-laying them
 * out (key order, statement order, action/resource order, string versus one-element array,
 * compact versus pretty) reports nothing, and flipping an effect, adding an action or changing a
 * condition value is always reported.
 */
class DriftProperties {
  @Provide
  Arbitrary<JsonValue> policies() {
    return Policies.policies();
  }

  private static List<Difference> diff(JsonValue expected, String shownText) {
    SourceFile shown = new StrictJson().parse("shown.json", shownText).file().orElseThrow();
    SourceFile source = new StrictJson().parse("policy.json", JsonWriter.pretty(expected)).file().orElseThrow();
    return PolicyDiff.compare(Side.of("P", source.root(), Locator.of(source)), Side.of("P", shown.root(), Locator.of(shown)));
  }

  @Property(tries = 300)
  void formattingOnlyChangesAreInSync(@ForAll("policies") JsonValue policy, @ForAll long seed) {
    Random random = new Random(seed);
    JsonValue relaid = PolicyProperties.shuffleKeys(reshape(policy, random), random);
    String text = random.nextBoolean() ? JsonWriter.compact(relaid) : JsonWriter.pretty(relaid);
    assertEquals(List.of(), diff(policy, text), text);
  }

  @Property(tries = 300)
  void aChangedEffectActionOrConditionIsAlwaysReported(@ForAll("policies") JsonValue policy, @ForAll long seed) {
    Random random = new Random(seed);
    JsonObject root = (JsonObject) policy;
    List<JsonValue> statements = new ArrayList<>(((JsonArray) root.get("Statement").orElseThrow()).elements());
    int i = random.nextInt(statements.size());
    JsonObject s = (JsonObject) statements.get(i);
    int change = random.nextInt(3);
    if (change == 0) {
      String effect = ((JsonString) s.get("Effect").orElseThrow()).value();
      s = s.with("Effect", new JsonString(effect.equals("Allow") ? "Deny" : "Allow"));
    } else if (change == 1) {
      JsonValue actions = s.get("Action").orElseThrow();
      List<JsonValue> more = actions instanceof JsonArray a ? new ArrayList<>(a.elements()) : new ArrayList<>(List.of(actions));
      more.add(new JsonString("added:NewAction"));
      s = s.with("Action", new JsonArray(more));
    } else {
      s = s.with("Condition", new JsonObject(List.of(new Member("StringEquals",
          new JsonObject(List.of(new Member("aws:RequestedRegion", new JsonString("changed-region-" + seed))))))));
    }
    statements.set(i, s);
    JsonValue changed = root.with("Statement", new JsonArray(statements));
    assertFalse(diff(policy, JsonWriter.pretty(changed)).isEmpty(), JsonWriter.pretty(changed));
  }

  /** Statement order shuffled; in each, action and resource order shuffled and 1-arrays ⇄ strings. */
  private static JsonValue reshape(JsonValue policy, Random random) {
    JsonObject root = (JsonObject) policy;
    List<JsonValue> statements = new ArrayList<>();
    for (JsonValue v : ((JsonArray) root.get("Statement").orElseThrow()).elements()) {
      JsonObject s = (JsonObject) v;
      for (String key : List.of("Action", "Resource")) {
        s = s.with(key, reform(s.get(key).orElseThrow(), random));
      }
      statements.add(s);
    }
    Collections.shuffle(statements, random);
    return root.with("Statement", new JsonArray(statements));
  }

  private static JsonValue reform(JsonValue value, Random random) {
    if (value instanceof JsonString s) {
      return random.nextBoolean() ? new JsonArray(List.of(s)) : s;
    }
    List<JsonValue> items = new ArrayList<>(((JsonArray) value).elements());
    Collections.shuffle(items, random);
    return items.size() == 1 && random.nextBoolean() ? items.get(0) : new JsonArray(items);
  }
}
