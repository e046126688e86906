package dev.rolebook.check;

import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.ActionResource;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.catalog.ConditionKey;
import dev.rolebook.catalog.ResourceType;
import dev.rolebook.catalog.Service;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Condition keys against the IAM catalog: unknown keys (CAT006), service keys none of the
 * statement's actions supports (CAT007), an operator of another type than its key (CAT008), and
 * set operators on single-valued keys or multivalued keys without them (CAT009). A condition on a
 * key the request never carries is false (and its negated forms true): a typo such as
 * {@code iam:PassedToServices} silently turns a guard off.
 */
final class ConditionKeyCheck {
  /** Global keys offered as "did you mean" (IAM User Guide, "AWS global condition context keys"). */
  private static final List<String> COMMON_GLOBAL_KEYS = List.of(
      "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:CurrentTime", "aws:EpochTime", "aws:FederatedProvider",
      "aws:MultiFactorAuthAge", "aws:MultiFactorAuthPresent", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalIsAWSService",
      "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalServiceName", "aws:PrincipalType", "aws:Referer",
      "aws:RequestedRegion", "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ResourceOrgPaths", "aws:SecureTransport",
      "aws:SourceAccount", "aws:SourceArn", "aws:SourceIdentity", "aws:SourceIp", "aws:SourceOrgID", "aws:SourceOrgPaths",
      "aws:SourceVpc", "aws:SourceVpce", "aws:TagKeys", "aws:TokenIssueTime", "aws:UserAgent", "aws:userid", "aws:username",
      "aws:ViaAWSService", "aws:VpcSourceIp");

  private ConditionKeyCheck() {}

  static void check(Statement st, Catalog catalog, Findings out) {
    if (!(st.json().get("Condition").orElse(null) instanceof JsonObject ops)) {
      return;
    }
    Optional<List<Action>> actions = actions(st, catalog);
    for (Member op : ops.members()) {
      if (!(op.value() instanceof JsonObject keys) || !ConditionOperators.valid(op.key())) {
        continue;
      }
      String opPointer = SourceFile.child(st.pointer("Condition"), op.key());
      for (Member k : keys.members()) {
        String pointer = SourceFile.child(opPointer, k.key());
        Optional<ConditionKey> key = catalog.conditionKey(k.key());
        if (key.isEmpty()) {
          unknown(st, pointer, k.key(), catalog, out);
          continue;
        }
        setOperator(st, pointer, op.key(), k.key(), key.get(), out);
        operatorType(st, pointer, op.key(), k.key(), key.get(), out);
        if (!k.key().toLowerCase(Locale.ROOT).startsWith("aws:") && actions.isPresent() && !actions.get().isEmpty()
            && actions.get().stream().noneMatch(a -> supports(a, key.get(), catalog))) {
          out.aboutKey(st, pointer, Code.CAT007, k.key(),
              "condition key '" + k.key() + "' in statement " + st.label() + " applies to none of its actions, so the condition never matches for them",
              "use a key the actions support (rolebook actions lists them), or move the condition to the statement whose actions it guards");
        }
      }
    }
  }

  private static void unknown(Statement st, String pointer, String key, Catalog catalog, Findings out) {
    int colon = key.indexOf(':');
    String prefix = colon > 0 ? key.substring(0, colon) : "";
    if (prefix.contains(".") || prefix.contains("/")) {
      return; // an identity provider's keys (oidc.eks…/id/…:sub): not in the catalog
    }
    String subject = "condition key '" + key + "' in statement " + st.label();
    if (colon <= 0) {
      out.aboutKey(st, pointer, Code.CAT006, key, subject + " has no service prefix", "condition keys read like aws:SourceIp or s3:prefix");
      return;
    }
    List<String> candidates = new ArrayList<>();
    if (prefix.equalsIgnoreCase("aws")) {
      COMMON_GLOBAL_KEYS.stream().filter(c -> catalog.conditionKey(c).isPresent()).forEach(candidates::add);
    } else {
      Optional<Service> service = catalog.service(prefix);
      if (service.isEmpty()) {
        out.aboutKey(st, pointer, Code.CAT006, key, subject + " names service '" + prefix + "', which does not exist",
            ActionNameCheck.servicesLike(prefix, catalog));
        return;
      }
      service.get().conditionKeys().keySet().stream().sorted().forEach(candidates::add);
    }
    out.aboutKey(st, pointer, Code.CAT006, key, subject + " does not exist, so the condition never matches",
        Suggest.closest(key, candidates, 3).map(c -> "did you mean '" + c + "'?")
            .orElse(prefix.equalsIgnoreCase("aws") ? "see AWS's global condition context keys" : "see the keys of '" + prefix + "' with: rolebook actions '" + prefix + ":*'"));
  }

  // Multivalued keys (types ArrayOf…) need ForAllValues/ForAnyValue to compare each member; on a
  // single-valued key the set operators test a one-element set, which ForAllValues also passes
  // when the key is absent (IAM User Guide, "Set operators for multivalued context keys").
  private static void setOperator(Statement st, String pointer, String op, String name, ConditionKey key, Findings out) {
    boolean set = op.startsWith("ForAllValues:") || op.startsWith("ForAnyValue:");
    if (set && !key.multiValued()) {
      out.aboutKey(st, pointer, Code.CAT009, name,
          "condition key '" + name + "' in statement " + st.label() + " is single-valued (" + key.type() + "), but " + op + " treats it as a set",
          "drop the " + op.substring(0, op.indexOf(':') + 1) + " qualifier");
    } else if (!set && key.multiValued() && !ConditionOperators.base(op).equals("Null")) {
      out.aboutKey(st, pointer, Code.CAT009, name,
          "condition key '" + name + "' in statement " + st.label() + " is multivalued (" + key.type() + "), but " + op + " compares it as one value",
          "use ForAnyValue:" + op + " (any member matches) or ForAllValues:" + op + " (every member matches)");
    }
  }

  // Each operator family compares one type (IAM User Guide, "Condition operators"); ARN keys also
  // take String operators, which AWS documents as equivalent.
  private static void operatorType(Statement st, String pointer, String op, String name, ConditionKey key, Findings out) {
    String base = ConditionOperators.base(op);
    String type = key.type().startsWith("ArrayOf") ? key.type().substring("ArrayOf".length()) : key.type();
    String family = base.startsWith("String") ? "String" : base.startsWith("Numeric") ? "Numeric" : base.startsWith("Date") ? "Date"
        : base.equals("Bool") ? "Bool" : base.startsWith("Arn") ? "ARN" : base.contains("IpAddress") ? "IPAddress"
        : base.equals("BinaryEquals") ? "Binary" : "Null";
    String t = type.toLowerCase(Locale.ROOT);
    boolean fits = switch (family) {
      case "Null" -> true;
      case "String" -> t.equals("string") || t.equals("arn");
      case "ARN" -> t.equals("arn");
      case "Numeric" -> t.equals("numeric") || t.equals("long") || t.equals("integer");
      case "Date" -> t.equals("date");
      case "Bool" -> t.equals("bool") || t.equals("boolean");
      case "IPAddress" -> t.equals("ipaddress");
      default -> t.equals("binary");
    };
    boolean knownType = List.of("string", "arn", "numeric", "long", "integer", "date", "bool", "boolean", "ipaddress", "binary").contains(t);
    if (!fits && knownType) {
      out.aboutKey(st, pointer, Code.CAT008, name,
          "condition " + op + " on '" + name + "' in statement " + st.label() + " compares a " + key.type() + " key with a " + family + " operator",
          "use a " + operatorFor(t) + " operator for " + name);
    }
  }

  private static String operatorFor(String type) {
    return switch (type) {
      case "numeric", "long", "integer" -> "Numeric";
      case "date" -> "Date";
      case "bool", "boolean" -> "Bool";
      case "ipaddress" -> "IpAddress";
      case "arn" -> "Arn";
      case "binary" -> "BinaryEquals";
      default -> "String";
    };
  }

  /** The statement's actions, expanded; empty when they cannot be listed (NotAction, "*", unknown). */
  private static Optional<List<Action>> actions(Statement st, Catalog catalog) {
    if (st.action().isEmpty() || st.action().get().items().stream().anyMatch(a -> a.equals("*") || a.startsWith("*"))) {
      return Optional.empty();
    }
    List<Action> out = new ArrayList<>();
    for (String item : st.action().get().items()) {
      List<Action> matched = catalog.match(item);
      if (matched.isEmpty()) {
        return Optional.empty(); // an unknown action (CAT002) might support the key; do not guess
      }
      out.addAll(matched);
    }
    return Optional.of(out);
  }

  /** True when {@code a}, or one of its resource types, lists {@code key} (templates compared as written). */
  private static boolean supports(Action a, ConditionKey key, Catalog catalog) {
    String k = key.key();
    if (a.conditionKeys().stream().anyMatch(k::equalsIgnoreCase)) {
      return true;
    }
    Optional<Service> service = catalog.service(a.service());
    for (ActionResource r : a.resources()) {
      if (r.conditionKeys().stream().anyMatch(k::equalsIgnoreCase)) {
        return true;
      }
      Optional<ResourceType> type = service.map(s -> s.resourceTypes().get(r.type()));
      if (type.isPresent() && type.get().conditionKeys().stream().anyMatch(k::equalsIgnoreCase)) {
        return true;
      }
    }
    return false;
  }
}
