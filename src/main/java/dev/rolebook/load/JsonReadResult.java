package dev.rolebook.load;

import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Diagnostic;
import java.util.List;
import java.util.Optional;

/** A parsed file, or the reasons it could not be parsed (never both). */
public record JsonReadResult(Optional<SourceFile> file, List<Diagnostic> diagnostics) {
  public JsonReadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  static JsonReadResult ok(SourceFile file) {
    return new JsonReadResult(Optional.of(file), List.of());
  }

  static JsonReadResult failed(Diagnostic diagnostic) {
    return new JsonReadResult(Optional.empty(), List.of(diagnostic));
  }
}
