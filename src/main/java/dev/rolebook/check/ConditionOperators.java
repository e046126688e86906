package dev.rolebook.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * IAM's condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators"),
 * with the {@code …IfExists} suffix and the {@code ForAllValues:}/{@code ForAnyValue:} set
 * qualifiers. {@code Null} takes neither suffix.
 */
final class ConditionOperators {
  static final Set<String> BASE =
      Set.of(
          "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
          "StringLike", "StringNotLike",
          "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
          "NumericGreaterThan", "NumericGreaterThanEquals",
          "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
          "DateGreaterThan", "DateGreaterThanEquals",
          "Bool", "BinaryEquals", "IpAddress", "NotIpAddress",
          "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike",
          "Null");

  private ConditionOperators() {}

  static boolean valid(String operator) {
    return BASE.contains(base(operator));
  }

  /** The operator without its set qualifier and IfExists suffix ("ForAllValues:StringLikeIfExists" → "StringLike"). */
  static String base(String operator) {
    String op = operator;
    if (op.startsWith("ForAllValues:")) {
      op = op.substring("ForAllValues:".length());
    } else if (op.startsWith("ForAnyValue:")) {
      op = op.substring("ForAnyValue:".length());
    }
    if (op.endsWith("IfExists") && !op.equals("NullIfExists")) {
      op = op.substring(0, op.length() - "IfExists".length());
    }
    return op;
  }

  /** An operator that differs only in case, for the hint ("stringequals" → "StringEquals"). */
  static Optional<String> suggestion(String operator) {
    String lower = operator.toLowerCase(Locale.ROOT);
    return BASE.stream().filter(b -> lower.endsWith(b.toLowerCase(Locale.ROOT))).findFirst();
  }
}
