package dev.rolebook.cli;

import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.GithubReport;
import dev.rolebook.report.SarifReport;
import java.io.PrintStream;
import java.util.List;

/** The --format choices that check and drift share, and the two formats printed the same way by both. */
final class Formats {
  static final List<String> ALL = List.of("text", "json", "sarif", "github");

  private Formats() {}

  /** sarif and github: diagnostics only, no summary lines (the output is read by a machine). */
  static boolean machine(String format) {
    return format.equals("sarif") || format.equals("github");
  }

  static void write(String format, List<Diagnostic> diagnostics, PrintStream out) {
    if (format.equals("sarif")) {
      SarifReport.write(diagnostics, Main.version(), out);
    } else {
      GithubReport.print(diagnostics, out);
    }
    out.flush();
  }
}
