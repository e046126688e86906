package dev.rolebook.diff;

/**
 * How closely a reviewer should look at a change. High: permissions management, deleting, a
 * {@code "*"} resource, NotAction/NotResource, an Effect flip or anything in a trust policy.
 * Medium: other writes and tagging, a condition dropped. Low: reads and listings. None: neutral.
 */
public enum Risk {
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low"),
  NONE("none");

  private final String label;

  Risk(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The higher of two risks. */
  public Risk max(Risk other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
