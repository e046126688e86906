package dev.rolebook.diff;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.When;
import dev.rolebook.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a policy is attached, as opposed to what it says: an optional policy made always attached
 * (or the reverse), chosen by another value, or switched on or off by its list parameter's default.
 * Deployments that did not choose it gain (or lose) every statement it holds.
 */
final class Attachment {
  private Attachment() {}

  static UnitDiff compare(UnitDiff u, Optional<PolicyEntry> before, Optional<PolicyEntry> after, Manifest mb, Manifest ma) {
    if (before.isEmpty() || after.isEmpty()) {
      return u;
    }
    Optional<When> was = before.get().when();
    Optional<When> now = after.get().when();
    List<Change> extra = new ArrayList<>();
    Where head = at(ma, after.get());
    Where base = at(mb, before.get());
    if (was.isPresent() && now.isEmpty()) {
      extra.add(change(u, head, base, Direction.WIDENING, "now always attached (was attached only when " + was.get().describe() + ")"));
    } else if (was.isEmpty() && now.isPresent()) {
      extra.add(change(u, head, base, Direction.NARROWING, "now attached only when " + now.get().describe() + " (was always attached)"));
    } else if (was.isPresent() && !was.equals(now)) {
      extra.add(change(u, head, base, Direction.WIDENING, "now attached when " + now.get().describe() + ", for deployments that choose that"));
      extra.add(change(u, head, base, Direction.NARROWING, "no longer attached when " + was.get().describe()));
    } else if (was.isPresent()) {
      boolean byDefaultBefore = byDefault(mb, was.get());
      boolean byDefaultNow = byDefault(ma, now.get());
      if (!byDefaultBefore && byDefaultNow) {
        extra.add(change(u, head, base, Direction.WIDENING, "switched on by default: " + now.get().parameter() + "'s default now includes "
            + now.get().includes() + " (deployments that do not set " + now.get().parameter() + " now get it)"));
      } else if (byDefaultBefore && !byDefaultNow) {
        extra.add(change(u, head, base, Direction.NARROWING, "switched off by default: " + now.get().parameter()
            + "'s default no longer includes " + now.get().includes()));
      }
    }
    if (extra.isEmpty()) {
      return u;
    }
    extra.addAll(u.changes());
    return new UnitDiff(u.name(), u.kind(), UnitDiff.Status.CHANGED, extra, u.before(), u.after());
  }

  private static boolean byDefault(Manifest m, When w) {
    return m.parameter(w.parameter()).map(Parameter::defaultChoices).orElse(List.of()).contains(w.includes());
  }

  private static Change change(UnitDiff u, Where head, Where base, Direction d, String summary) {
    // Attaching a whole policy to more deployments is reviewed like the statements it holds: high.
    return new Change(u.name(), "", Element.POLICY, d, Risk.HIGH, summary, List.of(u.name()), Optional.of(head), Optional.of(base));
  }

  /** The policy's entry in the manifest: its "when", else the entry itself. */
  private static Where at(Manifest m, PolicyEntry p) {
    String pointer = p.when().isPresent() ? SourceFile.child(p.pointer(), "when") : p.pointer();
    var pos = m.source().keyPosition(pointer);
    return new Where(m.source().path(), pos.line(), pos.column());
  }
}
