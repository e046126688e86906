package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.check.CheckResult;
import dev.rolebook.check.Checker;
import dev.rolebook.load.ProjectInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole site with this project's deployment targets: the guide links to an account page per
 * target, the account pages use the site's page template, and every relative link on every page
 * leads to a file that was written.
 */
class AccountSiteTest {
  @TempDir static Path temp;
  static Path site;

  @BeforeAll
  static void render() throws IOException {
    ProjectInput input = ProjectInput.load(SharedRenderer.PROJECT);
    CheckResult check = Checker.check(input.loaded(), input.targets().targets());
    RenderModel model = RenderModel.of(check, input.targets().targets()).orElseThrow();
    site = temp.resolve("site");
    Site.Result result = Site.build(SharedRenderer.renderer(), model, SharedRenderer.PROJECT, site);
    assertEquals(List.of(), result.messages());
  }

  @Test
  void theGuideLinksToAPagePerTarget() throws IOException {
    Document guide = Jsoup.parse(Files.readString(site.resolve("index.html")));
    assertEquals(List.of("accounts/example-dev.html", "accounts/example-govcloud.html"),
        guide.select(".rolebook-accounts a").eachAttr("href"));
  }

  @Test
  void accountPagesUseTheSiteTemplate() throws IOException {
    Document page = Jsoup.parse(Files.readString(site.resolve("accounts/example-govcloud.html")));
    assertEquals(PageTemplate.CSP, page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    assertEquals("../css/rolebook.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    assertTrue(page.selectFirst("meta[name=rolebook-policy-set]").attr("content").startsWith("1.0.0 sha256:"));
    assertEquals("Deployment snippets for example-govcloud", page.title());
    // The same shell and the same Asciidoctor output as the guide: section anchors before the
    // heading text, generated tables with the theme's classes, the contract's policy blocks.
    assertEquals(page.select("#content h2[id]").size(), page.select("#content h2[id] > a.anchor:first-child").size());
    assertTrue(page.select("#content h2[id]").size() >= 4);
    assertEquals(2, page.select("table.tableblock.rolebook-table").size());
    assertTrue(page.selectFirst("#toc") != null, "a table of contents, as in the guide");
    assertEquals(page.select("pre.rolebook-json[data-target=example-govcloud]").size(), page.select("div.listingblock.rolebook-policy").size());
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        for (String ref : doc.select("a[href], link[href]").eachAttr("href")) {
          check(html, ref);
        }
        for (String ref : doc.select("script[src]").eachAttr("src")) {
          check(html, ref);
        }
      }
    }
  }

  @Test
  void twoBuildsAreByteIdentical() throws IOException {
    ProjectInput input = ProjectInput.load(SharedRenderer.PROJECT);
    CheckResult check = Checker.check(input.loaded(), input.targets().targets());
    RenderModel model = RenderModel.of(check, input.targets().targets()).orElseThrow();
    Path again = temp.resolve("again");
    assertEquals(List.of(), Site.build(SharedRenderer.renderer(), model, SharedRenderer.PROJECT, again).messages());
    List<Path> first = files(site);
    assertEquals(first.stream().map(site::relativize).toList(), files(again).stream().map(again::relativize).toList());
    for (Path f : first) {
      assertEquals(Files.readString(f, StandardCharsets.ISO_8859_1),
          Files.readString(again.resolve(site.relativize(f).toString()), StandardCharsets.ISO_8859_1), site.relativize(f).toString());
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void check(Path page, String ref) {
    if (ref.isEmpty() || ref.startsWith("#") || ref.startsWith("http")) {
      return;
    }
    String path = ref.replaceFirst("#.*$", "");
    assertTrue(Files.exists(page.getParent().resolve(path)), site.relativize(page) + " links to missing " + ref);
  }
}
