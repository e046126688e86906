package dev.rolebook.diff;

import java.io.PrintStream;

/** Writes a diff in one of the formats {@code rolebook diff --format} offers. */
public final class DiffReports {
  private DiffReports() {}

  public static void write(String format, SetDiff diff, String toolVersion, PrintStream out) {
    switch (format) {
      case "text" -> TextDiff.print(diff, out);
      case "markdown" -> MarkdownDiff.print(diff, out);
      case "json" -> JsonDiff.write(diff, out);
      case "sarif" -> SarifDiff.write(diff, toolVersion, out);
      default -> throw new IllegalArgumentException("unknown format " + format);
    }
  }
}
