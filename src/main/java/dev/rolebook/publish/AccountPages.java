package dev.rolebook.publish;

import dev.rolebook.check.SizeFigure;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.PolicySet;
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
 * links to the bundle files in {@code accounts/<target>/}. Built from escaped templates; no
 * Asciidoctor. The page wrapper here is a minimal standalone one until the site's own replaces it.
 */
public final class AccountPages {
  public static final String DIR = "accounts";
  /** The site's Content-Security-Policy (HTML contract). */

  /** Wraps a page body in the site's page template (title as text, path back to the site root). */
  @FunctionalInterface
  public interface Wrapper {
    String page(String title, String root, String body);
  }

  private AccountPages() {}

  /** The BODY HTML of {@code accounts/<target>.html}. */
  public static String body(PolicySet set, Target target, Bundles.Origin origin, List<SizeFigure> sizes, List<BundleFile> files) {
    return body(set, target, TargetDocuments.of(set, target), origin, sizes, files);
  }

  private static String body(PolicySet set, Target target, List<Deployed> docs, Bundles.Origin origin, List<SizeFigure> sizes,
      List<BundleFile> files) {
    Manifest m = set.manifest();
    Commands.Values v = Commands.Values.of(m, target);

    StringBuilder parameters = new StringBuilder();
    for (Parameter p : m.parameters()) {
      parameters.append(Template.resource("account-parameter-row.html.tmpl").render(Map.of(
          "label", p.label().isEmpty() ? p.name() : p.label(), "name", p.name(), "value", target.substitution().valueOf(p)),
          Escape::html));
    }
    StringBuilder sizeRows = new StringBuilder();
    for (SizeFigure f : sizes) {
      if (f.target().equals(target.name())) {
        sizeRows.append(Template.resource("account-size-row.html.tmpl").render(Map.of(
            "label", f.label(),
            "chars", String.format(Locale.ROOT, "%,d", f.chars()),
            "limit", String.format(Locale.ROOT, "%,d", f.limit()),
            "headroom", String.format(Locale.ROOT, "%,d", f.headroom()),
            "percent", f.percent() + "%"), Escape::html));
      }
    }
    StringBuilder blocks = new StringBuilder();
    for (Deployed d : docs) {
      blocks.append(PolicyBlock.html("policy-" + Html.slug(d.name()), d.label() + " (" + d.entry().type() + ")",
          d.name(), d.variants(), target.name(), JsonWriter.pretty(d.document()))).append('\n');
    }
    StringBuilder downloads = new StringBuilder();
    for (BundleFile f : files) {
      downloads.append(Template.resource("account-download.html.tmpl").render(Map.of(
          "href", target.name() + "/" + f.name(), "name", f.name(), "what", describe(f.name())), Escape::html));
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("target", target.name());
    values.put("description", target.description().isEmpty() ? "Target " + target.name() : target.description());
    values.put("version", origin.version());
    values.put("hash", origin.hash());
    values.put("variants", target.variants().isEmpty() ? "none" : String.join(", ", target.variants()));
    values.put("parameters", parameters.toString());
    values.put("createPolicies", Escape.html(String.join("\n", Commands.createPolicies(docs, v))));
    values.put("bootstrap", Escape.html(Commands.bootstrap(docs, v)));
    values.put("sizes", sizeRows.toString());
    values.put("policies", blocks.toString());
    values.put("downloads", downloads.toString());
    return Template.resource("account-body.html.tmpl").render(values, Escape::html);
  }

  /**
   * Writes {@code <siteDir>/accounts/}: a page and a folder of bundle files per target, and an
   * index. Every bundle is checked first; on any problem nothing is written and the problems are
   * returned.
   */
  public static List<String> writeAll(Path siteDir, PolicySet set, List<Target> targets, Bundles.Origin origin,
      List<SizeFigure> sizes, BundleCheck check, Wrapper wrapper) throws IOException {
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
      for (BundleFile f : files) {
        out.add(BundleWriter.OutputFile.text(t.name() + "/" + f.name(), f.text()));
      }
      String body = body(set, t, docs, origin, sizes, files);
      out.add(BundleWriter.OutputFile.text(t.name() + ".html", wrapper.page("Deployment snippets: " + t.name(), "../", body)));
      index.append(Template.resource("account-index-row.html.tmpl").render(
          Map.of("href", t.name() + ".html", "name", t.name(), "description", t.description()), Escape::html));
    }
    if (!problems.isEmpty()) {
      return List.copyOf(problems);
    }
    String indexBody = Template.resource("account-index.html.tmpl").render(Map.of("rows", index.toString()), Escape::html);
    out.add(BundleWriter.OutputFile.text("index.html", wrapper.page("Deployment targets", "../", indexBody)));
    BundleWriter.write(siteDir.resolve(DIR), out);
    return List.of();
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
}
