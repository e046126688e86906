package dev.rolebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.LoadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.load.TargetsLoader;
import dev.rolebook.load.TargetsResult;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.PolicySet;
import dev.rolebook.render.RenderModel;
import dev.rolebook.render.Renderer;
import dev.rolebook.render.SharedRenderer;
import dev.rolebook.substitute.Target;
import dev.rolebook.testing.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountPagesTest {
  private static final LoadResult LOADED = Projects.loadSelf();
  private static final PolicySet SET = Projects.self();
  private static final TargetsResult TARGETS;
  private static final CheckResult CHECKED;
  private static final Bundles.Origin ORIGIN;

  static {
    try {
      TARGETS = new TargetsLoader().parse("policies/targets.json",
          Files.readString(Path.of("src/test/resources/targets/targets.json")), SET.manifest());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    CHECKED = Checker.check(LOADED, TARGETS.targets());
    ORIGIN = new Bundles.Origin(SET.manifest().version(), CHECKED.hash().orElseThrow());
  }

  /** The page's generated AsciiDoc rendered by the one Asciidoctor, as the site build does. */
  private static Document page(String name) {
    Target t = TARGETS.target(name).orElseThrow();
    List<BundleFile> files = Bundles.generate(SET, t, ORIGIN, List.of(SnippetFormat.values()));
    return Jsoup.parseBodyFragment(render(AccountPages.source(SET, t, ORIGIN, CHECKED.sizes(), files)));
  }

  private static String render(String asciidoc) {
    RenderModel model = RenderModel.of(CHECKED, TARGETS.targets()).orElseThrow();
    Renderer.Page page = SharedRenderer.renderer().render(asciidoc, "policies/targets.json", SharedRenderer.PROJECT, model);
    assertEquals(List.of(), page.messages());
    return page.body();
  }

  @Test
  void policyBlocksParseBackToTheSubstitutedDocuments() {
    Target gov = TARGETS.target("gov-west").orElseThrow();
    Document doc = page("gov-west");
    Elements pres = doc.select("div.listingblock.rolebook-policy > div.content > pre.rolebook-json.highlight");
    List<Deployed> deployed = TargetDocuments.of(SET, gov);
    assertEquals(deployed.size(), pres.size());
    for (int i = 0; i < pres.size(); i++) {
      Element pre = pres.get(i);
      Deployed d = deployed.get(i);
      assertEquals(d.name(), pre.attr("data-policy"));
      assertEquals("gov-west", pre.attr("data-target"));
      assertEquals(String.join(",", d.variants()), pre.attr("data-variants"));
      Element code = pre.selectFirst("code.language-json[data-lang=json]");
      String text = code.wholeText();
      assertEquals(JsonWriter.pretty(d.document()), text);
      var parsed = new StrictJson().parse("page", text).file().orElseThrow().root();
      assertEquals(JsonWriter.canonical(d.document()), JsonWriter.canonical(parsed));
      assertEquals("policy-" + dev.rolebook.render.Html.slug(d.name()), pre.parent().parent().id());
    }
    assertEquals("ecs", doc.selectFirst("pre[data-policy=IaCRole-ABCA-Application]").attr("data-variants"));
    String trust = doc.selectFirst("pre[data-policy=cfn-exec-trust] code").wholeText();
    assertTrue(trust.contains("\"arn:aws-us-gov:iam::444455556666:root\""), trust);
    assertTrue(trust.contains("\"cdk-gov1\""), trust);
    assertFalse(doc.select("span.tok-key").isEmpty());
    assertFalse(doc.select("span.tok-str").isEmpty());
    assertFalse(doc.select("span.tok-punct").isEmpty());
  }

  @Test
  void commandsAreTheScriptsCommands() {
    Document doc = page("gov-west");
    String create = doc.selectFirst("pre.rolebook-command[data-command=create-policies] > code").wholeText();
    String bootstrap = doc.selectFirst("pre.rolebook-command[data-command=cdk-bootstrap] > code").wholeText();
    assertEquals("aws iam create-policy --region 'us-gov-west-1' --policy-name 'IaCRole-ABCA-Infrastructure'"
        + " --policy-document 'file://IaCRole-ABCA-Infrastructure.json'", create.lines().findFirst().orElseThrow());
    assertEquals(String.join(" \\\n",
        "cdk bootstrap 'aws://444455556666/us-gov-west-1'",
        "  --qualifier 'gov1'",
        "  --cloudformation-execution-policies 'arn:aws-us-gov:iam::444455556666:policy/IaCRole-ABCA-Infrastructure'",
        "  --cloudformation-execution-policies 'arn:aws-us-gov:iam::444455556666:policy/IaCRole-ABCA-Application'",
        "  --cloudformation-execution-policies 'arn:aws-us-gov:iam::444455556666:policy/IaCRole-ABCA-Observability'"), bootstrap);
    Target gov = TARGETS.target("gov-west").orElseThrow();
    String script = Bundles.generate(SET, gov, ORIGIN, List.of(SnippetFormat.CLI)).stream()
        .filter(f -> f.name().equals(Bundles.SCRIPT)).findFirst().orElseThrow().text();
    assertTrue(script.contains(create + "\n\n" + bootstrap + "\n"), script);
  }

  @Test
  void sizesParametersAndDownloads() {
    Document doc = page("prod-us");
    List<String> sizeRows = doc.select("table.rolebook-table.rolebook-target-sizes tbody tr").eachText();
    List<String> expected = CHECKED.sizes().stream().filter(f -> f.target().equals("prod-us"))
        .map(f -> String.format(java.util.Locale.ROOT, "%s %,d %,d %,d %s", f.label(), f.chars(), f.limit(), f.headroom(), f.shownPercent()))
        .toList();
    assertEquals(expected, sizeRows);
    assertEquals(4, sizeRows.size());
    assertEquals(List.of("AWS account ID account 111122223333", "AWS Region region us-east-1", "AWS partition partition aws",
        "CDK bootstrap qualifier qualifier prod1", "Stack name stack backgroundagent-prod"),
        doc.select("table.rolebook-target-parameters tbody tr").eachText());
    assertEquals(List.of("prod-us/IaCRole-ABCA-Application.json", "prod-us/IaCRole-ABCA-Infrastructure.json",
        "prod-us/IaCRole-ABCA-Observability.json", "prod-us/bootstrap.sh", "prod-us/cfn-exec-trust.json",
        "prod-us/managed-policies.cfn.yaml", "prod-us/managed-policies.tf"),
        doc.select(".rolebook-downloads a[download]").eachAttr("href"));
    assertEquals("Production, N. Virginia. Policy set 1.0.0, sha256:" + ORIGIN.hash() + ". Variants: none.",
        doc.selectFirst(".rolebook-account-summary p").text());
  }

  @Test
  void userTextIsEscaped() throws IOException {
    TargetsResult r = new TargetsLoader().parse("policies/targets.json", """
        {"targets": [{"name": "x", "description": "<script>alert(1)</script> & \\"q\\"", "account": "123456789012", "region": "us-east-1"}]}
        """, SET.manifest());
    Target t = r.targets().get(0);
    String body = render(AccountPages.source(SET, t, ORIGIN, List.of(), List.of()));
    assertFalse(body.contains("<script>"));
    assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"), body);
    // Nor is it read as AsciiDoc: no attribute reference, passthrough end or cell separator takes effect.
    TargetsResult markup = new TargetsLoader().parse("policies/targets.json", """
        {"targets": [{"name": "y", "description": "{rb-version} +++<b>x</b>+++ | *bold* <<downloads>>", "account": "123456789012", "region": "us-east-1"}]}
        """, SET.manifest());
    Document doc = Jsoup.parseBodyFragment(render(AccountPages.source(SET, markup.targets().get(0), ORIGIN, List.of(), List.of())));
    assertTrue(doc.selectFirst(".rolebook-account-summary p").text().startsWith("{rb-version} +++<b>x</b>+++ | *bold* <<downloads>>. Policy set"),
        doc.selectFirst(".rolebook-account-summary p").text());
    assertEquals(null, doc.selectFirst(".rolebook-account-summary b, .rolebook-account-summary strong"));
  }

  @Test
  void writesTheAccountsTree(@TempDir Path site) throws IOException {
    // The page shell (CSP, stylesheet, script) is the site's template: AccountSiteTest checks it.
    List<String> problems = AccountPages.writeAll(site, SET, TARGETS.targets(), ORIGIN, CHECKED.sizes(),
        new BundleCheck(ScriptCheck.fromPath()), (adoc, root) -> {
          Renderer.Page p = SharedRenderer.renderer().render(adoc, "policies/targets.json", SharedRenderer.PROJECT,
              RenderModel.of(CHECKED, TARGETS.targets()).orElseThrow());
          assertEquals(List.of(), p.messages());
          return "<title>" + p.title().replaceAll("<[^>]*>", "") + "</title>\n" + p.body();
        });
    assertEquals(List.of(), problems);
    Path accounts = site.resolve("accounts");
    List<String> files;
    try (Stream<Path> walk = Files.walk(accounts)) {
      files = walk.filter(Files::isRegularFile).map(p -> accounts.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    // Three pages, seven bundle files each, the index and the marker that lets the next run replace the tree.
    assertEquals(3 + 3 * 7 + 1 + 1, files.size(), files.toString());
    assertTrue(files.containsAll(List.of("index.html", "prod-us.html", "gov-west.html", "cn-north.html",
        "gov-west/bootstrap.sh", "cn-north/managed-policies.tf", "prod-us/cfn-exec-trust.json")), files.toString());
    Document page = Jsoup.parse(Files.readString(accounts.resolve("cn-north.html")));
    assertEquals("Deployment snippets for cn-north", page.title());
    assertEquals(List.of("prod-us.html", "gov-west.html", "cn-north.html"),
        Jsoup.parse(Files.readString(accounts.resolve("index.html"))).select(".rolebook-targets a").eachAttr("href"));
    // Every link on a page points at a file that was written (links up to the guide, "../", are
    // checked where the whole site is rendered: AccountSiteTest).
    for (String href : page.select("a[href]").eachAttr("href")) {
      if (!href.startsWith("../") && !href.startsWith("#")) {
        assertTrue(Files.exists(accounts.resolve(href)), href);
      }
    }
    String downloaded = Files.readString(accounts.resolve("cn-north/IaCRole-ABCA-Application.json"));
    assertEquals(page.selectFirst("pre[data-policy=IaCRole-ABCA-Application] code").wholeText() + "\n", downloaded);
  }

  @Test
  void aProblemInOneTargetWritesNothingAndNamesEveryProblemInTargetOrder(@TempDir Path site) throws IOException {
    Path before = Files.writeString(Files.createDirectories(site.resolve("accounts")).resolve(BundleWriter.MARKER), "");
    List<dev.rolebook.check.SizeFigure> sizes = new java.util.ArrayList<>(CHECKED.sizes());
    sizes.add(new dev.rolebook.check.SizeFigure("IaCRole-ABCA-Application", List.of(), "cn-north", 6200, 6144));
    sizes.add(new dev.rolebook.check.SizeFigure("IaCRole-ABCA-Infrastructure", List.of(), "prod-us", 6145, 6144));
    List<String> problems = AccountPages.writeAll(site, SET, TARGETS.targets(), ORIGIN, sizes,
        new BundleCheck(ScriptCheck.disabled()), (adoc, root) -> {
          throw new AssertionError("no page is rendered when a bundle has a problem");
        });
    assertEquals(List.of(
        "prod-us: IaCRole-ABCA-Infrastructure is 6,145 characters; the limit is 6,144",
        "cn-north: IaCRole-ABCA-Application is 6,200 characters; the limit is 6,144"), problems);
    try (Stream<Path> walk = Files.walk(site)) {
      assertEquals(List.of(site, before.getParent(), before), walk.sorted().toList(),
          "the earlier accounts/ is left as it was, and no staging directory stays behind");
    }
  }
}
