package dev.rolebook.cli;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.cloudformation.TemplateFile;
import dev.rolebook.load.ProjectInput;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.Manifest.VariantEntry;
import dev.rolebook.model.PolicySet;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.SourceLines;
import dev.rolebook.report.TextReport;
import dev.rolebook.substitute.ParameterValues;
import dev.rolebook.template.BootstrapTemplate;
import dev.rolebook.cloudformation.ParameterMapping;
import dev.rolebook.template.TemplateCheck;
import dev.rolebook.template.TemplateText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code rolebook bootstrap-template}: CDK's bootstrap template with the set's policies in it. */
final class BootstrapTemplateCommand implements Command {

  @Override
  public String name() {
    return "bootstrap-template";
  }

  @Override
  public String summary() {
    return "a custom CDK bootstrap template holding the set's managed policies";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook bootstrap-template --base FILE --out FILE [--param NAME=VALUE]... [--variant NAME]...
                                           [--project DIR]

        Makes a custom CDK bootstrap template from CDK's own (cdk bootstrap --show-template > FILE):
        one AWS::IAM::ManagedPolicy per managed policy of the set, attached to the CloudFormation
        execution role instead of AdministratorAccess (--cloudformation-execution-policies still
        wins), the set's trust policy on that role, BootstrapVariant naming the set, and the set's
        version and hash as outputs. Placeholders become CloudFormation substitutions: the account,
        Region and partition ${AWS::AccountId} ${AWS::Region} ${AWS::Partition}, the qualifier
        ${Qualifier}, every other parameter a template parameter with the manifest's default, so one
        template serves every account, Region and partition. Deploy it with
        cdk bootstrap --template FILE.

        Before anything is written the template is read back and evaluated for two sample
        deployments: every policy must equal what 'rolebook snippets' gives for them, and the
        template must fit the 51,200 bytes cdk bootstrap sends to CloudFormation.

          --base FILE       CDK's bootstrap template, YAML or JSON
          --out FILE        the template to write (.json for JSON, else YAML); replaced atomically
          --param N=V       default for a template parameter the manifest adds (e.g. stack=prod-app,
                            or a list: compute=ecs,lambda-microvm); cdk bootstrap cannot pass such
                            parameters, so the default is what deploys
          --variant NAME    variant enabled by default (the RolebookVariants parameter; repeatable)
          --project DIR     project with a policies/ directory (default: .)

        Exit codes: 0 written, 1 problems (nothing written), 2 usage error.""";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("project", "base", "out", "param", "variant"), Set.of());
    a.noPositional(name());
    String baseArg = a.get("base").orElseThrow(() -> new UsageException("--base FILE is required: save CDK's template"
        + " with 'cdk bootstrap --show-template > FILE' and give that file"));
    String outArg = a.get("out").orElseThrow(() -> new UsageException("--out FILE is required"));
    Path project = Project.resolve(a);
    Path base = Path.of(baseArg).normalize();
    if (!Files.isRegularFile(base)) {
      throw new UsageException("base template '" + baseArg + "' does not exist");
    }
    Path outFile = Path.of(outArg).toAbsolutePath().normalize();
    if (outFile.startsWith(project.resolve(ProjectLoader.POLICIES_DIR)) || outFile.startsWith(project.resolve("src/docs"))) {
      throw new UsageException("--out '" + outArg + "' is inside the project's sources; choose a file such as target/bootstrap-template.yaml");
    }
    if (Files.isDirectory(outFile)) {
      throw new UsageException("--out '" + outArg + "' is a directory; give a file name");
    }
    if (outFile.getParent() == null || !Files.isDirectory(outFile.getParent())) {
      throw new UsageException("the directory of --out '" + outArg + "' does not exist");
    }
    if (outFile.equals(base.toAbsolutePath().normalize())) {
      throw new UsageException("--out would replace the base template; write to another file");
    }

    ProjectInput input = ProjectInput.load(project);
    if (input.loaded().policySet().isEmpty()) {
      TextReport.print(input.loaded().diagnostics(), new SourceLines(project), err);
      err.println("bootstrap-template: the project does not load; nothing written");
      return Main.PROBLEMS;
    }
    PolicySet set = input.loaded().policySet().get();
    CheckResult checked = Checker.check(input.loaded(), List.of());
    List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty() || checked.hash().isEmpty()) {
      TextReport.print(errors, new SourceLines(project), err);
      err.println("bootstrap-template: the policy set has errors (rolebook check); nothing written");
      return Main.PROBLEMS;
    }
    Optional<BootstrapTemplate.Options> options = options(a, set.manifest(), err);
    if (options.isEmpty()) {
      return Main.PROBLEMS;
    }

    String text;
    try {
      text = Files.readString(base, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("bootstrap-template: cannot read " + baseArg + ": " + Io.describe(e));
      return Main.PROBLEMS;
    }
    TemplateFile.Read read = TemplateFile.read(base.toString().replace('\\', '/'), text);
    if (read.template().isEmpty()) {
      return failed(read.diagnostics(), project, err);
    }
    BootstrapTemplate.Result built = BootstrapTemplate.build(set, read.template().get(), options.get());
    if (built.template().isEmpty()) {
      return failed(built.diagnostics(), project, err);
    }
    String yaml = TemplateText.yaml(built.template().get());
    boolean json = outFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    String result = json ? TemplateText.json(built.template().get()) : yaml;
    TemplateCheck.Report report = TemplateCheck.check(set, outArg, result, yaml);
    if (!report.diagnostics().isEmpty()) {
      return failed(report.diagnostics(), project, err);
    }
    try {
      Path tmp = Files.createTempFile(outFile.getParent(), ".rolebook-", ".tmp");
      try {
        Files.writeString(tmp, result, StandardCharsets.UTF_8);
        Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      err.println("bootstrap-template: cannot write " + outArg + ": " + Io.describe(e));
      return Main.PROBLEMS;
    }
    Manifest m = set.manifest();
    out.println("bootstrap-template: wrote " + outArg + ": " + m.managedPolicies().size() + " managed policies of "
        + m.title() + " " + m.version() + " (sha256:" + checked.hash().get() + ")");
    out.println(String.format(Locale.ROOT, "  size: %,d bytes%s; cdk bootstrap sends up to %,d as the template body",
        report.bytes(), json ? String.format(Locale.ROOT, " (%,d as YAML, the form cdk bootstrap sends)", report.yamlBytes()) : "",
        TemplateCheck.BODY_LIMIT));
    report.samples().forEach(s -> out.println("  checked against snippets for " + s));
    out.println("  deploy: cdk bootstrap aws://ACCOUNT_ID/REGION --template " + outArg);
    return Main.OK;
  }

  private static int failed(List<Diagnostic> diagnostics, Path project, PrintStream err) {
    TextReport.print(diagnostics, new SourceLines(project), err);
    err.println("bootstrap-template: " + diagnostics.size() + (diagnostics.size() == 1 ? " problem" : " problems")
        + "; nothing written");
    return Main.PROBLEMS;
  }

  private static Optional<BootstrapTemplate.Options> options(Args a, Manifest m, PrintStream err) throws UsageException {
    List<String> problems = new ArrayList<>();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (String pair : a.all("param")) {
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new UsageException("--param takes NAME=VALUE, not '" + pair + "'");
      }
      String name = pair.substring(0, eq);
      Optional<Parameter> p = m.parameter(name);
      if (p.isEmpty()) {
        problems.add("unknown parameter '" + name + "'; known: "
            + String.join(", ", m.parameters().stream().map(Parameter::name).toList()));
      } else if (!ParameterMapping.added(p.get())) {
        problems.add("parameter '" + name + "' is " + ParameterMapping.templateName(p.get())
            + " in the template, set when the stack is deployed; it takes no default here");
      } else if (defaults.putIfAbsent(name, pair.substring(eq + 1)) != null) {
        throw new UsageException("parameter '" + name + "' is given twice");
      } else if (p.get().isList()) {
        ParameterValues.split(pair.substring(eq + 1)).forEach(c -> ParameterValues.checkChoice(p.get(), c).ifPresent(problems::add));
      } else {
        ParameterValues.check(p.get(), pair.substring(eq + 1)).ifPresent(problems::add);
      }
    }
    Set<String> known = new TreeSet<>(m.variants().stream().map(VariantEntry::name).toList());
    List<String> variants = new ArrayList<>();
    for (String v : a.all("variant")) {
      if (!known.contains(v)) {
        problems.add("unknown variant '" + v + "'; known: " + (known.isEmpty() ? "none" : String.join(", ", known)));
      } else if (!variants.contains(v)) {
        variants.add(v);
      }
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("bootstrap-template: " + p));
      return Optional.empty();
    }
    return Optional.of(new BootstrapTemplate.Options(defaults, variants));
  }
}
