package dev.rolebook.check;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.load.LoadResult;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Statement;
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

  /** Checks a loaded project against the bundled IAM catalog. */
  public static CheckResult check(LoadResult loaded, List<Target> targets) {
    return check(loaded, targets, Catalog.bundled());
  }

  /**
   * Checks a loaded project, measuring sizes as written, in the worst case and for {@code targets},
   * and judging actions, resources and condition keys against {@code catalog}.
   */
  public static CheckResult check(LoadResult loaded, List<Target> targets, Catalog catalog) {
    List<Diagnostic> out = new ArrayList<>(loaded.diagnostics());
    if (loaded.policySet().isEmpty()) {
      return new CheckResult(Optional.empty(), out, List.of(), Optional.empty(), List.of());
    }
    PolicySet set = loaded.policySet().get();
    Manifest m = set.manifest();
    Target worst = Target.worstCase(m);

    Map<String, PolicyDocument> byOwner = new LinkedHashMap<>();
    Acknowledgements acks = Acknowledgements.of(m);
    List<PolicyFinding> findings = new ArrayList<>();
    for (Map.Entry<PolicyEntry, PolicyDocument> e : set.entries().entrySet()) {
      boolean trust = e.getKey().type().equals(PolicyEntry.TRUST);
      document(e.getValue(), e.getKey().name(), m, trust, catalog, new Findings(e.getValue().source(), out, e.getKey().name(), acks, findings));
      byOwner.put(e.getKey().name(), e.getValue());
    }
    set.variantDocuments().forEach((name, doc) -> {
      document(doc, name, m, false, catalog, new Findings(doc.source(), out, name, acks, findings));
      byOwner.put(name, doc);
    });
    Findings manifestFindings = new Findings(m.source(), out);
    LintCheck.staleReasons(m, byOwner, manifestFindings);
    acks.reportUnused(byOwner, manifestFindings);
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
    return new CheckResult(Optional.of(set), out, sizes, complete ? Optional.of(SetHash.of(set)) : Optional.empty(), findings);
  }

  private static void document(PolicyDocument doc, String owner, Manifest m, boolean trust, Catalog catalog, Findings f) {
    TextCheck.characters(doc, f.list());
    GrammarCheck.check(doc, trust, f);
    LintCheck.check(doc, owner, m, trust, f);
    values(doc, trust, Placeholders.of(m), catalog, f);
  }

  /** The checks of values and grants that need no manifest beyond its placeholders. */
  static void values(PolicyDocument doc, boolean trust, Placeholders placeholders, Catalog catalog, Findings f) {
    for (Statement st : doc.statements()) {
      ActionNameCheck.check(st, catalog, f);
      ResourceTypeCheck.check(doc, st, catalog, f);
      ConditionKeyCheck.check(st, catalog, f);
      ArnCheck.check(st, placeholders, f);
      PrincipalCheck.check(st, trust, placeholders, f);
      ConditionValueCheck.check(st, placeholders, f);
      SecurityCheck.check(st, f);
    }
    ActionCoverage.check(doc, f);
    PrivilegeEscalation.check(doc, f);
  }
}
