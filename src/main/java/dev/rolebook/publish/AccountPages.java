package dev.rolebook.publish;

import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.PolicySet;
import dev.rolebook.render.BootstrapCommand;
import dev.rolebook.render.Html;
import dev.rolebook.render.PolicyBlock;
import dev.rolebook.substitute.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The per-account pages: {@code accounts/<target>.html} shows one deployment target's substituted
 * policies (HTML contract blocks with {@code data-target}), its commands, its size figures and
 * links to the bundle files in {@code accounts/<target>/}. Each page is generated AsciiDoc
 * (templates {@code account.adoc.tmpl}, {@code account-index.adoc.tmpl}) that the site's one
 * Asciidoctor renders and wraps in the site's page template, exactly as it does the guide: the same
 * headings and anchors, tables, policy and command blocks, so the two cannot drift apart in looks.
 * Every value from the manifest or the targets file enters the AsciiDoc as HTML-escaped inline
 * passthrough ({@link #text}), never as AsciiDoc markup or an attribute reference.
 */
public final class AccountPages {
  public static final String DIR = "accounts";
  /** Targets a worker prepares at once (their scripts checked by one bash process), or pages it writes. */
  private static final int CHUNK = 50;

  /** Renders a page's generated AsciiDoc into a whole page of the site, with the path back to its root. */
  @FunctionalInterface
  public interface PageRenderer {
    String page(String asciidoc, String root);
  }

  private AccountPages() {}

  /** The AsciiDoc source of {@code accounts/<target>.html}. */
  public static String source(PolicySet set, Target target, Bundles.Origin origin, List<SizeFigure> sizes, List<BundleFile> files) {
    return source(set, target, TargetDocuments.of(set, target), origin, sizes, files);
  }

  private static String source(PolicySet set, Target target, List<Deployed> docs, Bundles.Origin origin, List<SizeFigure> sizes,
      List<BundleFile> files) {
    Manifest m = set.manifest();
    Commands.Values v = Commands.Values.of(m, target);

    StringBuilder parameters = new StringBuilder();
    for (Parameter p : m.parameters()) {
      parameters.append(row(text(p.label().isEmpty() ? p.name() : p.label()), code(p.name()),
          code(shownValue(target, p))));
    }
    StringBuilder sizeRows = new StringBuilder();
    for (SizeFigure f : sizes) {
      if (f.target().equals(target.name())) {
        sizeRows.append(row(code(f.label()),
            text(String.format(Locale.ROOT, "%,d", f.chars())),
            text(String.format(Locale.ROOT, "%,d", f.limit())),
            text(String.format(Locale.ROOT, "%,d", f.headroom())),
            text(f.shownPercent())));
      }
    }
    StringBuilder blocks = new StringBuilder();
    for (Deployed d : docs) {
      blocks.append(PolicyBlock.html("policy-" + Html.slug(d.name()), d.label() + " (" + d.entry().type() + ")",
          d.name(), d.variants(), target.name(), d.pretty())).append('\n');
    }
    StringBuilder downloads = new StringBuilder();
    for (BundleFile f : files) {
      downloads.append("* ").append(pass("<a href=\"" + Html.escape(target.name() + "/" + f.name()) + "\" download>"
          + Html.escape(f.name()) + "</a> (" + Html.escape(describe(f.name())) + ")")).append('\n');
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("target", code(target.name()));
    values.put("breadcrumb", pass("<a href=\"../index.html\">Deployment roles guide</a> › <a href=\"index.html\">Deployment targets</a>"));
    values.put("summary", text((target.description().isEmpty() ? "Target " + target.name() : target.description()) + ". Policy set ")
        + pass("<a href=\"../index.html#changes\">" + Html.escape(origin.version()) + "</a>") + text(", ")
        + code("sha256:" + origin.hash()) + text(". Variants: "
        + (target.variants().isEmpty() ? "none" : String.join(", ", target.variants())) + "."));
    values.put("parameters", parameters.toString());
    values.put("createPolicies", BootstrapCommand.block("create-policies", "", String.join("\n", Commands.createPolicies(docs, v))));
    values.put("bootstrap", BootstrapCommand.block("cdk-bootstrap", "", Commands.bootstrap(m, target)));
    values.put("sizes", sizeRows.toString());
    values.put("policies", blocks.toString());
    values.put("downloads", downloads.toString());
    return Template.resource("account.adoc.tmpl").render(values, AccountPages::text);
  }

  /**
   * Writes {@code <siteDir>/accounts/}: a page and a folder of bundle files per target, and an
   * index. Every bundle is checked first; on any problem nothing is written and the problems are
   * returned. Pages are rendered by {@code renderer}, which reports its own problems.
   */
  public static List<String> writeAll(Path siteDir, PolicySet set, List<Target> targets, Bundles.Origin origin,
      List<SizeFigure> sizes, BundleCheck check, PageRenderer renderer) throws IOException {
    try (Pending pending = prepare(siteDir, set, targets, origin, sizes, check)) {
      if (pending.problems().isEmpty()) {
        pending.finish(renderer);
      }
      return pending.problems();
    }
  }

  /**
   * The first half of {@link #writeAll}, which needs no renderer: every target's bundle made,
   * checked and written (out of sight until {@link Pending#finish}) and its page source made.
   */
  public static Pending prepare(Path siteDir, PolicySet set, List<Target> targets, Bundles.Origin origin,
      List<SizeFigure> sizes, BundleCheck check) throws IOException {
    Map<String, List<SizeFigure>> sizesByTarget = new HashMap<>();
    for (SizeFigure f : sizes) {
      sizesByTarget.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f);
    }
    BundleWriter.Staging staging = BundleWriter.Staging.open(siteDir.resolve(DIR));
    try {
      // Targets are independent: their bundles are made, checked and written, and their page sources
      // made, on every core, a chunk of targets at a time (one bash process checks a chunk's scripts
      // while the other cores work), in target order. Rendering the pages stays on one thread.
      List<Prepared> prepared = new ArrayList<>(targets.size());
      for (List<Prepared> part : Parallel.map(chunks(targets), c -> prepare(set, c, origin, sizesByTarget, check, staging))) {
        prepared.addAll(part);
      }
      return new Pending(staging, prepared);
    } catch (UncheckedIOException e) {
      staging.close();
      throw e.getCause();
    } catch (RuntimeException | Error e) {
      staging.close();
      throw e;
    }
  }

  /** Account pages prepared, waiting for their pages to be rendered; closing it unfinished writes nothing. */
  public static final class Pending implements AutoCloseable {
    private final BundleWriter.Staging staging;
    private final List<Prepared> prepared;
    private final List<String> problems = new ArrayList<>();

    private Pending(BundleWriter.Staging staging, List<Prepared> prepared) {
      this.staging = staging;
      this.prepared = prepared;
      for (Prepared p : prepared) {
        problems.addAll(p.problems());
      }
    }

    /** What keeps the pages from being written; nothing is, when this is not empty. */
    public List<String> problems() {
      return List.copyOf(problems);
    }

    /** Renders the pages and the index and puts {@code accounts/} in place. Only when there are no problems. */
    public void finish(PageRenderer renderer) throws IOException {
      if (!problems.isEmpty()) {
        throw new IllegalStateException("account pages with problems are never written");
      }
      List<BundleWriter.OutputFile> pages = new ArrayList<>();
      StringBuilder index = new StringBuilder();
      for (Prepared p : prepared) {
        Target t = p.target();
        pages.add(BundleWriter.OutputFile.text(t.name() + ".html", renderer.page(p.source(), "../")));
        index.append("* ").append(pass("<a href=\"" + Html.escape(t.name()) + ".html\">" + Html.escape(t.name()) + "</a>"
            + (t.description().isEmpty() ? "" : ": " + Html.escape(t.description())))).append('\n');
      }
      String indexSource = Template.resource("account-index.adoc.tmpl").render(Map.of(
          "breadcrumb", pass("<a href=\"../index.html\">Deployment roles guide</a>"), "rows", index.toString()), AccountPages::text);
      pages.add(BundleWriter.OutputFile.text("index.html", renderer.page(indexSource, "../")));
      try {
        Parallel.map(chunks(pages), c -> {
          c.forEach(page -> write(staging, page));
          return c.size();
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      staging.commit();
    }

    @Override
    public void close() throws IOException {
      staging.close();
    }
  }

  /** A list in pieces of at most {@value #CHUNK}, at least two pieces when it has two items. */
  private static <T> List<List<T>> chunks(List<T> items) {
    int chunk = Math.max(1, Math.min(CHUNK, (items.size() + 1) / 2));
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += chunk) {
      out.add(items.subList(i, Math.min(items.size(), i + chunk)));
    }
    return out;
  }

  private static void write(BundleWriter.Staging staging, BundleWriter.OutputFile f) {
    try {
      staging.write(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One target's page source, or its problems (then nothing of it is made or written). */
  private record Prepared(Target target, String source, List<String> problems) {}

  private static List<Prepared> prepare(PolicySet set, List<Target> targets, Bundles.Origin origin,
      Map<String, List<SizeFigure>> sizesByTarget, BundleCheck check, BundleWriter.Staging staging) {
    List<BundleCheck.Bundle> bundles = new ArrayList<>();
    for (Target t : targets) {
      // Substituted once per target, then shared by the bundle, its check and the page.
      List<Deployed> docs = TargetDocuments.of(set, t);
      bundles.add(new BundleCheck.Bundle(t.name(), docs, Bundles.generate(set, t, docs, origin, List.of(SnippetFormat.values()))));
    }
    List<List<String>> checked = check.checkAll(bundles, set.manifest().limits());
    List<Prepared> out = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      BundleCheck.Bundle b = bundles.get(i);
      List<SizeFigure> sizes = sizesByTarget.getOrDefault(t.name(), List.of());
      List<String> problems = new ArrayList<>();
      checked.get(i).forEach(p -> problems.add(t.name() + ": " + p));
      for (SizeFigure f : sizes) {
        if (f.chars() > f.limit()) {
          problems.add(t.name() + ": " + f.label() + String.format(Locale.ROOT, " is %,d characters; the limit is %,d", f.chars(), f.limit()));
        }
      }
      if (!problems.isEmpty()) {
        out.add(new Prepared(t, "", List.copyOf(problems)));
        continue;
      }
      for (BundleFile f : b.files()) {
        write(staging, BundleWriter.OutputFile.text(t.name() + "/" + f.name(), f.text()));
      }
      out.add(new Prepared(t, source(set, t, b.docs(), origin, sizes, b.files()), List.of()));
    }
    return out;
  }

  /** Text from the manifest or targets file, shown exactly: HTML-escaped, inside an inline passthrough. */
  static String text(String s) {
    return s.isEmpty() ? "" : pass(Html.escape(s));
  }

  /** An identifier as inline code that breaks only after '-', '/' or ':'. */
  static String code(String s) {
    return pass("<code>" + Html.breakable(s) + "</code>");
  }

  /**
   * HTML inside AsciiDoc's inline passthrough {@code +++…+++}: no substitution happens inside it.
   * '+' (which could close it early) and '|' (a table's cell separator, found before any
   * substitution) are written as character references; line breaks become spaces, since each
   * paragraph, list item and table row here is one line.
   */
  static String pass(String html) {
    return "+++" + html.replace("+", "&#43;").replace("|", "&#124;").replace('\n', ' ').replace('\r', ' ') + "+++";
  }

  /** One table row of already passed-through cells. */
  private static String row(String... cells) {
    StringBuilder sb = new StringBuilder();
    for (String c : cells) {
      sb.append('|').append(c.isEmpty() ? "" : c).append(' ');
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static String describe(String file) {
    if (file.equals(Bundles.SCRIPT)) {
      return "bash script: create the policies, then cdk bootstrap";
    }
    if (file.equals(Bundles.CLOUDFORMATION)) {
      return "CloudFormation template";
    }
    if (file.equals(Bundles.TERRAFORM)) {
      return "Terraform";
    }
    return "policy document";
  }

  /** A string parameter's value; a list parameter's chosen values, comma-separated ("none" when empty). */
  static String shownValue(Target target, Parameter p) {
    if (!p.isList()) {
      return target.substitution().valueOf(p);
    }
    List<String> chosen = target.substitution().chosen(p.name());
    return chosen.isEmpty() ? "none" : String.join(",", chosen);
  }
}
