package dev.rolebook.catalog;

import java.util.Objects;

/**
 * A condition key and its type as AWS documents it: String, ARN, Numeric, Date, Bool, IPAddress,
 * or one of these as a set ("ArrayOfString", "ArrayOfARN", …). A key may be a template: {@code
 * aws:RequestTag/${TagKey}} stands for every {@code aws:RequestTag/<tag>}.
 */
public record ConditionKey(String key, String type) {
  public ConditionKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
  }

  /**
   * True for a key whose request value is a set of values: AWS names those types "ArrayOf…", and
   * only they may take the {@code ForAllValues:}/{@code ForAnyValue:} set operators.
   */
  public boolean multiValued() {
    return type.startsWith("ArrayOf");
  }

  /** True when the key holds a {@code ${…}} variable part. */
  boolean templated() {
    return key.contains("${");
  }
}
