package dev.rolebook.check;

import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics against one source file, positioned by JSON pointer. Findings about a
 * statement also become {@link PolicyFinding}s, after the manifest's acknowledgements are applied.
 */
final class Findings {
  private final SourceFile file;
  private final List<Diagnostic> sink;
  private final String owner;
  private final Acknowledgements acknowledgements;
  private final List<PolicyFinding> statementSink;

  Findings(SourceFile file, List<Diagnostic> sink) {
    this(file, sink, "", Acknowledgements.NONE, new ArrayList<>());
  }

  /** Findings about the document of {@code owner} (a policy or variant name). */
  Findings(SourceFile file, List<Diagnostic> sink, String owner, Acknowledgements acknowledgements, List<PolicyFinding> statementSink) {
    this.file = file;
    this.sink = sink;
    this.owner = owner;
    this.acknowledgements = acknowledgements;
    this.statementSink = statementSink;
  }

  static Findings collecting(SourceFile file) {
    return new Findings(file, new ArrayList<>());
  }

  SourceFile file() {
    return file;
  }

  String owner() {
    return owner;
  }

  /** A finding at the value {@code pointer} names. */
  void at(String pointer, Code code, String message, String hint) {
    sink.add(Diagnostic.of(code, file.path(), file.position(pointer), message, hint));
  }

  /** A finding at the key of the member {@code pointer} names (for "this element should not be here"). */
  void atKey(String pointer, Code code, String message, String hint) {
    sink.add(Diagnostic.of(code, file.path(), file.keyPosition(pointer), message, hint));
  }

  /**
   * A finding about {@code value} in statement {@code st}, at {@code pointer}. A warning the
   * manifest acknowledges is reported as a note that quotes the manifest's reason.
   */
  void about(Statement st, String pointer, Code code, String value, String message, String hint) {
    report(st, file.position(pointer), code, value, message, hint);
  }

  /** Like {@link #about}, at the key of the member {@code pointer} names (a condition key). */
  void aboutKey(Statement st, String pointer, Code code, String value, String message, String hint) {
    report(st, file.keyPosition(pointer), code, value, message, hint);
  }

  private void report(Statement st, Position at, Code code, String value, String message, String hint) {
    Optional<String> reason = acknowledgements.match(owner, st.sid(), code, value);
    Severity severity = reason.isPresent() ? Severity.NOTE : code.severity();
    String shown = reason.map(r -> message + " (acknowledged in the manifest: " + r + ")").orElse(message);
    sink.add(new Diagnostic(severity, file.path(), at.line(), at.column(), code, shown, hint));
    statementSink.add(new PolicyFinding(owner, file.path(), at.line(), at.column(), st.label(), code, severity, value, message, hint, reason));
  }

  List<Diagnostic> list() {
    return sink;
  }
}
