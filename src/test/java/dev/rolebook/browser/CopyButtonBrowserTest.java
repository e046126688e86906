package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class CopyButtonBrowserTest extends BrowserTestBase {

  @Test
  void everyPreGetsOneCopyButton() {
    open();
    Long pres = (Long) browser.js("return document.querySelectorAll('pre').length");
    assertTrue(pres > 0, "the page has <pre> blocks");
    assertEquals(pres, browser.js(
        "return [...document.querySelectorAll('pre')].filter(p => p.parentNode.querySelectorAll(':scope > button.rolebook-copy').length === 1).length"));
    assertEquals(pres, browser.js("return document.querySelectorAll('button.rolebook-copy').length"));
  }

  @Test
  void clickingCopiesTheBlocksExactTextAndSaysCopied() {
    grantClipboard();
    open();
    Document page = SiteUnderTest.parse(server, SiteUnderTest.page());
    Element first = page.selectFirst("pre.rolebook-json");
    String expected = (first.selectFirst("code") != null ? first.selectFirst("code") : first).wholeText();
    recordCopies();

    WebElement button = browser.driver().findElement(By.cssSelector("pre.rolebook-json ~ button.rolebook-copy"));
    button.click();
    browser.waitFor("the Copied feedback", () -> "Copied".equals(button.getText()));
    assertEquals(List.of(expected), copies());
    assertEquals(expected, clipboard());
  }

  @Test
  void copiesACommandAndAPlainBlockToo() {
    grantClipboard();
    open();
    Document page = SiteUnderTest.parse(server, SiteUnderTest.page());
    recordCopies();
    List<WebElement> buttons = browser.driver().findElements(By.cssSelector("button.rolebook-copy"));
    List<Element> pres = page.select("pre");
    assertEquals(pres.size(), buttons.size());
    int last = buttons.size() - 1;
    buttons.get(last).click();
    browser.waitFor("the Copied feedback", () -> "Copied".equals(buttons.get(last).getText()));
    assertEquals(List.of(pres.get(last).wholeText()), copies());
    assertEquals(pres.get(last).wholeText(), clipboard());
  }

  @Test
  void calloutMarkersAreNotCopied() {
    assumeTrue(SiteUnderTest.isFixture(), "the fixture has a listing with a callout");
    open();
    recordCopies();
    WebElement button = browser.driver().findElement(By.xpath("//pre[.//i[@class='conum']]/following-sibling::button"));
    button.click();
    browser.waitFor("the Copied feedback", () -> "Copied".equals(button.getText()));
    assertEquals(List.of("cdk deploy backgroundagent-dev"), copies());
  }

  @Test
  void feedbackGoesBackToCopy() {
    open();
    WebElement button = browser.driver().findElement(By.cssSelector("button.rolebook-copy"));
    button.click();
    browser.waitFor("the Copied feedback", () -> !"Copy".equals(button.getText()));
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> "Copy".equals(button.getText()));
    assertFalse(button.getAttribute("class").contains("is-done"));
  }

  @Test
  void withoutTheAsyncClipboardTheTextareaFallbackCopies() {
    grantClipboard();
    open();
    recordCopies();
    // Keep a handle for reading back, then hide the API as an insecure (http, non-local) page would.
    browser.js("window.realClipboard = navigator.clipboard;"
        + "Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined, configurable: true});");
    WebElement button = browser.driver().findElement(By.cssSelector("pre.rolebook-command ~ button.rolebook-copy"));
    String text = (String) browser.js("return document.querySelector('pre.rolebook-command').textContent");
    button.click();
    browser.waitFor("the Copied feedback", () -> "Copied".equals(button.getText()));
    assertEquals(List.of(text), copies());
    assertEquals(text, browser.asyncJs("const done = arguments[arguments.length - 1];"
        + "window.realClipboard.readText().then(done, e => done('clipboard error: ' + e));"));
    assertEquals(0L, browser.js("return document.querySelectorAll('textarea').length"), "the helper textarea is gone");
  }

  @Test
  void whenCopyingIsRefusedTheTextIsSelectedForTheReader() {
    open();
    recordCopies();
    browser.js("Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined, configurable: true});"
        + "document.execCommand = () => false;");
    WebElement button = browser.driver().findElement(By.cssSelector("pre.rolebook-command ~ button.rolebook-copy"));
    button.click();
    browser.waitFor("the refusal to show", () -> "Press Ctrl+C".equals(button.getText()));
    assertEquals(List.of(), copies());
    assertEquals(browser.js("return document.querySelector('pre.rolebook-command').textContent"),
        browser.js("return window.getSelection().toString()"));
  }

  static void grantClipboard() {
    browser.cdp("Browser.grantPermissions", Map.of(
        "origin", server.origin(),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  /** The page's own hook: rolebook.js reports each copy with the text it wrote. */
  static void recordCopies() {
    browser.js("window.rolebookCopies = [];"
        + "document.addEventListener('rolebook:copied', e => window.rolebookCopies.push(e.detail.text));");
  }

  static List<String> copies() {
    return browser.strings("return window.rolebookCopies");
  }

  /** What the system clipboard holds, read back through the async clipboard API. */
  static String clipboard() {
    return (String) browser.asyncJs("const done = arguments[arguments.length - 1];"
        + "navigator.clipboard.readText().then(done, e => done('clipboard error: ' + e));");
  }
}
