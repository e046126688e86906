package dev.rolebook.cli;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.diff.Releaser;
import dev.rolebook.diff.SetDiffer;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** {@code rolebook release}: records the manifest's version and the set's hash in policies/releases.json. */
final class ReleaseCommand implements Command {
  @Override
  public String name() {
    return "release";
  }

  @Override
  public String summary() {
    return "record the manifest's version, date and hash in policies/releases.json";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook release [--project DIR] [--date YYYY-MM-DD] [--catalog DIR]

        Records the manifest's version with the date, the policy set's sha256 and a permission
        summary of the change since the previous release (found in git history) in
        policies/releases.json, which 'check' then holds the version to. The one command that
        writes into policies/: it writes the file atomically, and refuses when check has errors,
        when the version is already recorded with another hash, or when the version is bumped
        less than the change requires (narrowing: major, widening: minor, neutral: patch).

          --project DIR   the project (default: .)
          --date D        the release date (default: SOURCE_DATE_EPOCH's day, else today, UTC)
        %s

        Exit codes: 0 recorded (or already recorded with this hash), 1 refused, 2 usage error.""".formatted(CatalogOption.HELP);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "date", CatalogOption.NAME), Set.of());
    a.noPositional(name());
    Path project = Project.resolve(a);
    String date = date(a);
    Catalog catalog = CatalogOption.resolve(a);
    ProjectInput input = ProjectInput.load(project);
    CheckResult check = Checker.check(input.loaded(), input.targets().targets(), catalog);
    if (check.policySet().isEmpty()) {
      TextReport.print(check.diagnostics(), new SourceLines(project), err);
      err.println("release: nothing recorded: the project does not load");
      return Main.PROBLEMS;
    }
    Releaser.Outcome outcome;
    try {
      outcome = Releaser.release(check, date, SetDiffer.with(catalog));
    } catch (IOException e) {
      err.println("release: cannot write policies/releases.json: " + e.getMessage());
      return Main.PROBLEMS;
    }
    TextReport.print(outcome.problems().stream().filter(d -> d.isError()).toList(), new SourceLines(project), err);
    (outcome.ok() ? out : err).println(outcome.message());
    return outcome.ok() ? Main.OK : Main.PROBLEMS;
  }

  private static String date(Args a) throws UsageException {
    if (a.get("date").isPresent()) {
      String d = a.get("date").get();
      try {
        if (d.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          return LocalDate.parse(d).toString();
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      throw new UsageException("--date '" + d + "' is not a calendar date YYYY-MM-DD");
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("[0-9]{1,12}")) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC).toString();
    }
    return LocalDate.now(ZoneOffset.UTC).toString();
  }
}
