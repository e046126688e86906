package dev.rolebook.report;

import dev.rolebook.model.Position;
import java.util.Comparator;
import java.util.Objects;

/**
 * One finding. {@code file} is the project-relative path ('/'-separated), or "" when the finding
 * belongs to no file; {@code line}/{@code column} are 1-based or -1 when unknown. {@code hint}
 * says how to fix it ("" when there is nothing useful to add).
 */
public record Diagnostic(
    Severity severity, String file, int line, int column, Code code, String message, String hint) {

  /** File, then line, then column, then code: the order every report prints. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(file);
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    hint = hint == null ? "" : hint;
    if ((line < 1 && line != -1) || (column < 1 && column != -1)) {
      throw new IllegalArgumentException("bad position " + line + ":" + column);
    }
  }

  /** A finding at its code's default severity. */
  public static Diagnostic of(Code code, String file, Position at, String message, String hint) {
    return new Diagnostic(code.severity(), file, at.line(), at.column(), code, message, hint);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, file, line, column, code, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col}, leaving out the parts that are unknown. */
  public String location() {
    StringBuilder sb = new StringBuilder(file.isEmpty() ? "rolebook" : file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }
}
