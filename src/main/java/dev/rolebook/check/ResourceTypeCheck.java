package dev.rolebook.check;

import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.ActionResource;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.catalog.ResourceType;
import dev.rolebook.catalog.Service;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resources against the IAM catalog's resource types. IAM authorises an action against the ARNs of
 * its resource types (Service Authorization Reference, "Resource types" column); an action with no
 * resource type only against {@code "*"}. So an ARN no type of its service can match names nothing
 * (CAT004), and an action none of whose types matches a listed resource — or that takes no
 * resource while the statement lists only ARNs — is granted nothing by that statement (CAT005).
 */
final class ResourceTypeCheck {
  private ResourceTypeCheck() {}

  static void check(PolicyDocument doc, Statement st, Catalog catalog, Findings out) {
    arns(st, catalog, out);
    if (st.effect().equals(Optional.of("Allow")) && st.resource().isPresent() && st.action().isPresent()) {
      List<String> resources = st.resource().get().items();
      if (resources.stream().noneMatch(r -> r.equals("*") || Arn.parse(r).map(a -> Arn.pattern(a.service())).orElse(true))) {
        // An ARN that names no resource type is reported once (CAT004), not again for each action.
        List<String> valid = resources.stream().filter(r -> namesSomeType(r, catalog)).toList();
        if (!valid.isEmpty()) {
          grants(doc, st, valid, catalog, out);
        }
      }
    }
  }

  private static void arns(Statement st, Catalog catalog, Findings out) {
    for (String key : List.of("Resource", "NotResource")) {
      Optional<Values> values = st.json().get(key).flatMap(Values::of);
      if (values.isEmpty()) {
        continue;
      }
      for (int i = 0; i < values.get().items().size(); i++) {
        String pointer = values.get().writtenAsArray() ? SourceFile.child(st.pointer(key), i) : st.pointer(key);
        String value = values.get().items().get(i);
        Optional<Arn> arn = Arn.parse(value);
        if (arn.isEmpty() || Arn.pattern(arn.get().service())) {
          continue;
        }
        Optional<Service> service = catalog.service(arn.get().service());
        if (service.isEmpty()) {
          // Some ARNs carry a name that is not an IAM prefix; report only a likely typo.
          Suggest.closest(arn.get().service(), catalog.servicePrefixes()).ifPresent(near ->
              out.about(st, pointer, Code.CAT001, value,
                  "resource '" + value + "' in statement " + st.label() + " names service '" + arn.get().service() + "', which does not exist",
                  "did you mean '" + near + "'?"));
          continue;
        }
        List<ResourceType> types = List.copyOf(service.get().resourceTypes().values());
        if (!types.isEmpty() && types.stream().noneMatch(t -> ArnOverlap.overlaps(value, t.arnPattern()))) {
          noType(st, pointer, value, arn.get(), service.get(), types, out);
        }
      }
    }
  }

  private static boolean namesSomeType(String value, Catalog catalog) {
    Optional<Arn> arn = Arn.parse(value);
    Optional<Service> service = arn.flatMap(a -> catalog.service(a.service()));
    if (service.isEmpty()) {
      // Reported as a likely typo (CAT001) when a prefix is near; otherwise a name IAM may know.
      return arn.isEmpty() || Suggest.closest(arn.get().service(), catalog.servicePrefixes()).isEmpty();
    }
    return service.get().resourceTypes().isEmpty()
        || service.get().resourceTypes().values().stream().anyMatch(t -> ArnOverlap.overlaps(value, t.arnPattern()));
  }

  private static void noType(Statement st, String pointer, String value, Arn arn, Service service, List<ResourceType> types, Findings out) {
    String subject = "resource '" + value + "' in statement " + st.label();
    // A Region or account where the service's ARNs of that kind have none (IAM, S3 buckets and objects).
    for (boolean[] blank : new boolean[][] {{true, false}, {false, true}, {true, true}}) {
      if ((blank[0] && arn.region().isEmpty()) || (blank[1] && arn.account().isEmpty())) {
        continue;
      }
      String fixed = "arn:" + arn.partition() + ":" + arn.service() + ":" + (blank[0] ? "" : arn.region()) + ":"
          + (blank[1] ? "" : arn.account()) + ":" + arn.resource();
      List<String> kinds = types.stream().filter(t -> ArnOverlap.overlaps(fixed, t.arnPattern())).map(ResourceType::name).toList();
      if (!kinds.isEmpty()) {
        String fields = blank[0] && blank[1] ? "Region '" + arn.region() + "' and account '" + arn.account() + "'"
            : blank[0] ? "Region '" + arn.region() + "'" : "account '" + arn.account() + "'";
        out.about(st, pointer, Code.CAT004, value,
            subject + " has " + fields + ", but " + service.prefix() + " " + String.join("/", kinds) + " ARNs have none",
            "write " + fixed);
        return;
      }
    }
    out.about(st, pointer, Code.CAT004, value, subject + " matches none of the resource types of " + service.name(),
        "its ARNs look like " + String.join(", ", likely(arn, types).stream().map(ResourceType::arnPattern).toList()));
  }

  /**
   * Up to three resource types, shortest first, whose resource part starts with the word of
   * {@code arn}'s nearest to it ("functions" → the function types); else the first three.
   */
  private static List<ResourceType> likely(Arn arn, List<ResourceType> types) {
    String word = firstWord(arn.resource());
    List<String> words = types.stream().map(t -> Arn.parse(t.arnPattern()).map(p -> firstWord(p.resource())).orElse("")).distinct().sorted().toList();
    String near = words.contains(word) ? word : Suggest.closest(word, words).orElse("");
    List<ResourceType> same = types.stream()
        .filter(t -> Arn.parse(t.arnPattern()).map(p -> firstWord(p.resource()).equals(near)).orElse(false))
        .sorted(java.util.Comparator.comparingInt((ResourceType t) -> t.arnPattern().length()).thenComparing(ResourceType::arnPattern))
        .limit(3).toList();
    return same.isEmpty() ? types.stream().limit(3).toList() : same;
  }

  private static String firstWord(String resource) {
    return resource.split("[/:]", 2)[0];
  }

  private static void grants(PolicyDocument doc, Statement st, List<String> resources, Catalog catalog, Findings out) {
    Values actions = st.action().get();
    // A pattern like s3:Get* matches dozens of actions sharing a few resource types: judge each
    // type's ARN pattern against the resources once per statement, not once per action.
    Map<String, Boolean> reachable = new HashMap<>();
    for (int i = 0; i < actions.items().size(); i++) {
      String item = actions.items().get(i);
      if (item.equals("*")) {
        continue;
      }
      List<Action> matched = catalog.match(item);
      if (matched.isEmpty()) {
        continue; // unknown names are CAT001-003
      }
      String pointer = actions.writtenAsArray() ? SourceFile.child(st.pointer("Action"), i) : st.pointer("Action");
      List<Action> useless = matched.stream().filter(a -> !appliesToAny(a, resources, reachable, catalog)).toList();
      if (useless.size() < matched.size()) {
        continue;
      }
      if (matched.size() > 1) {
        out.about(st, pointer, Code.CAT005, item,
            "none of the " + matched.size() + " actions '" + item + "' matches can apply to the resources of statement " + st.label()
                + ", so it grants nothing there",
            "scope the pattern to actions on these resources, or move it to a statement with their ARNs");
        continue;
      }
      Action a = matched.get(0);
      // A pattern matching one action is reported as that action, named beside the pattern.
      String name = Arn.pattern(item) ? "'" + item + "' (" + a.qualifiedName() + ")" : "'" + item + "'";
      if (a.takesNoResource()) {
        Optional<String> elsewhere = grantedOnStar(doc, a, catalog);
        out.about(st, pointer, Code.CAT005, item,
            "action " + name + " takes no resource: IAM authorizes it only on \"*\", so statement " + st.label()
                + ", which lists only specific ARNs, grants nothing for it",
            elsewhere.map(s -> "remove it here; statement " + s + " already grants it on \"*\"")
                .orElse("move it to a statement with \"Resource\": \"*\", or remove it"));
      } else {
        List<String> types = a.resources().stream().map(ActionResource::type).toList();
        Optional<Service> service = catalog.service(a.service());
        String patterns = service.map(s -> String.join(", ", a.resources().stream().limit(3)
            .map(r -> Optional.ofNullable(s.resourceTypes().get(r.type())).map(ResourceType::arnPattern).orElse(r.type())).toList()))
            .orElse(String.join(", ", types));
        out.about(st, pointer, Code.CAT005, item,
            "action " + name + " acts on " + String.join(", ", types) + ", which no resource of statement " + st.label()
                + " can name, so it grants nothing there",
            "it needs an ARN like " + patterns);
      }
    }
  }

  /**
   * True when a resource type of {@code a} (or, for an action without one, "*") can match one of
   * {@code resources}; {@code reachable} keeps the answer for each type's ARN pattern.
   */
  private static boolean appliesToAny(Action a, List<String> resources, Map<String, Boolean> reachable, Catalog catalog) {
    if (a.takesNoResource()) {
      return false; // resources holds no "*": the caller skips those statements
    }
    Optional<Service> service = catalog.service(a.service());
    if (service.isEmpty()) {
      return true;
    }
    for (ActionResource r : a.resources()) {
      ResourceType type = service.get().resourceTypes().get(r.type());
      if (type == null) {
        return true; // a type the catalog does not describe: cannot judge, so do not report
      }
      if (reachable.computeIfAbsent(type.arnPattern(), p -> resources.stream().anyMatch(written -> ArnOverlap.overlaps(written, p)))) {
        return true;
      }
    }
    return false;
  }

  /** The Sid of another Allow statement in the document granting {@code a} on "*", if any. */
  private static Optional<String> grantedOnStar(PolicyDocument doc, Action a, Catalog catalog) {
    for (Statement other : doc.statements()) {
      if (other.effect().equals(Optional.of("Allow")) && other.resource().map(r -> r.contains("*")).orElse(false)
          && other.action().map(v -> v.items().stream().anyMatch(p -> Wildcards.matchesIgnoreCase(p, a.qualifiedName()))).orElse(false)) {
        return Optional.of(other.label());
      }
    }
    return Optional.empty();
  }
}
