package dev.rolebook.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One AWS service: its IAM prefix ({@code dynamodb}), its name ("Amazon DynamoDB"), its actions
 * sorted by name, and its resource types and condition keys in the catalog's (sorted) order.
 */
public record Service(
    String prefix,
    String name,
    List<Action> actions,
    Map<String, ResourceType> resourceTypes,
    Map<String, ConditionKey> conditionKeys) {
  public Service {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(name, "name");
    actions = List.copyOf(actions);
    // Insertion-ordered, unlike Map.copyOf: the order is the catalog's, so output stays deterministic.
    resourceTypes = Collections.unmodifiableMap(new LinkedHashMap<>(resourceTypes));
    conditionKeys = Collections.unmodifiableMap(new LinkedHashMap<>(conditionKeys));
  }
}
