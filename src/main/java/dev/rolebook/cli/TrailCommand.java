package dev.rolebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.check.SetHash;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Severity;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import dev.rolebook.substitute.Target;
import dev.rolebook.trail.EvidenceSummary;
import dev.rolebook.trail.Trail;
import dev.rolebook.trail.TrailMarkdown;
import dev.rolebook.trail.TrailResult;
import dev.rolebook.trail.TrailText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code rolebook trail}: CloudTrail records in; denied, unused and coverage reports out. */
final class TrailCommand implements Command {
  private static final List<String> FORMATS = List.of("text", "json", "markdown");

  @Override
  public String name() {
    return "trail";
  }

  @Override
  public String summary() {
    return "read CloudTrail records: denied calls to grant, granted actions never used";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook trail [--project DIR] [--target NAME] [--role ARN]... [--format text|json|markdown] [--save]
                              [--catalog DIR] FILE...

        Reads CloudTrail records: log files as delivered to S3 ({"Records": [...]}, .json or .json.gz,
        or a directory of them), 'aws cloudtrail lookup-events' output, or CloudTrail Lake
        'get-query-results' output. Picks out the calls of the roles the set's policies attach to
        (their manifest iamName, placeholders matching any value; with --target, that target's
        values and variants), evaluates each with IAM's rules and reports:
          Denied    calls refused for lack of permission that the set does not grant, with a
                    statement to add and the policy to put it in (never one over its size limit)
          Unused    per statement, granted actions (wildcards expanded) never seen used
          Coverage  used / granted actions per policy

          --project DIR   project with a policies/ directory (default: .)
          --target NAME   a deployment target from policies/targets.json: exact role names and values
          --role ARN      also count the calls of this role (repeatable; wildcards allowed), as carrying
                          every identity policy of the set
          --format F      text (default), json or markdown
          --save          write a summary (no raw records, ARNs or account IDs) to policies/evidence.json
                          for the guide's Evidence section
        %s

        Exit codes: 0 no denied call open, 1 denied calls open or unreadable input, 2 usage error.""".formatted(CatalogOption.HELP);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "target", "role", "format", CatalogOption.NAME), Set.of("save"));
    String format = a.choice("format", "text", FORMATS);
    Path project = Project.resolve(a);
    if (a.positional().isEmpty()) {
      throw new UsageException("name at least one CloudTrail file or directory");
    }
    List<Trail.Input> inputs = new ArrayList<>();
    for (String f : a.positional()) {
      Path p = Path.of(f);
      if (!Files.exists(p)) {
        throw new UsageException("'" + f + "' does not exist");
      }
      inputs.add(new Trail.Input(p, f));
    }
    Catalog catalog = CatalogOption.resolve(a);
    Optional<String> badRole = Trail.badRole(a.all("role"));
    if (badRole.isPresent()) {
      throw new UsageException("--role '" + badRole.get() + "' is not a role ARN (arn:PARTITION:iam::ACCOUNT:role/NAME)");
    }
    ProjectInput input = ProjectInput.load(project);
    List<Diagnostic> loadErrors = input.loaded().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    if (input.loaded().policySet().isEmpty() || !loadErrors.isEmpty()) {
      TextReport.print(loadErrors, new SourceLines(project), err);
      err.println("trail: the policy set does not load; run 'rolebook check'");
      return Main.PROBLEMS;
    }
    PolicySet set = input.loaded().policySet().get();
    Optional<Target> target = Optional.empty();
    if (a.get("target").isPresent()) {
      String wanted = a.get("target").get();
      target = input.targets().targets().stream().filter(t -> t.name().equals(wanted)).findFirst();
      if (target.isEmpty()) {
        List<String> names = input.targets().targets().stream().map(Target::name).toList();
        throw new UsageException("no deployment target '" + wanted + "' in policies/targets.json"
            + (names.isEmpty() ? " (the project has none)" : "; known: " + String.join(", ", names)));
      }
    }
    List<Diagnostic> problems = new ArrayList<>();
    TrailResult result;
    try {
      result = Trail.analyse(set, catalog, new Trail.Options(target, a.all("role")), inputs, problems::add);
    } catch (IOException e) {
      err.println("rolebook trail: " + Io.describe(e));
      return Main.PROBLEMS;
    }
    problems.sort(Diagnostic.ORDER);
    PrintStream diagnostics = format.equals("text") ? out : err;
    TextReport.print(problems, new SourceLines(Path.of("")), diagnostics);
    switch (format) {
      case "json" -> json(result, out);
      case "markdown" -> TrailMarkdown.print(result, out);
      default -> TrailText.print(result, out);
    }
    if (a.flag("save")) {
      try {
        EvidenceSummary.of(result, set.manifest().version(), SetHash.of(set)).save(project.resolve(ProjectLoader.POLICIES_DIR));
        (format.equals("text") ? out : err).println("trail: saved the summary to policies/" + EvidenceSummary.FILE);
      } catch (IOException e) {
        err.println("rolebook trail: cannot save the summary: " + Io.describe(e));
        return Main.PROBLEMS;
      }
    }
    boolean unreadable = problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    return unreadable || !result.denied().isEmpty() ? Main.PROBLEMS : Main.OK;
  }

  private static void json(TrailResult result, PrintStream out) {
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result).replace("\r\n", "\n"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
