package dev.rolebook.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Compiler-style output: {@code path:line:col: severity: CODE message}, the source line with a
 * caret under the column, then the hint.
 */
public final class TextReport {
  private TextReport() {}

  public static void print(List<Diagnostic> diagnostics, SourceLines sources, PrintStream out) {
    for (Diagnostic d : diagnostics) {
      out.println(d.location() + ": " + d.severity().word() + ": " + d.code() + " " + d.message());
      String line = sources.line(d.file(), d.line());
      if (!line.isEmpty() && line.length() <= 300) {
        out.println("    " + line);
        if (d.column() > 0) {
          out.println("    " + caretPad(line, d.column()) + "^");
        }
      }
      if (!d.hint().isEmpty()) {
        out.println("    hint: " + d.hint());
      }
    }
  }

  /** Spaces up to {@code column}, keeping tabs so the caret lines up in a terminal. */
  private static String caretPad(String line, int column) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < column - 1 && i < line.length(); i++) {
      sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return sb.toString();
  }

  /** "2 errors, 1 warning". */
  public static String counts(long errors, long warnings) {
    return String.format(Locale.ROOT, "%d error%s, %d warning%s", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  }
}
