package dev.rolebook.diff;

import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.SarifReport;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The widening changes as SARIF results ({@code DIFF001}) at their lines in HEAD, so code scanning
 * annotates the pull request where it grants more. Narrowing and neutral changes are not findings.
 */
public final class SarifDiff {
  private SarifDiff() {}

  public static List<Diagnostic> findings(SetDiff diff) {
    List<Diagnostic> out = new ArrayList<>();
    for (Change c : diff.changes()) {
      if (c.direction() != Direction.WIDENING || c.head().isEmpty()) {
        continue;
      }
      Where w = c.head().get();
      out.add(Diagnostic.of(Code.DIFF001, w.file(), w.line() > 0 ? new Position(w.line(), Math.max(w.column(), 1)) : Position.UNKNOWN,
          c.unit() + (c.statement().isEmpty() ? "" : " › " + c.statement()) + ": " + c.summary() + " (" + c.risk().label() + " risk)",
          "widening grants more than " + diff.base().label() + "; a minor version bump at least"));
    }
    return out.stream().sorted(Diagnostic.ORDER).toList();
  }

  public static void write(SetDiff diff, String toolVersion, OutputStream out) {
    SarifReport.write(findings(diff), toolVersion, out);
  }
}
