package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Manifest.Parameter;
import dev.rolebook.render.JsonHighlighter;
import dev.rolebook.substitute.ParameterValues;
import dev.rolebook.substitute.Substitution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The live parameter form. Expected documents come from the Java {@link Substitution} applied to
 * the page's original blocks, so these tests also hold the JS and Java substitutions to the same
 * result, on the fixture or on a rendered guide.
 */
class ParameterFormBrowserTest extends BrowserTestBase {
  private static Manifest manifest;
  private static List<String> originalJson;
  private static List<String> originalCommands;
  private static List<String> originalTargetJson;

  @BeforeAll
  static void readOriginals() {
    if (server == null) {
      return; // no browser: every test skips itself
    }
    manifest = new ProjectLoader().load(Path.of("")).policySet()
        .orElseThrow(() -> new AssertionError("the project's policies/ do not load")).manifest();
    Document page = SiteUnderTest.parse(server, SiteUnderTest.page());
    originalJson = texts(page, "pre.rolebook-json", true);
    originalTargetJson = texts(page, "pre.rolebook-json", false);
    originalCommands = texts(page, "pre.rolebook-command", true);
    assertFalse(originalJson.isEmpty(), "the page has policy blocks");
  }

  @Test
  void accountAndRegionRewriteEveryPolicyBlock() {
    open();
    type("account", "123456789012");
    type("region", "eu-west-1");
    Map<String, String> given = Map.of("account", "123456789012", "region", "eu-west-1");
    assertEquals(expectedJson(given), actualJson());
    for (String text : jsonTexts()) {
      assertFalse(text.contains("ACCOUNT_ID"), text);
    }
    assertEquals("The snippets use your values.", statusText());
  }

  @Test
  void accountAndRegionRewriteTheCommands() {
    assumeTrue(SiteUnderTest.isFixture(), "exact command texts are known for the fixture only");
    open();
    type("account", "123456789012");
    type("region", "eu-west-1");
    assertEquals(List.of(
        "cdk bootstrap aws://123456789012/eu-west-1 \\\n"
            + "  --qualifier hnb659fds \\\n"
            + "  --cloudformation-execution-policies \"arn:aws:iam::123456789012:policy/IaCRole-ABCA-Infrastructure\" \\\n"
            + "  --cloudformation-execution-policies \"arn:aws:iam::123456789012:policy/IaCRole-ABCA-Application\" \\\n"
            + "  --cloudformation-execution-policies \"arn:aws:iam::123456789012:policy/IaCRole-ABCA-Observability\"",
        "aws cloudformation describe-stacks --stack-name backgroundagent-dev --region eu-west-1"),
        commandTexts());
  }

  @Test
  void blocksMadeForATargetAreLeftAlone() {
    assumeTrue(!originalTargetJson.isEmpty(), "the page has no block made for a target");
    open();
    type("account", "123456789012");
    type("partition", "aws-us-gov");
    assertEquals(originalTargetJson, blockTexts("pre.rolebook-json", false));
    assertEquals(0L, browser.js("return [...document.querySelectorAll('pre.rolebook-substituted')].filter(p => p.getAttribute('data-target')).length"));
  }

  @Test
  void aBlockWithoutPlaceholdersKeepsItsExactMarkup() {
    assumeTrue(SiteUnderTest.isFixture(), "the fixture's ECS variant block has no placeholders");
    open();
    String before = (String) browser.js("return document.querySelector('pre[data-policy=ecs] code').innerHTML");
    type("account", "123456789012");
    type("partition", "aws-cn");
    assertEquals(before, browser.js("return document.querySelector('pre[data-policy=ecs] code').innerHTML"));
    assertEquals(Boolean.FALSE, browser.js("return document.querySelector('pre[data-policy=ecs]').classList.contains('rolebook-substituted')"));
    assertEquals(Boolean.TRUE, browser.js("return document.querySelector('pre[data-policy=cfn-exec-trust]').classList.contains('rolebook-substituted')"));
  }

  @Test
  void rewrittenBlocksAreHighlightedAgain() {
    open();
    type("account", "123456789012");
    List<String> texts = browser.strings("return [...document.querySelectorAll('pre.rolebook-json.rolebook-substituted code')].map(c => c.textContent)");
    assertFalse(texts.isEmpty(), "some policy block was rewritten");
    // The script's highlighting of a rewritten block is what the server's would be for the same text.
    List<List<String>> expected = texts.stream().map(t -> tokens(Jsoup.parseBodyFragment(JsonHighlighter.highlight(t)).body())).toList();
    assertEquals(expected, browser.js("return [...document.querySelectorAll('pre.rolebook-json.rolebook-substituted code')]"
        + ".map(c => [...c.childNodes].map(n => n.nodeType === 3 ? '#text ' + n.textContent : n.className + ' ' + n.textContent))"));
    Long unwrapped = (Long) browser.js(
        "return [...document.querySelectorAll('pre.rolebook-json.rolebook-substituted code')].flatMap(c => [...c.childNodes])"
            + ".filter(n => n.nodeType === 3 && n.textContent.trim() !== '').length");
    assertEquals(0L, unwrapped, "every token of a rewritten block sits in a tok-* span");
    assertEquals(Boolean.TRUE, browser.js(
        "return [...document.querySelectorAll('pre.rolebook-substituted .tok-str')].some(s => s.textContent === '\"arn:aws:iam::123456789012:root\"')"));
  }

  /** A code element's children as "#text …" or "class …" lines, as the script side lists them. */
  private static List<String> tokens(Element code) {
    List<String> out = new ArrayList<>();
    for (org.jsoup.nodes.Node n : code.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        out.add("#text " + t.getWholeText());
      } else if (n instanceof Element e) {
        out.add(e.className() + " " + e.wholeText());
      }
    }
    return out;
  }

  @Test
  void copyGivesTheSubstitutedText() {
    CopyButtonBrowserTest.grantClipboard();
    open();
    type("account", "123456789012");
    CopyButtonBrowserTest.recordCopies();
    WebElement button = browser.driver().findElement(By.cssSelector("pre.rolebook-substituted ~ button.rolebook-copy"));
    String shown = (String) browser.js("return document.querySelector('pre.rolebook-substituted').textContent");
    button.click();
    browser.waitFor("the Copied feedback", () -> "Copied".equals(button.getText()));
    assertTrue(shown.contains("123456789012"), shown);
    assertEquals(List.of(shown), CopyButtonBrowserTest.copies());
    assertEquals(shown, CopyButtonBrowserTest.clipboard());
  }

  @Test
  void anInvalidAccountShowsItsErrorAndNoBlockChanges() {
    for (String bad : List.of("12345678901", "12345678901\"")) {
      open();
      type("region", "eu-west-1");
      type("account", bad);
      String expected = ParameterValues.check(parameter("account"), bad).orElseThrow();
      assertEquals(expected, errorText("account"));
      assertEquals("true", input("account").getAttribute("aria-invalid"));
      assertEquals(originalJson, jsonTexts(), "policy blocks keep their placeholders for '" + bad + "'");
      assertEquals(originalCommands, commandTexts(), "commands keep their placeholders for '" + bad + "'");
      assertEquals(0L, browser.js("return document.querySelectorAll('.rolebook-substituted').length"));
      assertEquals("Fix the marked value; until then every snippet shows its placeholders.", statusText());
    }
    assertEquals("account '12345678901\"' contains '\"' (U+0022), which could change the policy's meaning; "
        + "expected a 12-digit AWS account ID", errorText("account"));
  }

  @Test
  void fixingTheValueAppliesEverything() {
    open();
    type("account", "12345678901");
    type("account", "123456789012");
    assertEquals("", errorText("account"));
    assertEquals(Boolean.TRUE, browser.js("return document.getElementById('rolebook-error-account').hidden"));
    assertEquals(expectedJson(Map.of("account", "123456789012")), actualJson());
    assertEquals("The snippets use your values; still placeholders: REGION.", statusText());
  }

  @Test
  void errorMessagesMatchTheJavaCheck() {
    open();
    List<String[]> cases = List.of(
        new String[] {"account", "1234567890123"},
        new String[] {"account", "1234\\5678"},
        new String[] {"account", "123 456 789 012"},
        new String[] {"account", "123\t456"},
        new String[] {"region", "us-east-1*"},
        new String[] {"region", "eu-west-?"},
        new String[] {"region", "${aws:RequestedRegion}"},
        new String[] {"region", "mars-north-1"},
        new String[] {"partition", "aws-mars"},
        new String[] {"partition", "aws'"},
        new String[] {"qualifier", "qualifier-too-long"},
        new String[] {"qualifier", "q.x"},
        new String[] {"stack", "1stack"},
        new String[] {"stack", "st\u00e4ck"},
        new String[] {"stack", "a\uD83D\uDE00"});
    List<Executable> checks = new ArrayList<>();
    for (String[] c : cases) {
      set(c[0], c[1]);
      String expected = ParameterValues.check(parameter(c[0]), c[1]).orElseThrow();
      String actual = errorText(c[0]);
      List<String> json = jsonTexts();
      checks.add(() -> assertEquals(expected, actual));
      checks.add(() -> assertEquals(originalJson, json, "no substitution with " + c[0] + " '" + c[1] + "'"));
      set(c[0], "");
    }
    assertAll(checks);
  }

  @Test
  void partitionRewritesArnPrefixesOnly() {
    open();
    type("partition", "aws-us-gov");
    assertEquals(expectedJson(Map.of("partition", "aws-us-gov")), actualJson());
    for (String text : jsonTexts()) {
      assertFalse(text.contains("\"arn:aws:"), text);
      assertTrue(text.contains("amazonaws.com") || !text.contains("Service"), text);
    }
    if (SiteUnderTest.isFixture()) {
      String bootstrap = commandTexts().get(0);
      assertTrue(bootstrap.startsWith("cdk bootstrap aws://ACCOUNT_ID/REGION \\\n"), bootstrap);
      assertTrue(bootstrap.contains("\"arn:aws-us-gov:iam::ACCOUNT_ID:policy/IaCRole-ABCA-Infrastructure\""), bootstrap);
      assertFalse(bootstrap.contains("arn:aws:"), bootstrap);
    }
  }

  @Test
  void qualifierAndStackAreReplacedAsWholeTokensOnly() {
    open();
    type("qualifier", "myqual");
    type("stack", "backgroundagent-prod");
    assertEquals(expectedJson(Map.of("qualifier", "myqual", "stack", "backgroundagent-prod")), actualJson());
    if (SiteUnderTest.isFixture()) {
      String observability = (String) browser.js("return document.querySelector('pre[data-policy=IaCRole-ABCA-Observability]').textContent");
      assertTrue(observability.contains("\"arn:aws:s3:::cdk-myqual-assets-*\""), observability);
      assertTrue(observability.contains("\"arn:aws:ecr:*:*:repository/backgroundagent-*\""), observability);
    }
  }

  /** Values that spell other parameters' placeholders: a stack named REGION, qualifier ACCOUNT_ID. */
  private static final Map<String, String> SPELLS_PLACEHOLDERS = Map.of(
      "account", "123456789012", "region", "eu-west-1", "qualifier", "ACCOUNT_ID", "stack", "REGION");

  @Test
  void aValueThatSpellsAnotherPlaceholderStaysAsTyped() {
    open();
    SPELLS_PLACEHOLDERS.forEach(ParameterFormBrowserTest::type);
    assertEquals(expectedJson(SPELLS_PLACEHOLDERS), actualJson());
    if (SiteUnderTest.isFixture()) {
      String trust = (String) browser.js("return document.querySelector('pre[data-policy=cfn-exec-trust]').textContent");
      assertTrue(trust.contains("\"sts:ExternalId\": \"cdk-ACCOUNT_ID\""), trust);
    }
  }

  @Test
  void thePagesParameterOrderDoesNotChangeTheResult() {
    assumeTrue(SiteUnderTest.isFixture(), "reordered.html is a fixture page");
    open("reordered.html", "");
    assertEquals(List.of("stack", "qualifier", "partition", "region", "account"),
        browser.strings("return [...document.querySelectorAll('.rolebook-form input')].map(i => i.name)"));
    SPELLS_PLACEHOLDERS.forEach(ParameterFormBrowserTest::type);
    assertEquals(expectedJson(SPELLS_PLACEHOLDERS), actualJson());
    String observability = (String) browser.js("return document.querySelector('pre[data-policy=IaCRole-ABCA-Observability]').textContent");
    assertTrue(observability.contains("\"arn:aws:s3:::cdk-ACCOUNT_ID-assets-*\""), observability);
    assertTrue(observability.contains("\"arn:aws:ecr:*:*:repository/backgroundagent-*\""), observability);
  }

  @Test
  void theUrlFragmentPreloadsValuesAndWinsOverStorage() {
    open();
    type("account", "111111111111");
    open(SiteUnderTest.page(), "account=123456789012&region=us-west-2&partition=aws-cn");
    assertEquals("123456789012", input("account").getAttribute("value"));
    assertEquals("us-west-2", input("region").getAttribute("value"));
    assertEquals("aws-cn", input("partition").getAttribute("value"));
    assertEquals("", input("qualifier").getAttribute("value"));
    assertEquals(expectedJson(Map.of("account", "123456789012", "region", "us-west-2", "partition", "aws-cn")), actualJson());
  }

  @Test
  void editingAfterASharedLinkKeepsTheFragmentInStep() {
    open(SiteUnderTest.page(), "account=123456789012");
    type("region", "eu-central-1");
    assertEquals("#account=123456789012&region=eu-central-1", browser.js("return location.hash"));
    browser.reload();
    assertEquals("eu-central-1", input("region").getAttribute("value"));
  }

  @Test
  void anInvalidFragmentValueIsShownAsAnError() {
    open(SiteUnderTest.page(), "account=12345%22");
    assertEquals("12345\"", input("account").getAttribute("value"));
    assertEquals(ParameterValues.check(parameter("account"), "12345\"").orElseThrow(), errorText("account"));
    assertEquals(originalJson, jsonTexts());
  }

  @Test
  void valuesAreRememberedAcrossReloads() {
    open();
    type("account", "123456789012");
    type("stack", "backgroundagent-prod");
    browser.reload();
    assertEquals("123456789012", input("account").getAttribute("value"));
    assertEquals("backgroundagent-prod", input("stack").getAttribute("value"));
    assertEquals(expectedJson(Map.of("account", "123456789012", "stack", "backgroundagent-prod")), actualJson());
  }

  @Test
  void aSectionAnchorFragmentIsLeftAlone() {
    open();
    type("account", "123456789012");
    String id = (String) browser.js("return document.querySelector('#content h2[id]:last-of-type, #content h2[id]').id");
    open(SiteUnderTest.page(), id);
    assertEquals("#" + id, browser.js("return location.hash"));
    assertEquals("123456789012", input("account").getAttribute("value"));
    type("region", "eu-west-1");
    assertEquals("#" + id, browser.js("return location.hash"), "typing does not touch a section anchor");
  }

  @Test
  void emptyFieldsAndClearBringBackThePlaceholders() {
    open();
    type("account", "123456789012");
    type("account", "");
    assertEquals(originalJson, jsonTexts());
    assertEquals(originalCommands, commandTexts());
    assertEquals("The snippets show placeholders. Fill in your values to rewrite them.", statusText());
    type("region", "eu-west-1");
    browser.driver().findElement(By.cssSelector("button.rolebook-clear")).click();
    assertEquals("", input("region").getAttribute("value"));
    assertEquals(originalJson, jsonTexts());
    assertEquals(originalCommands, commandTexts());
    assertEquals(null, browser.js("return localStorage.getItem('rolebook.parameters')"));
  }

  @Test
  void theShareButtonCopiesALinkWithTheValues() {
    CopyButtonBrowserTest.grantClipboard();
    open();
    type("account", "123456789012");
    type("partition", "aws-us-gov");
    WebElement share = browser.driver().findElement(By.cssSelector("button.rolebook-share"));
    share.click();
    browser.waitFor("the Link copied feedback", () -> "Link copied".equals(share.getText()));
    assertEquals(server.url(SiteUnderTest.page()) + "#account=123456789012&partition=aws-us-gov",
        CopyButtonBrowserTest.clipboard());
  }

  @Test
  void theFormListsTheManifestsParametersInOrder() {
    open();
    assertEquals(manifest.parameters().stream().map(Parameter::name).toList(),
        browser.strings("return [...document.querySelectorAll('.rolebook-form input')].map(i => i.name)"));
    assertEquals(manifest.parameters().stream().map(Parameter::label).toList(),
        browser.strings("return [...document.querySelectorAll('.rolebook-form label')].map(l => l.textContent)"));
    assertEquals("numeric", input("account").getAttribute("inputmode"), "digits only: a phone shows its number pad");
    assertEquals(null, input("region").getAttribute("inputmode"));
  }

  @Test
  void withoutAPlaceForItTheFormGoesBeforeTheFirstSnippet() {
    assumeTrue(SiteUnderTest.isFixture(), "noform.html is a fixture page");
    open("noform.html", "");
    assertEquals(Boolean.TRUE, browser.js(
        "const form = document.getElementById('rolebook-form'), block = document.querySelector('.listingblock');"
            + "return form.nextElementSibling === block"));
    type("account", "123456789012");
    type("partition", "aws-cn");
    assertEquals(List.of("aws iam attach-role-policy --role-name cdk-hnb659fds-cfn-exec-role-123456789012-REGION"
        + " --policy-arn arn:aws-cn:iam::123456789012:policy/IaCRole-ABCA-Infrastructure"), commandTexts());
  }

  // ---- helpers ----

  /** Texts of the blocks shown as written (empty data-target), or of those made for a target. */
  private static List<String> texts(Document page, String selector, boolean asWritten) {
    List<String> out = new ArrayList<>();
    for (Element pre : page.select(selector)) {
      if (pre.attr("data-target").isEmpty() != asWritten) {
        continue;
      }
      Element code = pre.selectFirst("code");
      out.add((code != null ? code : pre).wholeText());
    }
    return out;
  }

  static Parameter parameter(String name) {
    return manifest.parameter(name).orElseThrow();
  }

  static WebElement input(String name) {
    return browser.driver().findElement(By.id("rolebook-param-" + name));
  }

  /** Types like a reader: clear the field, then key by key (each key fires an input event). */
  static void type(String name, String value) {
    WebElement field = input(name);
    set(name, "");
    if (!value.isEmpty()) {
      field.sendKeys(value);
    }
  }

  /** Sets a value in one go (for characters a keyboard can't send), firing an input event. */
  static void set(String name, String value) {
    browser.js("const f = arguments[0]; f.value = arguments[1]; f.dispatchEvent(new Event('input', {bubbles: true}));",
        input(name), value);
  }

  static String errorText(String name) {
    return (String) browser.js("return document.getElementById('rolebook-error-' + arguments[0]).textContent", name);
  }

  static String statusText() {
    return (String) browser.js("return document.getElementById('rolebook-form-status').textContent");
  }

  static List<String> jsonTexts() {
    return blockTexts("pre.rolebook-json", true);
  }

  static List<String> commandTexts() {
    return blockTexts("pre.rolebook-command", true);
  }

  static List<String> blockTexts(String selector, boolean asWritten) {
    return browser.strings("return [...document.querySelectorAll(arguments[0])]"
        + ".filter(p => !p.getAttribute('data-target') === arguments[1]).map(p => p.textContent)", selector, asWritten);
  }

  private static JsonValue parse(String text) {
    return new StrictJson().parse("block", text).file()
        .orElseThrow(() -> new AssertionError("not valid JSON:\n" + text)).root();
  }

  /** The blocks as shown, parsed and printed the same way as the expected ones. */
  static List<String> actualJson() {
    return jsonTexts().stream().map(t -> JsonWriter.pretty(parse(t))).toList();
  }

  static List<String> expectedJson(Map<String, String> given) {
    ParameterValues.Result result = ParameterValues.validate(manifest, new LinkedHashMap<>(given), false);
    assertTrue(result.ok(), result.errors().toString());
    Substitution s = result.substitution();
    return originalJson.stream().map(t -> JsonWriter.pretty(s.apply(parse(t)))).toList();
  }
}
