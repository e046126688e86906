package dev.rolebook.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A service's resource type with its ARN pattern as AWS writes it, {@code ${…}} marking the
 * variable parts: {@code arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}}.
 */
public record ResourceType(String name, String arnPattern, List<String> conditionKeys) {
  public ResourceType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arnPattern, "arnPattern");
    conditionKeys = List.copyOf(conditionKeys);
  }
}
