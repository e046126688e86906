package dev.rolebook.trail;

import dev.rolebook.catalog.Action;
import dev.rolebook.check.PolicySize;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Limits;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Statement;
import dev.rolebook.substitute.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places each denied action in a managed policy of the role, the way a writer would: into an
 * existing statement of the same service whose resources already cover the call, else
 * as a new statement in the policy that already holds that service (then the one with most
 * room). Every placement is measured with check's size rule in the worst case (every parameter at
 * its longest, every variant joined) and refused when the policy would pass IAM's 6,144-character
 * limit. Suggestions build on each other: the size shown includes those placed before it.
 */
final class Suggester {
  private final PolicySet set;
  private final Target worst;
  private final dev.rolebook.substitute.Substitution anyValue;
  private final Map<String, JsonObject> documents = new LinkedHashMap<>();
  /** Each document's worst-case size, kept up to date as suggestions are placed (measured once, then by difference). */
  private final Map<String, Integer> sizes = new LinkedHashMap<>();
  /** One suggestion per action and resource as written: repeated denials share it. */
  private final Map<String, TrailResult.Suggestion> made = new java.util.HashMap<>();
  private int sidCounter;

  Suggester(PolicySet set) {
    this.set = set;
    this.worst = Target.worstCase(set.manifest());
    this.anyValue = dev.rolebook.substitute.Substitution.anyValue(set.manifest().parameters());
    for (PolicyEntry p : set.manifest().managedPolicies()) {
      set.document(p.name()).flatMap(PolicyDocument::rootObject).ifPresent(d -> documents.put(p.name(), d));
    }
  }

  TrailResult.Suggestion suggest(Action action, Optional<String> resource, List<String> policies) {
    String res = action.takesNoResource() || resource.isEmpty() ? "*" : generalise(resource.get());
    String key = action.qualifiedName() + "\n" + res + "\n" + policies;
    TrailResult.Suggestion before = made.get(key);
    if (before != null) {
      return before;
    }
    TrailResult.Suggestion s = place(action, resource, res, policies);
    made.put(key, s);
    return s;
  }

  private TrailResult.Suggestion place(Action action, Optional<String> resource, String res, List<String> policies) {
    List<String> candidates = new ArrayList<>(policies.stream().filter(documents::containsKey).toList());
    if (candidates.isEmpty()) {
      return TrailResult.Suggestion.none("the role has no managed policy in the set to add it to");
    }
    String prefix = action.service().toLowerCase(Locale.ROOT);
    candidates.sort(Comparator.comparing((String p) -> !holdsService(documents.get(p), prefix))
        .thenComparing(p -> -room(p, documents.get(p))));
    int smallestOver = Integer.MAX_VALUE;
    for (String p : candidates) {
      JsonObject doc = documents.get(p);
      Optional<Placed> placed = extend(doc, action.qualifiedName(), action.takesNoResource() ? Optional.empty() : resource, prefix)
          .or(() -> Optional.of(add(doc, action, res)));
      int size = size(p) + placed.get().growth();
      if (size <= Limits.MANAGED_POLICY_MAX_CHARS) {
        documents.put(p, placed.get().document());
        sizes.put(p, size);
        return new TrailResult.Suggestion(p, placed.get().extendsSid(), JsonWriter.pretty(placed.get().statement()),
            size, Limits.MANAGED_POLICY_MAX_CHARS, "");
      }
      smallestOver = Math.min(smallestOver, size);
    }
    return TrailResult.Suggestion.none(String.format(Locale.ROOT,
        "no managed policy of the role has room: the smallest result would be %,d of %,d characters in the worst case;"
            + " add a managed policy (a role takes up to %d)", smallestOver, Limits.MANAGED_POLICY_MAX_CHARS,
        set.manifest().limits().managedPoliciesPerRole()));
  }

  /** A placement: the new document, the statement added or changed, and how many characters it adds in the worst case. */
  private record Placed(JsonObject document, JsonObject statement, String extendsSid, int growth) {}

  private int size(String policy) {
    return sizes.computeIfAbsent(policy, p -> worstSize(p, documents.get(p)));
  }

  /** Characters a value takes in the worst case (check's size rule). */
  private int worst(JsonValue v) {
    return PolicySize.of(worst.substitution().apply(v));
  }

  /**
   * Adds the action to an Allow statement of the same service (no condition) whose resources
   * already cover the call: one of its patterns matches the denied resource (placeholders match
   * any value), or, when the call names none, its Resource is "*".
   */
  private Optional<Placed> extend(JsonObject doc, String action, Optional<String> resource, String prefix) {
    List<Statement> statements = PolicyDocument.statementsOf(doc);
    for (Statement s : statements) {
      List<String> patterns = s.resource().map(r -> r.items()).orElse(List.of());
      boolean covers = resource.isEmpty()
          ? patterns.contains("*")
          : patterns.stream().anyMatch(p -> Wildcard.resourceMatches(anyValue.apply(p), resource.get()));
      boolean sameService = s.action().map(a -> a.items().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(prefix + ":"))).orElse(false);
      if (!"Allow".equals(s.effect().orElse("")) || s.condition().isPresent() || !covers || !sameService || s.sid().isEmpty()
          || !(s.json().get("Action").orElseThrow() instanceof JsonArray || s.json().get("Action").orElseThrow() instanceof JsonString)) {
        continue;
      }
      List<JsonValue> actions = new ArrayList<>();
      JsonValue written = s.json().get("Action").orElseThrow();
      if (written instanceof JsonArray a) {
        actions.addAll(a.elements());
      } else {
        actions.add(written);
      }
      actions.add(new JsonString(action));
      JsonArray grown = new JsonArray(actions);
      JsonObject changed = s.json().with("Action", grown);
      return Optional.of(new Placed(replace(doc, s.index(), changed), changed, s.sid().get(), worst(grown) - worst(written)));
    }
    return Optional.empty();
  }

  private Placed add(JsonObject doc, Action action, String resource) {
    String sid = "Trail" + action.service().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT).charAt(0)
        + action.service().replaceAll("[^A-Za-z0-9]", "").substring(1) + action.name();
    sid = unique(doc, sid);
    JsonObject statement = new JsonObject(List.of(
        new Member("Sid", new JsonString(sid)),
        new Member("Effect", new JsonString("Allow")),
        new Member("Action", new JsonArray(List.of(new JsonString(action.qualifiedName())))),
        new Member("Resource", new JsonString(resource))));
    List<JsonValue> all = new ArrayList<>();
    PolicyDocument.statementsOf(doc).forEach(s -> all.add(s.json()));
    all.add(statement);
    JsonObject grown = doc.with("Statement", new JsonArray(all));
    // Appended to a non-empty array the statement adds itself and a comma; otherwise measure afresh.
    int growth = doc.get("Statement").orElse(null) instanceof JsonArray a && !a.elements().isEmpty()
        ? worst(statement) + 1
        : worstSizeOf(grown) - worstSizeOf(doc);
    return new Placed(grown, statement, "", growth);
  }

  private static String unique(JsonObject doc, String sid) {
    List<String> taken = PolicyDocument.statementsOf(doc).stream().map(s -> s.sid().orElse("")).toList();
    String candidate = sid;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = sid + n;
    }
    return candidate;
  }

  private static JsonObject replace(JsonObject doc, int index, JsonObject statement) {
    JsonValue st = doc.get("Statement").orElseThrow();
    if (st instanceof JsonObject) {
      return doc.with("Statement", statement);
    }
    List<JsonValue> all = new ArrayList<>(((JsonArray) st).elements());
    all.set(index, statement);
    return doc.with("Statement", new JsonArray(all));
  }

  /**
   * The resource as a policy of this set would write it: the account and Region fields become
   * {@code *} (the managed policies are account- and Region-neutral), the partition becomes the
   * partition placeholder, so the statement fits every deployment target.
   */
  private String generalise(String arn) {
    String[] f = arn.split(":", 6);
    if (f.length < 6) {
      return arn;
    }
    String partition = set.manifest().parameters().stream()
        .filter(p -> Parameter.IN_ARN_PARTITION.equals(p.in())).map(Parameter::placeholder).findFirst().orElse(f[1]);
    return "arn:" + partition + ":" + f[2] + ":" + (f[3].isEmpty() ? "" : "*") + ":" + (f[4].isEmpty() ? "" : "*") + ":" + f[5];
  }

  private static boolean holdsService(JsonObject doc, String prefix) {
    return PolicyDocument.statementsOf(doc).stream().anyMatch(s -> s.action()
        .map(a -> a.items().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(prefix + ":"))).orElse(false));
  }

  private int room(String policy, JsonObject doc) {
    return Limits.MANAGED_POLICY_MAX_CHARS - size(policy);
  }

  private int worstSizeOf(JsonObject doc) {
    return PolicySize.of(worst.substitution().apply(doc));
  }

  /** check's size rule on the worst case: longest parameter values, every variant of the policy joined. */
  private int worstSize(String policy, JsonObject doc) {
    List<JsonValue> statements = new ArrayList<>();
    PolicyDocument.statementsOf(doc).forEach(s -> statements.add(s.json()));
    for (Manifest.VariantEntry v : set.variantsOf(policy)) {
      set.variantDocument(v.name()).ifPresent(d -> d.statements().forEach(s -> statements.add(s.json())));
    }
    JsonObject combined = doc.with("Statement", new JsonArray(statements));
    return PolicySize.of(worst.substitution().apply(combined));
  }
}
