package dev.rolebook.cli;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.diff.ReleaseCheck;
import dev.rolebook.diff.SetDiffer;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.JsonReport;
import dev.rolebook.report.Severity;
import dev.rolebook.report.SizeTable;
import dev.rolebook.report.TargetSizeLines;
import dev.rolebook.substitute.Target;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code rolebook check}: load, check, report. Never starts Asciidoctor. */
final class CheckCommand implements Command {
  private static final List<String> FORMATS = Formats.ALL;

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "check policies/ against IAM's grammar and limits (after substitution)";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook check [--project DIR] [--format text|json|sarif|github] [--strict] [--catalog DIR]

        Loads policies/ and its manifest, checks IAM grammar, characters, names and size limits
        (as written, in the worst case and per deployment target) and lints the policies.
        With policies/releases.json, also holds the manifest's version to the recorded hashes.
        Deployment targets come from policies/targets.json when the project has one.

          --project DIR   project with a policies/ directory (default: .)
          --format F      text (compiler-style, default), json, sarif (SARIF 2.1.0) or github
                          (GitHub Actions annotations)
          --strict        warnings fail the check too
        %s

        From a project's third check on, a JVM kept up between checks answers them (same output,
        a fraction of the time); ROLEBOOK_NO_DAEMON=1 turns it off, and it is never used where CI
        is set. README: "The check daemon".

        Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 usage error.""".formatted(CatalogOption.HELP);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "format", CatalogOption.NAME), Set.of("strict"));
    a.noPositional(name());
    String format = a.choice("format", "text", FORMATS);
    Path project = Project.resolve(a);
    Catalog catalog = CatalogOption.resolve(a);
    ProjectInput input = ProjectInput.load(project);
    CheckResult checked = Checker.check(input.loaded(), input.targets().targets(), catalog);
    // Version discipline against policies/releases.json; a diff is made only when the hash moved.
    List<Diagnostic> all = new java.util.ArrayList<>(checked.diagnostics());
    all.addAll(ReleaseCheck.check(checked, () -> SetDiffer.with(catalog)));
    CheckResult result = new CheckResult(checked.policySet(), all, checked.sizes(), checked.hash(), checked.findings());
    if (format.equals("json")) {
      JsonReport.write(result.hash(), Optional.of(new JsonReport.CatalogStamp(catalog.source(), catalog.date())),
          result.diagnostics(), result.sizes(), out);
    } else if (Formats.machine(format)) {
      Formats.write(format, result.diagnostics(), out);
    } else {
      TextReport.print(result.diagnostics(), new SourceLines(project), out);
      result.policySet().ifPresent(set -> out.println("policy set " + set.manifest().version()
          + result.hash().map(h -> "  sha256:" + h).orElse("  (no hash: some files did not load)")));
      out.println(CatalogOption.describe(catalog));
      if (!result.sizes().isEmpty()) {
        out.println("sizes in characters, white space outside strings not counted:");
        List<String> targets = input.targets().targets().stream().map(Target::name).toList();
        if (targets.size() <= TargetSizeLines.MAX_COLUMNS) {
          SizeTable.lines(result.sizes()).forEach(l -> out.println("  " + l));
        } else {
          SizeTable.lines(result.sizes().stream().filter(f -> !targets.contains(f.target())).toList())
              .forEach(l -> out.println("  " + l));
          out.println("per deployment target (" + targets.size() + "):");
          TargetSizeLines.lines(result.sizes(), targets).forEach(l -> out.println("  " + l));
        }
      }
      out.println("check: " + TextReport.counts(result.count(Severity.ERROR), result.count(Severity.WARNING)));
    }
    return result.passes(a.flag("strict")) ? Main.OK : Main.PROBLEMS;
  }
}
