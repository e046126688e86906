package dev.rolebook.check;

import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics against one source file, positioned by JSON pointer. */
final class Findings {
  private final SourceFile file;
  private final List<Diagnostic> sink;

  Findings(SourceFile file, List<Diagnostic> sink) {
    this.file = file;
    this.sink = sink;
  }

  static Findings collecting(SourceFile file) {
    return new Findings(file, new ArrayList<>());
  }

  SourceFile file() {
    return file;
  }

  /** A finding at the value {@code pointer} names. */
  void at(String pointer, Code code, String message, String hint) {
    sink.add(Diagnostic.of(code, file.path(), file.position(pointer), message, hint));
  }

  /** A finding at the key of the member {@code pointer} names (for "this element should not be here"). */
  void atKey(String pointer, Code code, String message, String hint) {
    sink.add(Diagnostic.of(code, file.path(), file.keyPosition(pointer), message, hint));
  }

  List<Diagnostic> list() {
    return sink;
  }
}
