package dev.rolebook.cli;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicySet;
import dev.rolebook.publish.BundleCheck;
import dev.rolebook.publish.BundleFile;
import dev.rolebook.publish.BundleWriter;
import dev.rolebook.publish.Bundles;
import dev.rolebook.publish.ScriptCheck;
import dev.rolebook.publish.SnippetFormat;
import dev.rolebook.publish.TargetDocuments;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import dev.rolebook.substitute.ParameterValues;
import dev.rolebook.substitute.Target;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code rolebook snippets}: the policy set substituted for one account and Region, as JSON files,
 * a bash script, a CloudFormation template or Terraform. Every output is checked before anything
 * is printed or written.
 */
final class SnippetsCommand implements Command {
  /** Command-line options that set deployment parameters, by parameter name. */
  private static final List<String> PARAMETERS = List.of("account", "region", "partition", "qualifier", "stack");

  @Override
  public String name() {
    return "snippets";
  }

  @Override
  public String summary() {
    return "policies and commands for one account and Region (json, cli, cloudformation, terraform)";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook snippets --account ID --region R [--partition P] [--qualifier Q] [--stack NAME]
                                 [--param NAME=VALUE]... [--variant NAME]... [--format F]... [--out DIR] [--project DIR]
               rolebook snippets --target NAME [--format F]... [--out DIR] [--project DIR]

        Substitutes the deployment parameters into every policy and produces what an operator
        pastes or runs. Each output is checked first: JSON re-parses to the same document and
        fits IAM's size limit for this target, the CloudFormation YAML parses, the script passes
        bash -n. On any problem nothing is printed or written.

          --account ID      12-digit AWS account ID (required unless --target)
          --region R        AWS Region code, e.g. us-east-1 (required unless --target)
          --partition P     aws (default), aws-cn, aws-us-gov, ...
          --qualifier Q     CDK bootstrap qualifier (default hnb659fds)
          --stack NAME      CloudFormation stack name (default from the manifest)
          --param N=V       a value for any other parameter the manifest declares (repeatable)
          --variant NAME    enable an optional variant (repeatable), e.g. ecs
          --target NAME     take all of the above from policies/targets.json
          --format F        json, cli, cloudformation or terraform (repeatable with --out)
          --out DIR         write the formats (all of them when --format is left out) into DIR,
                            replacing what an earlier run wrote there
          --project DIR     project with a policies/ directory (default: .)

        Without --out, exactly one --format is printed to standard output.
        Exit codes: 0 ok, 1 bad values or a check failed (nothing written), 2 usage error.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Set<String> options = new TreeSet<>(PARAMETERS);
    options.addAll(Set.of("variant", "format", "target", "project", "out", "param"));
    Args a = Args.parse(name(), args, options, Set.of());
    a.noPositional(name());
    List<SnippetFormat> formats = formats(a);
    Optional<String> outDir = a.get("out");
    if (outDir.isEmpty() && formats.size() != 1) {
      throw new UsageException("give one --format to print to standard output, or --out DIR to write several");
    }
    if (outDir.isPresent() && formats.isEmpty()) {
      formats = List.of(SnippetFormat.values());
    }
    Optional<String> targetName = a.get("target");
    if (targetName.isPresent()) {
      for (String o : PARAMETERS) {
        if (a.get(o).isPresent()) {
          throw new UsageException("--target takes its values from policies/targets.json; leave out --" + o);
        }
      }
      if (!a.all("param").isEmpty()) {
        throw new UsageException("--target takes its values from policies/targets.json; leave out --param");
      }
      if (!a.all("variant").isEmpty()) {
        throw new UsageException("--target takes its variants from policies/targets.json; leave out --variant");
      }
    }
    Path project = Project.resolve(a);
    if (outDir.isPresent()) {
      Optional<String> refused = BundleWriter.refuse(project, Path.of(outDir.get()));
      if (refused.isPresent()) {
        throw new UsageException(refused.get());
      }
    }

    ProjectInput input = ProjectInput.load(project);
    if (input.loaded().policySet().isEmpty()) {
      TextReport.print(input.loaded().diagnostics(), new SourceLines(project), err);
      err.println("snippets: the project does not load; nothing written");
      return Main.PROBLEMS;
    }
    PolicySet set = input.loaded().policySet().get();
    if (targetName.isEmpty()) {
      // The manifest decides what is required: every parameter without a default.
      Map<String, String> given = given(a);
      List<String> missing = set.manifest().stringParameters().stream()
          .filter(p -> p.defaultValue().isEmpty() && !given.containsKey(p.name()))
          .map(p -> PARAMETERS.contains(p.name()) ? "--" + p.name() : "--param " + p.name() + "=…").toList();
      if (!missing.isEmpty()) {
        throw new UsageException(String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
            + " required (or --target NAME from policies/targets.json)");
      }
    }
    Optional<Target> target = targetName.isPresent()
        ? fromFile(targetName.get(), input, project, err)
        : fromOptions(a, set.manifest(), err);
    if (target.isEmpty()) {
      return Main.PROBLEMS;
    }
    Target t = target.get();

    CheckResult result = Checker.check(input.loaded(), List.of(t));
    List<Diagnostic> blocking = result.diagnostics().stream().filter(Diagnostic::isError).filter(d -> concerns(d, t)).toList();
    if (!blocking.isEmpty()) {
      TextReport.print(blocking, new SourceLines(project), err);
      err.println("snippets: " + blocking.size() + (blocking.size() == 1 ? " error" : " errors") + " for target '" + t.name() + "'; nothing written");
      return Main.PROBLEMS;
    }

    if (result.hash().isEmpty()) {
      // Without a hash some policy file did not load: a bundle would miss part of the set.
      TextReport.print(result.diagnostics().stream().filter(Diagnostic::isError).toList(), new SourceLines(project), err);
      err.println("snippets: the policy set did not load completely; nothing written");
      return Main.PROBLEMS;
    }
    List<BundleFile> files = Bundles.generate(set, t, new Bundles.Origin(set.manifest().version(), result.hash().get()), formats);
    ScriptCheck script = ScriptCheck.fromPath();
    List<String> problems = new BundleCheck(script).check(t.name(), TargetDocuments.of(set, t), files, set.manifest().limits());
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("snippets: " + p));
      err.println("snippets: nothing written");
      return Main.PROBLEMS;
    }
    if (formats.contains(SnippetFormat.CLI) && !script.available()) {
      err.println("snippets: note: " + ScriptCheck.skippedNote());
    }
    if (outDir.isPresent()) {
      try {
        BundleWriter.write(Path.of(outDir.get()), files.stream().map(f -> BundleWriter.OutputFile.text(f.name(), f.text())).toList());
      } catch (IOException e) {
        err.println("snippets: cannot write " + outDir.get() + ": " + Io.describe(e));
        return Main.PROBLEMS;
      }
      out.println("snippets: wrote " + files.size() + " files for target '" + t.name() + "' to " + outDir.get());
      return Main.OK;
    }
    print(formats.get(0), files, out);
    return Main.OK;
  }

  private static List<SnippetFormat> formats(Args a) throws UsageException {
    List<SnippetFormat> out = new ArrayList<>();
    for (String f : a.all("format")) {
      SnippetFormat format = SnippetFormat.of(f).orElse(null);
      if (format == null) {
        throw new UsageException("--format must be one of " + String.join(", ", SnippetFormat.ids()) + ", not '" + f + "'");
      }
      if (!out.contains(format)) {
        out.add(format);
      }
    }
    return out;
  }

  private static Optional<Target> fromFile(String name, ProjectInput input, Path project, PrintStream err) throws UsageException {
    Optional<Target> t = input.targets().target(name);
    if (t.isPresent()) {
      return t;
    }
    if (!input.targets().diagnostics().isEmpty()) {
      TextReport.print(input.targets().diagnostics(), new SourceLines(project), err);
      err.println("snippets: target '" + name + "' is not available; fix policies/targets.json first");
      return Optional.empty();
    }
    List<String> known = input.targets().targets().stream().map(Target::name).toList();
    throw new UsageException(known.isEmpty()
        ? "unknown target '" + name + "': the project declares no targets in policies/targets.json"
        : "unknown target '" + name + "'; known: " + String.join(", ", known));
  }

  /**
   * Parameter values from the command line: the named options, and {@code --param NAME=VALUE} for
   * any parameter a project's manifest declares beyond the usual five.
   */
  private static Map<String, String> given(Args a) throws UsageException {
    Map<String, String> given = new LinkedHashMap<>();
    for (String p : PARAMETERS) {
      a.get(p).ifPresent(v -> given.put(p, v));
    }
    for (String pair : a.all("param")) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new UsageException("--param takes NAME=VALUE, not '" + pair + "'");
      }
      if (given.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1)) != null) {
        throw new UsageException("parameter '" + pair.substring(0, eq) + "' is given twice");
      }
    }
    return given;
  }

  private static Optional<Target> fromOptions(Args a, Manifest m, PrintStream err) throws UsageException {
    Map<String, String> given = given(a);
    ParameterValues.Result values = ParameterValues.validate(m, given, true);
    List<String> errors = new ArrayList<>(values.errors());
    Set<String> known = new TreeSet<>(m.variants().stream().map(VariantEntry::name).toList());
    List<String> variants = new ArrayList<>();
    for (String v : a.all("variant")) {
      if (!known.contains(v)) {
        errors.add("unknown variant '" + v + "'; known: " + (known.isEmpty() ? "none" : String.join(", ", known)));
      } else if (!variants.contains(v)) {
        variants.add(v);
      }
    }
    if (!errors.isEmpty()) {
      errors.forEach(e -> err.println("snippets: " + e));
      return Optional.empty();
    }
    String name = given.get("account") + "-" + given.get("region");
    return Optional.of(new Target(name, "", values.substitution(), variants));
  }

  /**
   * Whether an error stops this target's snippets: every error in the set does, except size
   * findings about other targets (as written, worst case) and problems in the targets file.
   */
  private static boolean concerns(Diagnostic d, Target t) {
    if (d.code().name().startsWith("TGT")) {
      return false;
    }
    if (d.code() == Code.IAM001 || d.code() == Code.IAM002 || d.code() == Code.IAM003) {
      return d.message().contains("for target '" + t.name() + "'");
    }
    return true;
  }

  private static void print(SnippetFormat format, List<BundleFile> files, PrintStream out) {
    List<BundleFile> shown = format == SnippetFormat.CLI
        ? files.stream().filter(f -> f.name().equals(Bundles.SCRIPT)).toList()
        : files;
    for (BundleFile f : shown) {
      if (shown.size() > 1) {
        out.println("==> " + f.name() + " <==");
      }
      out.print(f.text());
    }
  }
}
