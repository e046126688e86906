package dev.rolebook.trail;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonBoolean;
import dev.rolebook.model.JsonValue.JsonNumber;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A statement's Condition block against a {@link RequestContext}, with IAM's rules: every
 * operator and every key in the block must hold (AND); a key's values are alternatives (OR), and
 * for the negated operators ({@code StringNotEquals}…) the key must match none of them.
 * {@code …IfExists} holds when the key is absent. A condition on a key the record does not carry
 * is UNKNOWN and named in {@link Result#notEvaluated}: never assumed to hold.
 */
final class Conditions {
  private Conditions() {}

  /** The outcome and the {@code Operator key} pairs that could not be decided. */
  record Result(Tri value, Set<String> notEvaluated) {
    Result {
      notEvaluated = java.util.Collections.unmodifiableSet(new TreeSet<>(notEvaluated));
    }
  }

  static Result evaluate(Optional<JsonValue> condition, RequestContext ctx) {
    if (condition.isEmpty()) {
      return new Result(Tri.TRUE, Set.of());
    }
    if (!(condition.get() instanceof JsonObject block)) {
      return new Result(Tri.UNKNOWN, Set.of("Condition (not an object)"));
    }
    Tri all = Tri.TRUE;
    Set<String> unknown = new TreeSet<>();
    for (Member op : block.members()) {
      if (!(op.value() instanceof JsonObject keys)) {
        all = all.and(Tri.UNKNOWN);
        unknown.add(op.key());
        continue;
      }
      for (Member key : keys.members()) {
        Tri t = test(op.key(), key.key(), values(key.value()), ctx);
        if (t == Tri.UNKNOWN) {
          unknown.add(op.key() + " " + key.key());
        }
        all = all.and(t);
      }
    }
    return new Result(all, all == Tri.UNKNOWN ? unknown : Set.of());
  }

  private static Tri test(String operatorWritten, String key, List<String> wanted, RequestContext ctx) {
    String op = operatorWritten;
    // Set operators over a single-valued key behave as the plain operator (IAM: ForAnyValue holds
    // when one request value matches; ForAllValues when every request value does, and when the key is absent).
    boolean forAll = false;
    if (op.startsWith("ForAnyValue:")) {
      op = op.substring("ForAnyValue:".length());
    } else if (op.startsWith("ForAllValues:")) {
      op = op.substring("ForAllValues:".length());
      forAll = true;
    }
    boolean ifExists = op.endsWith("IfExists");
    if (ifExists) {
      op = op.substring(0, op.length() - "IfExists".length());
    }
    if (wanted.stream().anyMatch(v -> v.contains("${"))) {
      return Tri.UNKNOWN; // a policy variable in the value: its value is not in the record
    }
    Optional<String> actual = ctx.key(key);
    if (op.equals("Null")) {
      // Null "true" holds when the key is absent; the record can only prove presence.
      return actual.isPresent() ? Tri.of(wanted.stream().anyMatch(v -> v.equalsIgnoreCase("false"))) : Tri.UNKNOWN;
    }
    if (actual.isEmpty()) {
      return Tri.UNKNOWN; // absent or just not recorded: the record cannot tell, so neither can we
    }
    String v = actual.get();
    Tri result = switch (op) {
      case "StringEquals" -> any(wanted, w -> Tri.of(w.equals(v)));
      case "StringNotEquals" -> any(wanted, w -> Tri.of(w.equals(v))).not();
      case "StringEqualsIgnoreCase" -> any(wanted, w -> Tri.of(w.equalsIgnoreCase(v)));
      case "StringNotEqualsIgnoreCase" -> any(wanted, w -> Tri.of(w.equalsIgnoreCase(v))).not();
      case "StringLike" -> any(wanted, w -> Tri.of(Wildcard.matches(w, v)));
      case "StringNotLike" -> any(wanted, w -> Tri.of(Wildcard.matches(w, v))).not();
      // IAM: ArnEquals and ArnLike behave the same, field by field with wildcards.
      case "ArnEquals", "ArnLike" -> any(wanted, w -> Tri.of(Wildcard.arnMatches(w, v)));
      case "ArnNotEquals", "ArnNotLike" -> any(wanted, w -> Tri.of(Wildcard.arnMatches(w, v))).not();
      case "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
          "NumericGreaterThan", "NumericGreaterThanEquals" -> numeric(op, wanted, v);
      case "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
          "DateGreaterThan", "DateGreaterThanEquals" -> date(op, wanted, v);
      case "Bool" -> any(wanted, w -> Tri.of(w.equalsIgnoreCase(v)));
      case "IpAddress" -> any(wanted, w -> Ip.inBlock(v, w).map(Tri::of).orElse(Tri.UNKNOWN));
      case "NotIpAddress" -> any(wanted, w -> Ip.inBlock(v, w).map(Tri::of).orElse(Tri.UNKNOWN)).not();
      default -> Tri.UNKNOWN; // BinaryEquals and operators IAM may add: not evaluated
    };
    return forAll && result == Tri.UNKNOWN ? Tri.UNKNOWN : result;
  }

  private static Tri any(List<String> wanted, java.util.function.Function<String, Tri> test) {
    Tri out = Tri.FALSE;
    for (String w : wanted) {
      out = out.or(test.apply(w));
    }
    return out;
  }

  private static Tri numeric(String op, List<String> wanted, String actual) {
    BigDecimal a;
    try {
      a = new BigDecimal(actual);
    } catch (NumberFormatException e) {
      return Tri.UNKNOWN;
    }
    return compare(op.substring("Numeric".length()), wanted, w -> {
      try {
        return Optional.of(a.compareTo(new BigDecimal(w)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  private static Tri date(String op, List<String> wanted, String actual) {
    Optional<Instant> a = instant(actual);
    if (a.isEmpty()) {
      return Tri.UNKNOWN;
    }
    return compare(op.substring("Date".length()), wanted, w -> instant(w).map(b -> a.get().compareTo(b)));
  }

  private static Tri compare(String how, List<String> wanted, java.util.function.Function<String, Optional<Integer>> cmp) {
    boolean negated = how.equals("NotEquals");
    Tri out = Tri.FALSE;
    for (String w : wanted) {
      Optional<Integer> c = cmp.apply(w);
      Tri t = c.map(x -> Tri.of(switch (how) {
        case "Equals", "NotEquals" -> x == 0;
        case "LessThan" -> x < 0;
        case "LessThanEquals" -> x <= 0;
        case "GreaterThan" -> x > 0;
        default -> x >= 0;
      })).orElse(Tri.UNKNOWN);
      out = out.or(t);
    }
    return negated ? out.not() : out;
  }

  /** IAM dates: ISO 8601 ("2026-03-01T00:00:00Z", or a date alone) or epoch seconds. */
  private static Optional<Instant> instant(String text) {
    try {
      if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
      }
      if (text.length() == 10) {
        return Optional.of(Instant.parse(text + "T00:00:00Z"));
      }
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A condition value as strings: a string, number or boolean, or an array of them. */
  private static List<String> values(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v instanceof JsonArray a) {
      a.elements().forEach(e -> out.addAll(values(e)));
    } else if (v instanceof JsonString s) {
      out.add(s.value());
    } else if (v instanceof JsonNumber n) {
      out.add(n.literal());
    } else if (v instanceof JsonBoolean b) {
      out.add(Boolean.toString(b.value()).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
