package dev.rolebook.verify;

import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.verify.Difference.Kind;
import dev.rolebook.verify.Side.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares one found block with the document it shows and words the result as diagnostics. */
final class BlockCheck {
  private BlockCheck() {}

  /** Differences between {@code block} and {@code expected}: a whole policy, or one statement. */
  static List<Difference> differences(Block block, Side expected) {
    if (block.shape() == Shape.POLICY) {
      return PolicyDiff.compare(expected, Side.of(expected.name(), block.parsed().root(), block.locator()));
    }
    Located shown = statement(block);
    Optional<Located> match = PolicyDiff.match(shown, expected.statements());
    if (match.isEmpty()) {
      return List.of(new Difference(Kind.ADDED, expected.name() + Facts.SEP + shown.label(), Optional.empty(),
          Optional.empty(), expected.rootLocator().at("", false), block.where()));
    }
    return PolicyDiff.statement(expected.name(), match.get(), shown);
  }

  static Located statement(Block block) {
    // Shape.STATEMENT guarantees an object.
    return new Located((JsonObject) block.parsed().root(), "", block.locator(), 0);
  }

  /** DRIFT001 diagnostics, one per difference, at the shown side's place. */
  static List<Diagnostic> diagnostics(List<Difference> differences, String hint) {
    List<Diagnostic> out = new ArrayList<>();
    for (Difference d : differences) {
      Where at = d.shown();
      out.add(new Diagnostic(Code.DRIFT001.severity(), at.file(), at.line(), at.line() > 0 ? at.column() : -1,
          Code.DRIFT001, d.message(), hint));
    }
    return out;
  }
}
