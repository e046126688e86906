package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.substitute.ParameterValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The fixture pages follow the shared HTML contract and hold the project's real policies and
 * parameters, so the browser tests exercise what the rendered guide will carry. No browser needed.
 */
class FixtureContractTest {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; base-uri 'none'; form-action 'none'";
  private static final Set<String> TOKEN_CLASSES = Set.of("tok-key", "tok-str", "tok-num", "tok-lit", "tok-punct");

  private final PolicySet set = new ProjectLoader().load(Path.of("")).policySet().orElseThrow();

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "notoc.html"})
  void pageFollowsTheContract(String name) throws IOException {
    Document page = parse(name);
    assertEquals(CSP, page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
    assertEquals(List.of("css/rolebook.css"), page.select("link[rel=stylesheet]").eachAttr("href"));
    assertEquals(List.of("js/rolebook.js"), page.select("script[src]").eachAttr("src"));
    assertTrue(page.select("[style], style, script:not([src]):not([type=application/json])").isEmpty(),
        "no inline style or script: the CSP would refuse them");

    List<Element> blocks = page.select("pre.rolebook-json");
    assertEquals(List.of("", "", "", "", "example"), blocks.stream().map(b -> b.attr("data-target")).toList());
    for (Element pre : blocks) {
      assertTrue(pre.parent().is("div.content") && pre.parent().parent().is("div.listingblock.rolebook-policy[id^=policy-]"),
          pre.attr("data-policy"));
      assertNotNull(pre.parent().parent().selectFirst("> div.title"));
      assertTrue(pre.hasClass("highlight") && pre.hasAttr("data-variants") && pre.hasAttr("data-target"));
      Element code = pre.selectFirst("> code.language-json[data-lang=json]");
      assertNotNull(code);
      for (Element span : code.children()) {
        assertTrue(span.is("span") && TOKEN_CLASSES.contains(span.className()), span.outerHtml());
      }
      for (TextNode text : code.textNodes()) {
        assertTrue(text.getWholeText().isBlank(), "only white space between tokens: '" + text.getWholeText() + "'");
      }
      PolicyDocument doc = document(pre.attr("data-policy"));
      if (pre.attr("data-target").isEmpty()) {
        assertEquals(JsonWriter.pretty(doc.root()), JsonWriter.pretty(parseJson(code.wholeText())),
            "the block's text parses back to " + pre.attr("data-policy"));
        assertEquals(doc.source().text().stripTrailing(), code.wholeText(), "as written: the file's exact text");
      } else {
        // The fixture's one target: the example account, everything else as written.
        ParameterValues.Result example = ParameterValues.validate(set.manifest(), Map.of("account", "111122223333"), false);
        assertEquals(JsonWriter.pretty(example.substitution().apply(doc.root())), JsonWriter.pretty(parseJson(code.wholeText())));
      }
    }
    assertEquals(List.of("cdk-bootstrap", "describe-stack"), page.select("pre.rolebook-command").eachAttr("data-command"));
    assertNotNull(page.selectFirst("#rolebook-form noscript"));
  }

  @Test
  void fixtureShowsEveryPlaceholderKind() throws IOException {
    String text = parse("index.html").select("pre.rolebook-json[data-target~=^$]").text();
    for (String placeholder : List.of("ACCOUNT_ID", "hnb659fds", "backgroundagent-dev", "\"arn:aws:")) {
      assertTrue(text.contains(placeholder), placeholder);
    }
  }

  @Test
  void parametersBlockIsTheManifestsParameters() throws IOException {
    JsonNode block = new ObjectMapper().readTree(parse("index.html").getElementById("rolebook-parameters").data());
    List<String> expected = new ArrayList<>();
    for (Parameter p : set.manifest().parameters()) {
      expected.add(String.join("|", p.name(), p.label(), p.placeholder(), p.in(), p.pattern(), p.patternHint(),
          p.example(), p.defaultValue().orElse("-"), Integer.toString(p.maxLength())));
    }
    List<String> actual = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    for (JsonNode p : block.path("parameters")) {
      p.fieldNames().forEachRemaining(keys::add);
      actual.add(String.join("|", p.path("name").asText(), p.path("label").asText(), p.path("placeholder").asText(),
          p.path("in").asText(), p.path("pattern").asText(), p.path("patternHint").asText(), p.path("example").asText(),
          p.has("default") ? p.path("default").asText() : "-", p.path("maxLength").asText()));
    }
    assertEquals(expected, actual);
    assertEquals(new TreeSet<>(List.of("name", "label", "placeholder", "in", "pattern", "patternHint", "example", "default", "maxLength")), keys);
  }

  @Test
  void siteAssetsNameNoOtherHost() throws IOException {
    String css = Files.readString(SiteUnderTest.THEME.resolve("css/rolebook.css"), StandardCharsets.UTF_8);
    String js = Files.readString(SiteUnderTest.THEME.resolve("js/rolebook.js"), StandardCharsets.UTF_8);
    assertFalse(css.contains("@import"), "no imported stylesheets");
    assertFalse(Pattern.compile("url\\(").matcher(css).find(), "no url() in the theme");
    assertFalse(css.contains("@font-face"), "system fonts only");
    assertFalse(js.contains("://"), "the script names no URL");
    assertFalse(Pattern.compile("\\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|eval)\\b").matcher(js).find(),
        "the script makes no requests and evaluates no strings");
  }

  private PolicyDocument document(String name) {
    return set.document(name).or(() -> set.variantDocument(name))
        .orElseThrow(() -> new AssertionError("no policy or variant named " + name));
  }

  private static JsonValue parseJson(String text) {
    return new StrictJson().parse("block", text).file().orElseThrow(() -> new AssertionError("not JSON: " + text)).root();
  }

  private static Document parse(String name) throws IOException {
    Path dir = Files.exists(SiteUnderTest.FIXTURE.resolve(name)) ? SiteUnderTest.FIXTURE : FixtureVariants.dir();
    return Jsoup.parse(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
  }
}
