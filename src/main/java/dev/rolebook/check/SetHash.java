package dev.rolebook.check;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.PolicySet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The policy set's fingerprint: SHA-256 over the RFC 8785 canonical form of
 * {"policies": {name: document…}, "variants": {name: document…}}. Keys are sorted at every depth
 * and white space dropped, so reformatting or reordering keys keeps the hash; any change to an
 * element's value (or to array order) changes it. Manifest prose is not part of it.
 */
public final class SetHash {
  private SetHash() {}

  public static String of(PolicySet set) {
    List<Member> policies = new ArrayList<>();
    set.documents().forEach((name, doc) -> policies.add(new Member(name, doc.root())));
    List<Member> variants = new ArrayList<>();
    set.variantDocuments().forEach((name, doc) -> variants.add(new Member(name, doc.root())));
    JsonValue whole = new JsonObject(List.of(
        new Member("policies", new JsonObject(policies)),
        new Member("variants", new JsonObject(variants))));
    return sha256(JsonWriter.canonical(whole));
  }

  public static String sha256(String text) {
    return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
