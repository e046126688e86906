package dev.rolebook.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A resource type an action can be authorised against. {@code required} is AWS's asterisk in the
 * Service Authorization Reference: the request always names a resource of that type.
 */
public record ActionResource(String type, boolean required, List<String> conditionKeys) {
  public ActionResource {
    Objects.requireNonNull(type, "type");
    conditionKeys = List.copyOf(conditionKeys);
  }
}
