package dev.rolebook.cli;

import dev.rolebook.load.ProjectInput;
import dev.rolebook.report.JsonReport;
import dev.rolebook.report.Severity;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import dev.rolebook.verify.Drift;
import dev.rolebook.verify.DriftResult;
import dev.rolebook.verify.TargetResolver;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code rolebook drift}: the docs, the rendered site or published copies against policies/. */
final class DriftCommand implements Command {

  @Override
  public String name() {
    return "drift";
  }

  @Override
  public String summary() {
    return "compare the docs, the rendered site or published copies with policies/";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook drift [--project DIR] [--site DIR] [--format text|json|sarif|github] [--strict]
               rolebook drift [--project DIR] --against FILE [FILE...] [--target NAME] [--format F] [--strict]

        What a reader sees must be exactly the policy set. Without --against, compares:
          - every listing/source block of src/docs/**/*.adoc holding policy JSON: it must be marked
            [source,json,policy=NAME] (and equal that policy) or it is reported as hand-pasted;
          - every policy block and generated table of the rendered site (default target/site);
            a site that has not been rendered yet is skipped with a note.
        With --against, compares only the given files (saved HTML pages, Markdown, AsciiDoc or text),
        matching each JSON policy or statement by its policy=NAME marker, else by Sid, else by content.
        A block marked policy=NAME, a json fence or a <pre data-policy> whose JSON does not parse is
        an error (DRIFT001); a file with no policy JSON at all is a warning (DRIFT006).
        A CloudFormation template (.yaml, .yml, .template, or .json with Resources) is read as a CDK
        bootstrap template: each AWS::IAM::ManagedPolicy, evaluated with the set's placeholders, is
        compared with its policy (DRIFT001); evaluated for the worst case, a value still spelling a
        placeholder is hard-coded (DRIFT011); a policy of the set without a resource is DRIFT012; the
        recorded version and hash (outputs RolebookPolicySetVersion/Hash) must be the set's (DRIFT010).

        Comparison is semantic: statements pair by Sid (without Sid, by content); the order of
        actions, resources and condition values, a string versus a one-element array, and layout
        do not count. Every element counts: Version, Sid, Effect, Principal, Action, Resource,
        Condition and their Not- forms.

          --project DIR   project with a policies/ directory (default: .)
          --site DIR      rendered site to read (default: target/site in the project)
          --against FILE  external file(s) to compare instead of the docs and site
          --target NAME   with --against: the files show the policies for this deployment target
                          of policies/targets.json (default: as the guide shows them, with placeholders)
          --format F      text (compiler-style, default), json, sarif (SARIF 2.1.0) or github
          --strict        warnings fail too

        Exit codes: 0 in sync, 1 drift found (or warnings with --strict), 2 usage error.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "format", "site", "against", "target"), Set.of("strict"));
    String format = a.choice("format", "text", Formats.ALL);
    Path project = Project.resolve(a);
    List<Path> against = new ArrayList<>();
    for (String f : a.all("against")) {
      against.add(existing(f));
    }
    if (against.isEmpty()) {
      a.noPositional(name());
    } else {
      // --against a.md b.html: the files after the first are positional.
      for (String f : a.positional()) {
        against.add(existing(f));
      }
    }
    Path site = project.resolve(Drift.DEFAULT_SITE);
    Optional<String> siteArg = a.get("site");
    if (siteArg.isPresent()) {
      site = Path.of(siteArg.get()).toAbsolutePath().normalize();
      if (!Files.isDirectory(site)) {
        throw new UsageException("site directory '" + siteArg.get() + "' does not exist; run rolebook render (or mvn site) first");
      }
    }
    // Account pages show each target's substituted documents; drift compares them with those.
    ProjectInput input = ProjectInput.load(project);
    String againstTarget = a.get("target", "");
    if (!againstTarget.isEmpty()) {
      if (against.isEmpty()) {
        throw new UsageException("--target goes with --against: the site's pages name their own targets");
      }
      List<String> known = input.targets().targets().stream().map(dev.rolebook.substitute.Target::name).toList();
      if (!known.contains(againstTarget)) {
        throw new UsageException("unknown target '" + againstTarget + "'; policies/targets.json declares "
            + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
    }
    DriftResult result = Drift.run(input.loaded(),
        new Drift.Options(site, against, TargetResolver.of(input.targets().targets()), againstTarget));
    if (format.equals("json")) {
      JsonReport.write(Optional.empty(), result.diagnostics(), List.of(), out);
    } else if (Formats.machine(format)) {
      Formats.write(format, result.diagnostics(), out);
    } else {
      TextReport.print(result.diagnostics(), new SourceLines(project), out);
      result.notes().forEach(n -> out.println("drift: " + n));
      result.shown().forEach(s -> out.println("  " + s.where() + (s.where().column() > 0 ? ":" + s.where().column() : "")
          + ": " + s.shows() + (s.inSync() ? ": in sync" : ": differs")));
      if (!result.shown().isEmpty()) {
        out.println("drift: compared by meaning: statements paired by Sid (else by content); the order of actions,"
            + " resources and condition values, string versus one-element array, and layout do not count");
      }
      long errors = result.count(Severity.ERROR);
      long warnings = result.count(Severity.WARNING);
      if (result.blocks() == 0) {
        out.println("drift: NOTHING COMPARED: no policy blocks found; " + TextReport.counts(errors, warnings));
      } else {
        out.println("drift: " + (result.passes(false) ? "IN SYNC" : "DRIFT") + ": " + result.inSync() + " of "
            + result.blocks() + " policy blocks equal the policy set; " + TextReport.counts(errors, warnings));
      }
    }
    return result.passes(a.flag("strict")) ? Main.OK : Main.PROBLEMS;
  }

  /** The file as given (so reports name it as the user typed it), once it is known to exist. */
  private static Path existing(String file) throws UsageException {
    Path p = Path.of(file).normalize();
    if (Files.isDirectory(p)) {
      throw new UsageException("'" + file + "' is a directory; --against takes files (HTML, Markdown, AsciiDoc, text or a CloudFormation template)");
    }
    if (!Files.isRegularFile(p)) {
      throw new UsageException("file '" + file + "' does not exist");
    }
    return p;
  }
}
