package dev.rolebook.verify;

import dev.rolebook.load.LoadResult;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Docs drift: what a reader sees must be exactly the policy set. Three sources of "what a reader
 * sees": the AsciiDoc sources ({@link SourceDrift}), the rendered site ({@link RenderedDrift}) and
 * copies published elsewhere ({@link PublishedDrift}). Uses jsoup and Jackson only: never starts
 * Asciidoctor or JRuby.
 */
public final class Drift {
  /** The rendered site's default place, relative to the project. */
  public static final String DEFAULT_SITE = "target/site";

  private Drift() {}

  /**
   * What to compare.
   *
   * @param site the rendered site (a missing site is a note: the site may simply not be built yet)
   * @param against external files; when any are given only they are compared
   * @param targets resolves a page block's data-target to its substitution
   * @param againstTarget the target the external files were written for ("" = as the guide shows
   *     the policies, placeholders left in)
   */
  public record Options(Path site, List<Path> against, TargetResolver targets, String againstTarget) {
    public Options {
      against = List.copyOf(against);
    }

    public Options(Path site, List<Path> against, TargetResolver targets) {
      this(site, against, targets, "");
    }

    public static Options defaults(Path projectDir) {
      return new Options(projectDir.resolve(DEFAULT_SITE), List.of(), TargetResolver.NONE);
    }
  }

  /**
   * The text of {@code file} when it is a CloudFormation template: a .yaml/.yml/.template file, or
   * a .json file with a Resources section. A YAML file that does not parse is still taken as a
   * template, so its problem is reported as one (TPL001).
   */
  private static Optional<String> template(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".template");
    if (!yaml && !name.endsWith(".json")) {
      return Optional.empty();
    }
    try {
      String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
      return yaml || TemplateDrift.isTemplate(file.toString(), text) ? Optional.of(text) : Optional.empty();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String display(Path projectDir, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(projectDir) ? projectDir.relativize(abs).toString().replace('\\', '/') : p.toString();
  }

  public static DriftResult run(LoadResult loaded, Options options) {
    DriftResult.Builder result = new DriftResult.Builder();
    if (loaded.policySet().isEmpty() || loaded.diagnostics().stream().anyMatch(d -> d.isError())) {
      // Comparing against a set that did not load would only add noise to the real problem.
      result.addAll(loaded.diagnostics().stream().filter(d -> d.isError()).toList());
      result.note("drift: the policy set has errors, fix them first (rolebook check)");
      return result.build();
    }
    PolicySet set = loaded.policySet().get();
    Path projectDir = set.projectDir().toAbsolutePath().normalize();
    Expectations expectations = new Expectations(set, options.targets());
    if (!options.against().isEmpty()) {
      Expectations forFiles = new Expectations(set, options.targets(), options.againstTarget());
      PublishedDrift published = new PublishedDrift(projectDir, forFiles, result);
      TemplateDrift templates = new TemplateDrift(set, result);
      for (Path file : options.against()) {
        Optional<String> template = template(file);
        if (template.isPresent()) {
          templates.run(display(projectDir, file), template.get());
        } else {
          published.run(file);
        }
      }
      return nothingCompared(result.build(), String.join(", ", options.against().stream().map(Path::toString).toList()));
    }
    new SourceDrift(projectDir, expectations, result).run();
    new RenderedDrift(projectDir, expectations, result).run(options.site().toAbsolutePath().normalize());
    return nothingCompared(result.build(), "src/docs/ and " + DEFAULT_SITE + "/");
  }

  /**
   * A run that found no policy block compared nothing: say so (DRIFT008, a warning, so --strict
   * fails), unless a warning or error already says why (a file with no policy JSON, DRIFT006).
   */
  private static DriftResult nothingCompared(DriftResult r, String where) {
    boolean said = r.diagnostics().stream().anyMatch(d -> d.severity() != Severity.NOTE);
    if (r.blocks() > 0 || said) {
      return r;
    }
    List<Diagnostic> ds = new ArrayList<>(r.diagnostics());
    ds.add(Diagnostic.of(Code.DRIFT008, ".", Position.UNKNOWN,
        "nothing compared: no policy block found in " + where,
        "show the policies with the policy macro, or render the site first (rolebook render), so drift has something to check"));
    return new DriftResult(ds, r.notes(), r.shown(), r.blocks());
  }
}
