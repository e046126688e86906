package dev.rolebook.verify;

import java.util.Optional;

/**
 * One way a shown document differs from the policy set. {@code path} names policy › statement ›
 * element; {@code value} is the value added or removed (empty when a whole statement or element
 * is); {@code expected} is where the policy set has it, {@code shown} where the shown block has it
 * (or the nearest enclosing place).
 */
public record Difference(Kind kind, String path, Optional<String> value, Optional<String> shownValue,
    Where expected, Where shown) {

  public enum Kind {
    /** In the policy set, not in the shown block. */
    REMOVED,
    /** In the shown block, not in the policy set. */
    ADDED,
    /** A single-valued element (Effect, Version…) with another value. */
    CHANGED
  }

  /** The sentence printed after the block's location. */
  public String message() {
    return switch (kind) {
      case REMOVED -> path + value.map(v -> Facts.SEP + "'" + v + "'").orElse("")
          + " removed: " + expected + " has it, this block does not";
      case ADDED -> path + value.map(v -> Facts.SEP + "'" + v + "'").orElse("")
          + " added: this block has it, " + expected.file() + " does not";
      case CHANGED -> path + Facts.SEP + "'" + value.orElse("") + "' changed to '" + shownValue.orElse("")
          + "': " + expected + " has '" + value.orElse("") + "'";
    };
  }
}
