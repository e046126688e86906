package dev.rolebook.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.JavaExtensionRegistry;

/**
 * Rolebook's one Asciidoctor instance: JRuby boots once in {@link #create()} (seconds), after which
 * each {@link #render} takes milliseconds. Pages are converted body-only ({@code standalone}
 * false) so Asciidoctor links no fonts or stylesheets; {@link Site} wraps them in the project's
 * page template. Not thread-safe: render one page at a time.
 */
public final class Renderer implements AutoCloseable {
  private final Asciidoctor asciidoctor;
  private final RenderLog log = new RenderLog();
  private RenderModel current;

  private Renderer(Asciidoctor asciidoctor) {
    this.asciidoctor = asciidoctor;
    JavaExtensionRegistry r = asciidoctor.javaExtensionRegistry();
    r.blockMacro(new Macro("policy", PolicyBlock.ATTRIBUTES, PolicyBlock::build, this::model));
    r.blockMacro(new Macro("policy-inventory", false, InventoryTable.ATTRIBUTES, InventoryTable::build, this::model));
    r.blockMacro(new Macro("resource-constraints", false, ConstraintsTable.ATTRIBUTES, ConstraintsTable::build, this::model));
    r.blockMacro(new Macro("roles", RolesTable.ATTRIBUTES, RolesTable::build, this::model));
    r.blockMacro(new Macro("bootstrap-command", false, List.of(), BootstrapCommand::build, this::model));
    r.blockMacro(new Macro("policy-sizes", false, SizeChart.ATTRIBUTES, SizeChart::build, this::model));
    r.blockMacro(new Macro("role-chain", false, RoleChain.ATTRIBUTES, RoleChain::build, this::model));
    r.blockMacro(new Macro("parameter-form", false, ParameterForm.ATTRIBUTES, ParameterForm::build, this::model));
    r.blockMacro(new Macro("account-pages", false, AccountLinks.ATTRIBUTES, AccountLinks::build, this::model));
    r.blockMacro(new Macro("release-history", false, ReleaseHistory.ATTRIBUTES, ReleaseHistory::build, this::model));
    r.blockMacro(new Macro("evidence", false, EvidenceSection.ATTRIBUTES, EvidenceSection::build, this::model));
    r.blockMacro(new Macro("known-problems", false, KnownProblems.ATTRIBUTES, KnownProblems::build, this::model));
    r.treeprocessor(new ProblemLogger());
    asciidoctor.registerLogHandler(log);
  }

  /** Boots JRuby and Asciidoctor and registers Rolebook's extensions. */
  public static Renderer create() {
    // AsciidoctorJ also hands every message to java.util.logging, whose console handler would print
    // each one a second time ("SEVERE: …"); RenderLog reports them once, at their .adoc line.
    QUIET.setUseParentHandlers(false);
    java.util.Optional<List<String>> gems = BundledGems.loadPaths();
    if (gems.isEmpty()) {
      return new Renderer(Asciidoctor.Factory.create()); // RubyGems finds Asciidoctor
    }
    // The gems are on the load path: JRuby may skip booting RubyGems (it reads this switch when it
    // configures a runtime; nothing else in Rolebook starts one).
    System.setProperty(RUBYGEMS_SWITCH, "false");
    return new Renderer(org.asciidoctor.jruby.AsciidoctorJRuby.Factory.create(gems.get()));
  }

  /** JRuby's option for RubyGems at start-up (its {@code --disable-gems}). */
  static final String RUBYGEMS_SWITCH = "jruby.cli.rubygems.enable";

  /** Held strongly: java.util.logging keeps loggers weakly, and a collected one forgets its settings. */
  private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("asciidoctor");

  private RenderModel model() {
    return current;
  }

  /** A converted page: its title (HTML), body (HTML) and the messages logged at WARN or above. */
  public record Page(String title, String body, List<RenderMessage> messages) {
    public Page {
      messages = List.copyOf(messages);
    }

    public boolean ok() {
      return messages.isEmpty();
    }
  }

  /** Renders an .adoc file of {@code projectDir}; includes may not leave the project. */
  public Page render(Path adoc, Path projectDir, RenderModel model) {
    Path file = adoc.toAbsolutePath().normalize();
    String display = projectDir.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Page("", "", List.of(new RenderMessage("ERROR", display, -1, "cannot read: " + e.getMessage())));
    }
    return run(projectDir, display, source, model, o -> asciidoctor.loadFile(file.toFile(), o));
  }

  /** Renders AsciiDoc text as if it were the file {@code displayPath} of {@code projectDir}. */
  public Page render(String source, String displayPath, Path projectDir, RenderModel model) {
    return run(projectDir, displayPath, source, model, o -> asciidoctor.load(source, o));
  }

  private Page run(Path projectDir, String display, String source, RenderModel model, Function<Options, Document> load) {
    Path project = projectDir.toAbsolutePath().normalize();
    current = model;
    log.start(project, display, source);
    try {
      Document doc = load.apply(options(project, model));
      String body = doc.convert();
      String title = doc.getDoctitle() == null ? "" : doc.getDoctitle();
      List<RenderMessage> messages = new ArrayList<>(log.drain());
      for (String url : ExternalResources.in(body)) {
        messages.add(new RenderMessage("ERROR", display, lineContaining(source, url),
            "the page would load '" + url + "' from another host; the site must be self-contained"));
      }
      for (String url : ExternalResources.uriIncludes(body)) {
        messages.add(new RenderMessage("ERROR", display, lineContaining(source, url),
            "include of '" + url + "' was not read: Rolebook never fetches URIs; copy the content into the project"));
      }
      return new Page(title, body, messages);
    } finally {
      current = null;
    }
  }

  private static int lineContaining(String source, String text) {
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    return -1;
  }

  static Options options(Path projectDir, RenderModel model) {
    AttributesBuilder a = Attributes.builder()
        // No dates or times in the output: two renders of the same sources are byte-identical.
        .attribute("reproducible", "")
        // A misspelt {rb-…} reference is a warning, and warnings fail the render.
        .attribute("attribute-missing", "warn")
        .attribute("showtitle", "")
        .attribute("toc", "macro")
        .attribute("toclevels", "2")
        .attribute("sectanchors", "")
        .attribute("idprefix", "")
        .attribute("idseparator", "-");
    for (Map.Entry<String, String> e : DocAttributes.of(model).entrySet()) {
      a.attribute(e.getKey(), e.getValue());
    }
    return Options.builder()
        // SAFE keeps include:: inside the project and ignores attempts to read URIs.
        .safe(SafeMode.SAFE)
        .baseDir(new File(projectDir.toString()))
        .standalone(false)
        .sourcemap(true)
        .toFile(false)
        .attributes(a.build())
        .build();
  }

  @Override
  public void close() {
    asciidoctor.unregisterLogHandler(log);
    asciidoctor.shutdown();
  }
}
