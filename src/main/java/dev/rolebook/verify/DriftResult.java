package dev.rolebook.verify;

import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What a drift run found: diagnostics (sorted), one-line notes on what was scanned, every policy
 * block it compared (in sync or not), and how many policy blocks it found in all: {@code blocks}
 * also counts those it could not compare (JSON that does not parse, an unknown policy name, a
 * block that matches no policy), so "N of M in sync" always counts every block found.
 */
public record DriftResult(List<Diagnostic> diagnostics, List<String> notes, List<Shown> shown, int blocks) {
  public DriftResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    notes = List.copyOf(notes);
    shown = List.copyOf(shown);
  }

  /** A compared block: where it is, which document of the set it shows, whether it equals it. */
  public record Shown(Where where, String shows, boolean inSync) {}

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Blocks found that equal the policy set. */
  public long inSync() {
    return shown.stream().filter(Shown::inSync).count();
  }

  public boolean passes(boolean strict) {
    return count(Severity.ERROR) == 0 && (!strict || count(Severity.WARNING) == 0);
  }

  static final class Builder {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Shown> shown = new ArrayList<>();
    private int blocks;

    void add(Diagnostic d) {
      diagnostics.add(d);
    }

    void addAll(List<Diagnostic> ds) {
      diagnostics.addAll(ds);
    }

    void note(String note) {
      notes.add(note);
    }

    /** Counts one policy block found, whatever comes of comparing it. */
    void found() {
      blocks++;
    }

    void shown(Where where, String shows, boolean inSync) {
      shown.add(new Shown(where, shows, inSync));
    }

    DriftResult build() {
      return new DriftResult(diagnostics, notes, shown, blocks);
    }
  }
}
