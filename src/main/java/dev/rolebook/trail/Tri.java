package dev.rolebook.trail;

/** The outcome of a test that the evidence may not be able to decide. */
enum Tri {
  TRUE, FALSE, UNKNOWN;

  static Tri of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** Conjunction: any FALSE wins, then any UNKNOWN. */
  Tri and(Tri other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : TRUE;
  }

  /** Disjunction: any TRUE wins, then any UNKNOWN. */
  Tri or(Tri other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : FALSE;
  }

  Tri not() {
    return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
  }
}
