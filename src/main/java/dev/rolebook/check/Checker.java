package dev.rolebook.check;

import dev.rolebook.load.LoadResult;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every check over a project and collects the findings. Never starts Asciidoctor: this is the
 * fast path that `check`, `snippets` and the Maven gate share.
 */
public final class Checker {
  private Checker() {}

  public static CheckResult check(Path projectDir) {
    return check(new ProjectLoader().load(projectDir), List.of());
  }

  /** Checks a loaded project, measuring sizes as written, in the worst case and for {@code targets}. */
  public static CheckResult check(LoadResult loaded, List<Target> targets) {
    List<Diagnostic> out = new ArrayList<>(loaded.diagnostics());
    if (loaded.policySet().isEmpty()) {
      return new CheckResult(Optional.empty(), out, List.of(), Optional.empty());
    }
    PolicySet set = loaded.policySet().get();
    Manifest m = set.manifest();
    Target worst = Target.worstCase(m);

    Map<String, PolicyDocument> byOwner = new LinkedHashMap<>();
    for (Map.Entry<PolicyEntry, PolicyDocument> e : set.entries().entrySet()) {
      boolean trust = e.getKey().type().equals(PolicyEntry.TRUST);
      document(e.getValue(), e.getKey().name(), m, trust, out);
      byOwner.put(e.getKey().name(), e.getValue());
    }
    set.variantDocuments().forEach((name, doc) -> {
      document(doc, name, m, false, out);
      byOwner.put(name, doc);
    });
    Findings manifestFindings = new Findings(m.source(), out);
    LintCheck.staleReasons(m, byOwner, manifestFindings);
    TextCheck.names(m, worst, out);
    AttachmentCheck.check(m, out);

    List<Target> measured = new ArrayList<>();
    measured.add(Target.asWritten(m));
    measured.add(worst);
    measured.addAll(targets);
    List<SizeFigure> sizes = SizeCheck.measure(set, measured, out);
    // A hash over a partly loaded set would name a bundle that does not exist. Targets are not part
    // of the hash, so a problem in targets.json does not withhold it.
    boolean complete = loaded.diagnostics().stream()
        .noneMatch(d -> d.isError() && !d.code().name().startsWith("TGT"));
    return new CheckResult(Optional.of(set), out, sizes, complete ? Optional.of(SetHash.of(set)) : Optional.empty());
  }

  private static void document(PolicyDocument doc, String owner, Manifest m, boolean trust, List<Diagnostic> out) {
    Findings f = new Findings(doc.source(), out);
    TextCheck.characters(doc, out);
    GrammarCheck.check(doc, trust, f);
    LintCheck.check(doc, owner, m, trust, f);
  }
}
