package dev.rolebook.catalog;

import java.util.List;
import java.util.Objects;

/** One IAM action of a service, as the Service Authorization Reference lists it. */
public record Action(
    String service, String name, AccessLevel accessLevel, List<ActionResource> resources, List<String> conditionKeys) {
  public Action {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accessLevel, "accessLevel");
    resources = List.copyOf(resources);
    conditionKeys = List.copyOf(conditionKeys);
  }

  /** {@code service:Name} with the catalog's casing, e.g. {@code s3:GetObject}. */
  public String qualifiedName() {
    return service + ":" + name;
  }

  /**
   * True for an action that supports no resource-level permissions: AWS lists no resource type for
   * it, so IAM authorises it only against {@code "Resource": "*"} and a statement naming specific
   * ARNs grants it nothing.
   */
  public boolean takesNoResource() {
    return resources.isEmpty();
  }
}
