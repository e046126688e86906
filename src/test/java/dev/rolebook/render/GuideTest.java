package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.PolicyEntry;
import dev.rolebook.model.Manifest.Role;
import dev.rolebook.model.Manifest.VariantEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real guide, rendered from this repository and read back: it must say what policies/ says. */
class GuideTest {
  @TempDir
  static Path tmp;
  static Path site;
  static Document page;
  static RenderModel model;

  @BeforeAll
  static void render() throws IOException {
    model = SharedRenderer.model();
    site = tmp.resolve("site");
    Site.Result result = Site.build(SharedRenderer.renderer(), model, SharedRenderer.PROJECT, site);
    assertEquals(List.of(), result.messages());
    assertEquals(List.of("index.html"), result.pages());
    page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
  }

  private static JsonValue parse(String text) {
    return new StrictJson().parse("rendered", text).file().orElseThrow(() -> new AssertionError("not JSON: " + text)).root();
  }

  private static Element policyBlock(String id) {
    Element block = page.getElementById(id);
    assertNotNull(block, "no element #" + id);
    assertTrue(block.hasClass("rolebook-policy") && block.hasClass("listingblock"), block.className());
    return block;
  }

  @Test
  void everyPolicyIsShownAsItsFileSays() throws IOException {
    for (PolicyEntry p : model.manifest().policies()) {
      Element block = policyBlock("policy-" + Html.slug(p.name()));
      Element pre = block.selectFirst("pre.rolebook-json.highlight");
      assertEquals(p.name(), pre.attr("data-policy"));
      assertEquals("", pre.attr("data-variants"));
      assertEquals("", pre.attr("data-target"));
      String shown = pre.selectFirst("code.language-json").wholeText();
      assertEquals(model.set().document(p.name()).orElseThrow().root(), parse(shown), p.name());
      String file = Files.readString(SharedRenderer.PROJECT.resolve("policies").resolve(p.file()), StandardCharsets.UTF_8);
      assertEquals(file.stripTrailing(), shown, p.name() + " is shown exactly as written");
    }
  }

  @Test
  void variantsAreShownAloneAndCombined() {
    for (VariantEntry v : model.manifest().variants()) {
      Element alone = policyBlock("policy-" + Html.slug(v.name())).selectFirst("pre");
      assertEquals(v.name(), alone.attr("data-policy"));
      assertEquals(model.set().variantDocument(v.name()).orElseThrow().root(), parse(alone.wholeText()));

      Element combined = policyBlock("policy-" + Html.slug(v.extendsPolicy() + "-" + v.name())).selectFirst("pre");
      assertEquals(v.extendsPolicy(), combined.attr("data-policy"));
      assertEquals(v.name(), combined.attr("data-variants"));
      assertEquals(model.set().combined(v.extendsPolicy(), List.of(v.name())).orElseThrow(), parse(combined.wholeText()));
    }
  }

  @Test
  void inventoryRowsMatchTheMeasuredDocuments() {
    List<String> expected = model.asWrittenFigures().stream().map(f -> f.label()).toList();
    assertEquals(expected, firstCells("rolebook-inventory"));
    Element first = table("rolebook-inventory").select("tbody tr").first();
    var f = model.asWrittenFigures().get(0);
    assertEquals(String.format(java.util.Locale.ROOT, "%,d / %,d (%d%%)", f.chars(), f.limit(), f.percent()),
        first.select("td").get(InventoryTable.HEADERS.indexOf("Size as written")).text());
  }

  @Test
  void constraintsRowsAreTheStatementsOnEveryResource() {
    List<String> expected = new ArrayList<>();
    for (ConstraintsTable.Row r : ConstraintsTable.rows(model)) {
      expected.add(r.owner() + " " + r.statement().label());
    }
    List<String> shown = table("rolebook-constraints").select("tbody tr").stream()
        .map(tr -> tr.select("td").get(1).text()).toList();
    assertEquals(expected, shown);
    // Every action of those statements appears in the table, none is summarised away.
    String text = table("rolebook-constraints").text();
    for (ConstraintsTable.Row r : ConstraintsTable.rows(model)) {
      for (String action : r.statement().action().orElseThrow().items()) {
        String name = action.substring(action.indexOf(':') + 1);
        assertTrue(text.contains(name), action);
      }
    }
  }

  @Test
  void roleTablesFollowTheManifest() {
    Manifest m = model.manifest();
    assertEquals(m.roles().stream().filter(r -> r.kind().equals(Role.BOOTSTRAP)).map(Role::name).toList(),
        firstCells("rolebook-bootstrap-roles"));
    List<String> runtime = table("rolebook-runtime-roles").select("tbody tr").stream()
        .map(tr -> tr.select("td").get(0).ownText()).toList();
    assertEquals(m.roles().stream().filter(r -> r.kind().equals(Role.RUNTIME)).map(Role::name).toList(), runtime);
  }

  @Test
  void bootstrapCommandIsTheGeneratedOne() {
    Elements commands = page.select("pre.rolebook-command[data-command=cdk-bootstrap] > code");
    assertEquals(1, commands.size());
    assertEquals(BootstrapCommand.text(model.manifest(), Map.of()).orElseThrow(), commands.first().wholeText());
  }

  @Test
  void headerCarriesVersionAndHash() {
    String fingerprint = page.selectFirst(".rolebook-fingerprint").text();
    assertEquals("Policy set " + model.manifest().version() + " · canonical SHA-256 " + model.hash(), fingerprint);
    assertEquals(model.manifest().title(), page.title());
  }

  @Test
  void parameterDataBlockListsTheManifestParameters() {
    Element data = page.getElementById("rolebook-parameters");
    assertEquals("application/json", data.attr("type"));
    JsonObject root = (JsonObject) parse(data.data());
    List<String> names = ((JsonArray) root.get("parameters").orElseThrow()).elements().stream()
        .map(e -> ((JsonString) ((JsonObject) e).get("name").orElseThrow()).value()).toList();
    assertEquals(model.manifest().parameters().stream().map(Manifest.Parameter::name).toList(), names);
  }

  @Test
  void nothingComesFromAnotherHost() {
    for (Element e : page.select("[src], [href]")) {
      for (String attr : List.of("src", "href")) {
        String v = e.attr(attr).toLowerCase(java.util.Locale.ROOT);
        assertTrue(!v.startsWith("http:") && !v.startsWith("https:") && !v.startsWith("//"), e.outerHtml());
      }
    }
    Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertEquals(PageTemplate.CSP, csp.attr("content"));
    assertEquals("css/rolebook.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals("js/rolebook.js", page.selectFirst("script[src]").attr("src"));
    assertTrue(page.select("[style]").isEmpty(), "inline style attributes break the CSP");
    assertTrue(Files.isRegularFile(site.resolve("css/rolebook.css")));
    assertTrue(Files.notExists(site.resolve("templates")));
  }

  @Test
  void noProblemPlaceholders() {
    assertTrue(page.select(".rolebook-problem").isEmpty());
  }

  @Test
  void renderingTwiceGivesTheSameBytes() throws IOException {
    Path again = tmp.resolve("again");
    Site.build(SharedRenderer.renderer(), model, SharedRenderer.PROJECT, again);
    assertEquals(Files.readString(site.resolve("index.html")), Files.readString(again.resolve("index.html")));
  }

  private static Element table(String kind) {
    Elements tables = page.select("table.rolebook-table." + kind);
    assertEquals(1, tables.size(), kind);
    return tables.first();
  }

  private static List<String> firstCells(String kind) {
    return table(kind).select("tbody tr").stream().map(tr -> tr.select("td").get(0).text()).toList();
  }
}
