package dev.rolebook.cli;

import dev.rolebook.diff.DiffReports;
import dev.rolebook.diff.Direction;
import dev.rolebook.diff.Revision;
import dev.rolebook.diff.Revisions;
import dev.rolebook.diff.Revisions.RevisionException;
import dev.rolebook.diff.SetDiff;
import dev.rolebook.diff.SetDiffer;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code rolebook diff}: what a change to policies/ grants, takes away, or leaves alone. */
final class DiffCommand implements Command {
  static final List<String> FORMATS = List.of("text", "markdown", "json", "sarif");
  static final List<String> FAIL_ON = List.of("none", "widening", "narrowing", "any");

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String summary() {
    return "what a change to policies/ grants or takes away, and the version bump it needs";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook diff [--project DIR] BASE [HEAD] [--format text|markdown|json|sarif]
                             [--fail-on widening|narrowing|any] [--catalog DIR | --no-catalog]

        Compares two revisions of the policy set, per policy, variant and optional policy: actions
        added and removed (wildcards expanded), resources widened or narrowed, conditions,
        trust principals, Effect flips, new "*" statements, NotAction/NotResource, and sizes
        against IAM's limits. Each change is widening, narrowing or neutral, with a risk.

          BASE, HEAD      a git revision of the project (main, HEAD~1, a tag…; read from git,
                          the work tree is not touched) or a project directory; HEAD defaults
                          to the project's work tree
          --project DIR   the project (default: .)
          --format F      text (default), markdown (for a pull-request comment), json, or sarif
                          (widening changes at their lines in HEAD)
          --fail-on K     exit 1 when a change of kind K is found (default: none)
        %s
          --no-catalog    compare action patterns as written, with no catalog

        Exit codes: 0 no change or nothing --fail-on asks for, 1 --fail-on matched (or a side
        does not load), 2 usage error.""".formatted(CatalogOption.HELP);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "format", "fail-on", CatalogOption.NAME), Set.of("no-catalog"));
    String format = a.choice("format", "text", FORMATS);
    String failOn = a.choice("fail-on", "none", FAIL_ON);
    List<String> sides = a.positional();
    if (sides.isEmpty() || sides.size() > 2) {
      throw new UsageException(sides.isEmpty() ? "missing BASE (a git revision or a project directory)"
          : "unexpected argument '" + sides.get(2) + "'; give BASE and at most one HEAD");
    }
    Path project = Project.resolve(a);
    if (a.flag("no-catalog") && a.get(CatalogOption.NAME).isPresent()) {
      throw new UsageException("--catalog and --no-catalog exclude each other");
    }
    SetDiffer differ = a.flag("no-catalog") ? SetDiffer.written() : SetDiffer.with(CatalogOption.resolve(a));
    Revision base;
    Revision head;
    try {
      base = Revisions.resolve(project, sides.get(0));
      head = sides.size() == 2 ? Revisions.resolve(project, sides.get(1)) : Revisions.workTree(project);
    } catch (RevisionException e) {
      if (e.usage()) {
        throw new UsageException(e.getMessage());
      }
      err.println("rolebook diff: " + e.getMessage());
      TextReport.print(e.diagnostics(), new SourceLines(project), err);
      return Main.PROBLEMS;
    }
    SetDiff diff = differ.diff(base, head);
    DiffReports.write(format, diff, Main.version(), out);
    out.flush();
    return fails(diff, failOn) ? Main.PROBLEMS : Main.OK;
  }

  static boolean fails(SetDiff diff, String failOn) {
    return switch (failOn) {
      case "widening" -> diff.count(Direction.WIDENING) > 0;
      case "narrowing" -> diff.count(Direction.NARROWING) > 0;
      case "any" -> !diff.permissionsUnchanged();
      default -> false;
    };
  }
}
