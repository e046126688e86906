package dev.rolebook.check;

import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.catalog.Service;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.model.Values;
import dev.rolebook.report.Code;
import java.util.List;
import java.util.Optional;

/**
 * Action and NotAction entries against the IAM catalog: an unknown service prefix (CAT001), an
 * action the service does not have (CAT002), a wildcard that matches nothing (CAT003). IAM accepts
 * such policies and the entries match no request, so a typo silently grants (or denies) nothing.
 */
final class ActionNameCheck {
  private ActionNameCheck() {}

  static void check(Statement st, Catalog catalog, Findings out) {
    for (String key : List.of("Action", "NotAction")) {
      Optional<Values> values = st.json().get(key).flatMap(Values::of);
      if (values.isEmpty()) {
        continue;
      }
      for (int i = 0; i < values.get().items().size(); i++) {
        String pointer = values.get().writtenAsArray() ? SourceFile.child(st.pointer(key), i) : st.pointer(key);
        action(st, pointer, values.get().items().get(i), catalog, out);
      }
    }
  }

  private static void action(Statement st, String pointer, String action, Catalog catalog, Findings out) {
    int colon = action.indexOf(':');
    if (action.equals("*") || colon <= 0) {
      return; // "*" is every action; a malformed entry is the grammar check's (IAM013)
    }
    String prefix = action.substring(0, colon);
    String name = action.substring(colon + 1);
    if (Arn.pattern(prefix)) {
      if (catalog.servicePrefixes().stream().noneMatch(p -> Wildcards.matchesIgnoreCase(prefix, p))) {
        out.about(st, pointer, Code.CAT001, action, "service pattern '" + prefix + "' in action '" + action + "' matches no service",
            "check the prefix in AWS's Service Authorization Reference");
      } else if (catalog.match(action).isEmpty()) {
        out.about(st, pointer, Code.CAT003, action, "action pattern '" + action + "' in statement " + st.label() + " matches no action", "");
      }
      return;
    }
    Optional<Service> service = catalog.service(prefix);
    if (service.isEmpty()) {
      out.about(st, pointer, Code.CAT001, action,
          "action '" + action + "' in statement " + st.label() + " names service '" + prefix + "', which does not exist",
          servicesLike(prefix, catalog));
      return;
    }
    if (Arn.pattern(name)) {
      if (catalog.match(action).isEmpty()) {
        String near = Suggest.closest(name.replace("*", "").replace("?", ""), names(service.get())).map(n -> "did you mean '" + prefix + ":" + n + "'? ").orElse("");
        out.about(st, pointer, Code.CAT003, action,
            "action pattern '" + action + "' in statement " + st.label() + " matches no action of service '" + service.get().prefix() + "'",
            near + "see the service's actions with: rolebook actions '" + prefix + ":*'");
      }
      return;
    }
    if (catalog.action(action).isEmpty()) {
      String near = Suggest.closest(name, names(service.get())).map(n -> "did you mean '" + prefix + ":" + n + "'? ").orElse("");
      out.about(st, pointer, Code.CAT002, action,
          "action '" + action + "' in statement " + st.label() + " does not exist in service '" + service.get().prefix() + "'",
          near + "see the service's actions with: rolebook actions '" + prefix + ":*'");
    }
  }

  /** The service's action names, for a suggestion: listed only once a name is found wrong. */
  private static List<String> names(Service service) {
    return service.actions().stream().map(Action::name).toList();
  }

  /** "did you mean 'secretsmanager'?", or the prefixes that extend it ("cognito" → cognito-identity, cognito-idp…). */
  static String servicesLike(String prefix, Catalog catalog) {
    Optional<String> near = Suggest.closest(prefix, catalog.servicePrefixes());
    if (near.isPresent()) {
      return "did you mean '" + near.get() + "'?";
    }
    List<String> longer = catalog.servicePrefixes().stream().filter(p -> p.startsWith(prefix.toLowerCase(java.util.Locale.ROOT))).limit(5).toList();
    return longer.isEmpty() ? "check the prefix in AWS's Service Authorization Reference"
        : "did you mean " + String.join(", ", longer.stream().map(p -> "'" + p + "'").toList()) + "?";
  }
}
