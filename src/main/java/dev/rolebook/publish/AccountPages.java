package dev.rolebook.publish;

import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.PolicySet;
import dev.rolebook.render.BootstrapCommand;
import dev.rolebook.render.Html;
import dev.rolebook.render.PolicyBlock;
import dev.rolebook.substitute.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
          d.name(), d.variants(), target.name(), JsonWriter.pretty(d.document()))).append('\n');
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
    List<String> problems = new ArrayList<>();
    List<BundleWriter.OutputFile> out = new ArrayList<>();
    StringBuilder index = new StringBuilder();
    for (Target t : targets) {
      // Substituted once per target, then shared by the bundle, its check and the page.
      List<Deployed> docs = TargetDocuments.of(set, t);
      List<BundleFile> files = Bundles.generate(set, t, docs, origin, List.of(SnippetFormat.values()));
      check.check(t.name(), docs, files, set.manifest().limits())
          .forEach(p -> problems.add(t.name() + ": " + p));
      for (SizeFigure f : sizes) {
        if (f.target().equals(t.name()) && f.chars() > f.limit()) {
          problems.add(t.name() + ": " + f.label() + String.format(Locale.ROOT, " is %,d characters; the limit is %,d", f.chars(), f.limit()));
        }
      }
      if (!problems.isEmpty()) {
        continue; // nothing will be written: spare the render
      }
      for (BundleFile f : files) {
        out.add(BundleWriter.OutputFile.text(t.name() + "/" + f.name(), f.text()));
      }
      out.add(BundleWriter.OutputFile.text(t.name() + ".html", renderer.page(source(set, t, docs, origin, sizes, files), "../")));
      index.append("* ").append(pass("<a href=\"" + Html.escape(t.name()) + ".html\">" + Html.escape(t.name()) + "</a>"
          + (t.description().isEmpty() ? "" : ": " + Html.escape(t.description())))).append('\n');
    }
    if (!problems.isEmpty()) {
      return List.copyOf(problems);
    }
    String indexSource = Template.resource("account-index.adoc.tmpl").render(Map.of(
        "breadcrumb", pass("<a href=\"../index.html\">Deployment roles guide</a>"), "rows", index.toString()), AccountPages::text);
    out.add(BundleWriter.OutputFile.text("index.html", renderer.page(indexSource, "../")));
    BundleWriter.write(siteDir.resolve(DIR), out);
    return List.of();
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
