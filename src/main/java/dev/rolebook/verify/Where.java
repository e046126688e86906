package dev.rolebook.verify;

import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;

/** A place in a file: display path plus 1-based line and column (-1 when unknown). */
public record Where(String file, int line, int column) {

  public static Where of(String file, Position p) {
    return new Where(file, p.line(), p.column());
  }

  /** A finding here at the code's severity; an unknown column stays unknown. */
  public Diagnostic diagnostic(Code code, String message, String hint) {
    return new Diagnostic(code.severity(), file, line > 0 ? line : -1, line > 0 && column > 0 ? column : -1, code, message, hint);
  }

  /** {@code file:line}, or just the file when the line is unknown. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
