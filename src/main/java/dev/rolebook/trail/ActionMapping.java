package dev.rolebook.trail;

import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.Catalog;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Event to IAM action: {@link EventNames} proposes, the catalog decides. An event whose service or
 * action the catalog does not know is unmapped, with the reason, and is never counted as an action.
 */
final class ActionMapping {
  private final Catalog catalog;
  private final Map<String, Mapped> cache = new HashMap<>();

  ActionMapping(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The action an event maps to, or why it does not map. */
  record Mapped(Optional<Action> action, String reason) {}

  Mapped map(String eventSource, String eventName) {
    return cache.computeIfAbsent(eventSource + "\n" + eventName, k -> resolve(eventSource, eventName));
  }

  private Mapped resolve(String eventSource, String eventName) {
    Optional<String> prefix = EventNames.prefix(eventSource);
    if (prefix.isEmpty()) {
      return new Mapped(Optional.empty(), "'" + eventSource + "' is not an AWS service endpoint");
    }
    if (catalog.service(prefix.get()).isEmpty()) {
      return new Mapped(Optional.empty(), "the catalog has no service '" + prefix.get() + "'");
    }
    String name = EventNames.action(prefix.get(), eventName);
    Optional<Action> action = catalog.action(prefix.get() + ":" + name);
    if (action.isEmpty()) {
      return new Mapped(Optional.empty(), "the catalog has no action '" + prefix.get() + ":" + name + "'");
    }
    return new Mapped(action, "");
  }

  /** An action named in a denial message ("not authorized to perform: iam:PassRole"), checked the same way. */
  Optional<Action> named(String qualified) {
    return catalog.action(qualified);
  }

  Catalog catalog() {
    return catalog;
  }
}
