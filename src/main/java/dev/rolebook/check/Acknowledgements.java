package dev.rolebook.check;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Acknowledgement;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.SourceFile;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Code;
import dev.rolebook.report.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest's acknowledgements: warnings a writer accepts on purpose. An acknowledged warning is
 * still printed (as a note quoting the reason) and still listed in the guide; it only stops
 * failing {@code --strict}. Errors cannot be acknowledged: they are things IAM cannot match.
 */
final class Acknowledgements {
  static final Acknowledgements NONE = new Acknowledgements(List.of());

  private final List<Acknowledgement> entries;
  private final Set<Acknowledgement> used = new HashSet<>();

  private Acknowledgements(List<Acknowledgement> entries) {
    this.entries = List.copyOf(entries);
  }

  static Acknowledgements of(Manifest manifest) {
    return new Acknowledgements(manifest.acknowledgements());
  }

  /** The reason of the first acknowledgement covering this warning, if any. */
  Optional<String> match(String owner, Optional<String> sid, Code code, String value) {
    if (code.severity() != Severity.WARNING || sid.isEmpty()) {
      return Optional.empty();
    }
    for (Acknowledgement a : entries) {
      if (a.policy().equals(owner) && a.sid().equals(sid.get()) && a.code().equals(code.name())
          && a.value().map(v -> v.equals(value)).orElse(true)) {
        used.add(a);
        return Optional.of(a.reason());
      }
    }
    return Optional.empty();
  }

  /** Acknowledgements that matched nothing: an unknown statement (MAN004), else a stale entry (MAN007). */
  void reportUnused(Map<String, PolicyDocument> byOwner, Findings manifest) {
    for (Acknowledgement a : entries) {
      if (used.contains(a)) {
        continue;
      }
      PolicyDocument doc = byOwner.get(a.policy());
      if (doc == null) {
        continue; // unknown owner: reported by the loader; failed document: reported by its parse
      }
      boolean sidExists = doc.statements().stream().anyMatch(s -> s.sid().equals(Optional.of(a.sid())));
      if (!sidExists) {
        manifest.at(SourceFile.child(a.pointer(), "sid"), Code.MAN004,
            "unknown statement '" + a.sid() + "' in '" + a.policy() + "'",
            "Sids in " + doc.path() + ": " + String.join(", ", doc.statements().stream().map(Statement::label).toList()));
        continue;
      }
      Optional<Code> code = java.util.Arrays.stream(Code.values()).filter(c -> c.name().equals(a.code())).findFirst();
      if (code.isEmpty()) {
        continue; // reported by the loader (MAN002)
      }
      boolean error = code.get().severity() == Severity.ERROR;
      manifest.at(a.pointer(), Code.MAN007,
          "acknowledgement of " + a.code() + a.value().map(v -> " '" + v + "'").orElse("") + " in statement " + a.sid()
              + " of '" + a.policy() + "' matches no warning",
          error ? a.code() + " is an error, which cannot be acknowledged: fix the statement"
              : "remove the entry; the check no longer reports this");
    }
  }
}
