package dev.rolebook.diff;

import dev.rolebook.model.SemVer.Part;

/**
 * What a change does to the permissions a policy grants. The version part it requires follows the
 * consumers' reading: a narrowing can break a deployment mid-way (major), a widening grants more and
 * is flagged for review (minor), a neutral change alters nothing IAM evaluates (patch).
 */
public enum Direction {
  NARROWING("narrowing", Part.MAJOR),
  WIDENING("widening", Part.MINOR),
  NEUTRAL("neutral", Part.PATCH);

  private final String label;
  private final Part bump;

  Direction(String label, Part bump) {
    this.label = label;
    this.bump = bump;
  }

  public String label() {
    return label;
  }

  public Part bump() {
    return bump;
  }
}
