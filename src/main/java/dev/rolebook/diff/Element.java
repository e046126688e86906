package dev.rolebook.diff;

/** The part of a policy a change is about. */
public enum Element {
  /** The policy (or variant) as a whole appeared, disappeared, or changed when it is attached. */
  POLICY("policy"),
  STATEMENT("statement"),
  SID("Sid"),
  VERSION("Version"),
  EFFECT("Effect"),
  PRINCIPAL("Principal"),
  ACTION("Action"),
  NOT_ACTION("NotAction"),
  RESOURCE("Resource"),
  NOT_RESOURCE("NotResource"),
  CONDITION("Condition");

  private final String label;

  Element(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
