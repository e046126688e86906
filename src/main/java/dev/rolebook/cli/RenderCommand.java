package dev.rolebook.cli;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.render.RenderMessage;
import dev.rolebook.render.RenderModel;
import dev.rolebook.render.RendererBoot;
import dev.rolebook.render.Site;
import dev.rolebook.report.Severity;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import dev.rolebook.substitute.Target;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rolebook render}: check, then render src/docs/ into the site. Asciidoctor starts only
 * once the check has passed, so a broken policy fails in well under a second.
 */
final class RenderCommand implements Command {
  @Override
  public String name() {
    return "render";
  }

  @Override
  public String summary() {
    return "check, then render the guide from src/docs/ into a static site";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook render [--project DIR] [--out DIR] [--catalog DIR]

        Runs the check first and renders nothing when it reports errors. Then renders every
        src/docs/*.adoc (guide.adoc becomes index.html) with the page template in site/templates/
        and copies the theme from site/. Any Asciidoctor warning fails the render. The site is
        written to a temporary directory and replaces DIR only on success.

          --project DIR   project with policies/, src/docs/ and site/ (default: .)
          --out DIR       where the site goes (default: DIR/target/site)
        %s

        Exit codes: 0 rendered, 1 check errors or render problems, 2 usage error.""".formatted(CatalogOption.HELP);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "out", CatalogOption.NAME), Set.of());
    a.noPositional(name());
    Path project = Project.resolve(a);
    Path site = a.get("out").map(Path::of).orElse(project.resolve("target").resolve("site")).toAbsolutePath().normalize();
    try {
      // Refused before anything runs: a successful render replaces --out entirely.
      Optional<String> unsafe = Site.unsafeTarget(project, site);
      if (unsafe.isPresent()) {
        throw new UsageException(unsafe.get() + " (--out " + a.get("out", "target/site") + ")");
      }
    } catch (IOException e) {
      throw new UsageException("cannot inspect --out: " + Io.describe(e));
    }
    Catalog catalog = CatalogOption.resolve(a);
    // Asciidoctor boots (JRuby, ~2 s) while the project loads and is checked.
    try (RendererBoot boot = RendererBoot.start()) {
      return render(project, site, catalog, boot, out, err);
    }
  }

  private static int render(Path project, Path site, Catalog catalog, RendererBoot boot, PrintStream out, PrintStream err) {
    ProjectInput input = ProjectInput.load(project);
    List<Target> targets = input.targets().targets();
    CheckResult check = Checker.check(input.loaded(), targets, catalog);
    TextReport.print(check.diagnostics(), new SourceLines(project), out);
    Optional<RenderModel> model = RenderModel.of(check, targets, catalog);
    if (!check.passes(false) || model.isEmpty()) {
      out.println("render: refused, the check found " + TextReport.counts(check.count(Severity.ERROR), check.count(Severity.WARNING)));
      return Main.PROBLEMS;
    }
    Site.Result result;
    try {
      // The account pages' bundles are made and checked while Asciidoctor may still be booting.
      result = Site.build(boot::get, model.get(), project, site);
    } catch (IOException e) {
      err.println("rolebook render: cannot write the site: " + Io.describe(e));
      return Main.PROBLEMS;
    }
    for (RenderMessage m : result.messages()) {
      out.println(m);
    }
    if (!result.ok()) {
      out.println("render: failed with " + result.messages().size() + " problem" + (result.messages().size() == 1 ? "" : "s")
          + "; " + displayPath(project, site) + " was left unchanged");
      return Main.PROBLEMS;
    }
    out.println("render: wrote " + String.join(", ", result.pages()) + " to " + displayPath(project, site)
        + " (policy set " + model.get().manifest().version() + ", sha256:" + model.get().hash() + ")");
    return Main.OK;
  }

  private static String displayPath(Path project, Path site) {
    return site.startsWith(project) ? project.relativize(site).toString().replace('\\', '/') : site.toString();
  }
}
