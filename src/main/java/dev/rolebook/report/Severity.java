package dev.rolebook.report;

import java.util.Locale;

/** How bad a finding is. Errors fail the build; warnings fail it only under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The word printed in compiler-style output: error, warning, note. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
