package dev.rolebook.verify;

import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;

/**
 * DRIFT001 for a block that says it shows a policy (a marker, a json fence, a {@code <pre
 * data-policy>}) but holds JSON that does not parse, or JSON that is no policy. The rendered-site
 * and published-copy checks both report it this way: at the parser's line inside the block,
 * quoting the parser's problem.
 */
final class BrokenBlock {
  private BrokenBlock() {}

  /**
   * @param block where the block's JSON text starts (column -1 when unknown)
   * @param policy the policy the block names, "" for an unmarked json block
   * @param problem the parser's finding, with line and column relative to the block's text
   */
  static Diagnostic unparsable(Where block, String policy, Diagnostic problem, String hint) {
    int line = block.line() > 0 && problem.line() > 0 ? block.line() + problem.line() - 1 : block.line();
    int column = block.column() > 0 && problem.column() > 0
        ? (problem.line() == 1 ? block.column() + problem.column() - 1 : problem.column())
        : -1;
    return new Where(block.file(), line, column).diagnostic(Code.DRIFT001, what(policy) + " does not parse as JSON: " + problem.message(), hint);
  }

  static Diagnostic notAPolicy(Where block, String policy, String hint) {
    return block.diagnostic(Code.DRIFT001, what(policy) + " holds JSON that is not a policy or a statement", hint);
  }

  static Diagnostic empty(Where block, String policy, String hint) {
    return block.diagnostic(Code.DRIFT001, what(policy) + " holds no JSON", hint);
  }

  /** For a copy kept by hand: fix its JSON (the parser's hint says how), or publish it again. */
  static String fixHint(Diagnostic problem) {
    return "fix the JSON of this block" + (problem.hint().isEmpty() ? "" : " (" + problem.hint() + ")")
        + ", or publish it again from the current policy set";
  }

  private static String what(String policy) {
    return policy.isEmpty() ? "json block" : "block for '" + policy + "'";
  }
}
