package dev.rolebook.diff;

/**
 * The smallest piece of a statement's meaning: one principal (or none, in an identity policy) may
 * (or, for a Deny, may not) do one action term on one resource term under these conditions.
 */
record Grant(StatementView statement, boolean allow, String principal, Term action, Term resource, Conditions conditions) {

  /** True when {@code this} applies wherever {@code narrow} applies (same effect). */
  boolean covers(Grant narrow) {
    return allow == narrow.allow
        && principalCovers(principal, narrow.principal)
        && action.covers(narrow.action)
        && resource.covers(narrow.resource)
        && conditions.covers(narrow.conditions);
  }

  /** "*" (and AWS "*") stand for anyone; otherwise principals must match exactly. */
  private static boolean principalCovers(String wide, String narrow) {
    return wide.equals(narrow) || wide.equals("*") || wide.equals("AWS:*");
  }
}
