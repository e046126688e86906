package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Finding one's way on the real guide: search across every page (opened with '/', keyboard only,
 * served by the site itself), folded long policies and the joined document (copy still gives the
 * whole document), the folded table of contents on a phone, the skip link, the form's placeholders.
 */
@RenderedGuide
class ReadingGuideBrowserTest extends BrowserTestBase {

  @Test
  void slashOpensASearchOverEveryPageAndTheKeyboardFollowsAResult() {
    open();
    server.clearRequests();
    new Actions(browser.driver()).sendKeys("/").perform();
    browser.waitFor("the search dialog", () -> Boolean.TRUE.equals(browser.js("return document.querySelector('dialog.rolebook-search').open")));
    assertEquals("rolebook-search-input", browser.js("return document.activeElement.className"));
    WebElement input = browser.driver().findElement(By.cssSelector(".rolebook-search-input"));

    input.sendKeys("DeleteLogGroup");
    browser.waitFor("results", () -> !results().isEmpty());
    assertTrue(results().stream().anyMatch(u -> u.endsWith("/index.html#iacrole-abca-observability")), results().toString());
    assertTrue(results().stream().anyMatch(u -> u.contains("/accounts/example-dev.html#")), "account pages are indexed too: " + results());

    input.clear();
    input.sendKeys("govcloud Downloads");
    browser.waitFor("results", () -> !results().isEmpty() && results().get(0).contains("example-govcloud"));
    assertEquals(server.url("accounts/example-govcloud.html#downloads"), results().get(0));
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);
    browser.waitFor("the account page", () -> browser.driver().getCurrentUrl().equals(server.url("accounts/example-govcloud.html#downloads")));
    assertTrue(server.requests().contains("/js/search-index.js"), "the index comes from the site: " + server.requests());
    assertTrue(server.requests().stream().noneMatch(p -> p.contains("favicon.ico")), server.requests().toString());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aSlashTypedIntoTheFormIsText() {
    open();
    ParameterFormBrowserTest.type("stack", "a/b");
    assertEquals(Boolean.FALSE, browser.js("return document.querySelector('dialog.rolebook-search').open"));
    assertEquals("a/b", ParameterFormBrowserTest.input("stack").getAttribute("value"));
    browser.driver().findElement(By.cssSelector(".rolebook-search-open")).click();
    assertEquals(Boolean.TRUE, browser.js("return document.querySelector('dialog.rolebook-search').open"));
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    assertEquals(Boolean.FALSE, browser.js("return document.querySelector('dialog.rolebook-search').open"));
  }

  @Test
  void longPoliciesAreFoldedAndStillCopiedWhole() {
    CopyButtonBrowserTest.grantClipboard();
    open();
    Document page = SiteUnderTest.parse(server, SiteUnderTest.page());
    String id = "policy-iacrole-abca-infrastructure";
    String whole = page.getElementById(id).selectFirst("pre code").wholeText();
    assertTrue(whole.lines().count() > 30);
    assertEquals(Boolean.TRUE, browser.js("return document.getElementById(arguments[0]).classList.contains('rolebook-folded')", id));
    Long folded = (Long) browser.js("return Math.round(document.querySelector('#' + arguments[0] + ' pre').getBoundingClientRect().height)", id);
    WebElement fold = browser.driver().findElement(By.cssSelector("#" + id + " button.rolebook-fold"));
    assertEquals("Show all " + whole.lines().count() + " lines", fold.getText());

    CopyButtonBrowserTest.recordCopies();
    browser.driver().findElement(By.cssSelector("#" + id + " button.rolebook-copy")).click();
    browser.waitFor("a copy", () -> !CopyButtonBrowserTest.copies().isEmpty());
    assertEquals(List.of(whole), CopyButtonBrowserTest.copies(), "a folded block copies the whole document");

    fold.click();
    Long unfolded = (Long) browser.js("return Math.round(document.querySelector('#' + arguments[0] + ' pre').getBoundingClientRect().height)", id);
    assertTrue(unfolded > folded * 2, folded + " then " + unfolded);
    assertEquals("true", fold.getAttribute("aria-expanded"));
  }

  @Test
  void theJoinedDocumentShowsWhatTheVariantAddsAndCopiesTheWhole() {
    CopyButtonBrowserTest.grantClipboard();
    open();
    Document page = SiteUnderTest.parse(server, SiteUnderTest.page());
    Element pre = page.selectFirst("pre.rolebook-json[data-variants=ecs]");
    String whole = pre.selectFirst("code").wholeText();
    String id = pre.parent().parent().id();
    String visible = (String) browser.js("return document.querySelector('#' + arguments[0] + ' pre').innerText", id);
    assertTrue(visible.contains("\"Sid\": \"ECS\""), visible);
    assertFalse(visible.contains("\"Sid\": \"DynamoDB\""), "the base statements are folded away: " + visible);
    // The note is drawn from an attribute by the stylesheet: seen, but never part of the text.
    assertEquals(Boolean.TRUE, browser.js("const n = document.querySelector('#' + arguments[0] + ' .rolebook-base-note');"
        + "return n.getClientRects().length > 0 && getComputedStyle(n, '::before').content.includes("
        + "'the 8 statements of IaCRole-ABCA-Application shown above') && n.textContent === ''", id));

    CopyButtonBrowserTest.recordCopies();
    browser.driver().findElement(By.cssSelector("#" + id + " button.rolebook-copy")).click();
    browser.waitFor("a copy", () -> !CopyButtonBrowserTest.copies().isEmpty());
    assertEquals(List.of(whole), CopyButtonBrowserTest.copies());

    // The form rewrites the block; the base statements are folded again in the new text.
    ParameterFormBrowserTest.type("stack", "teststack");
    browser.waitFor("the rewrite", () -> Boolean.TRUE.equals(browser.js(
        "return document.querySelector('#' + arguments[0] + ' pre').classList.contains('rolebook-substituted')", id)));
    String rewritten = (String) browser.js("return document.querySelector('#' + arguments[0] + ' pre').innerText", id);
    assertFalse(rewritten.contains("\"Sid\": \"DynamoDB\""), rewritten);
    browser.driver().findElement(By.cssSelector("#" + id + " button.rolebook-base-toggle")).click();
    String all = (String) browser.js("return document.querySelector('#' + arguments[0] + ' pre').innerText", id);
    assertTrue(all.contains("\"Sid\": \"DynamoDB\"") && all.contains("teststack"), all);
  }

  @Test
  void onAPhoneTheTableOfContentsIsFoldedBehindAButton() {
    browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    open();
    WebElement toggle = browser.driver().findElement(By.cssSelector("#toc .rolebook-toc-toggle"));
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    Long closed = (Long) browser.js("return Math.round(document.getElementById('toc').getBoundingClientRect().height)");
    assertTrue(closed < 80, "folded toc is " + closed + " px tall");
    toggle.click();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue((Long) browser.js("return Math.round(document.getElementById('toc').getBoundingClientRect().height)") > 300);
    browser.driver().findElement(By.cssSelector("#toc a[href='#trust-policy']")).click();
    assertEquals("false", toggle.getAttribute("aria-expanded"), "following an entry folds the list again");
    browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    assertEquals(Boolean.TRUE, browser.js("return getComputedStyle(document.querySelector('#toc > ul')).display !== 'none'"),
        "the sidebar is never folded");
  }

  @Test
  void theSkipLinkComesFirstAndLeadsToTheContent() {
    open();
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertEquals("Skip to the content", browser.js("return document.activeElement.textContent"));
    assertEquals(Boolean.TRUE, browser.js("return document.activeElement.getBoundingClientRect().left >= 0"), "visible when focused");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    assertEquals("content", browser.js("return document.activeElement.id"));
  }

  @Test
  void placeholdersAreNotClipped() {
    for (int width : List.of(1280, 375)) {
      browser.cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
      open();
      List<String> clipped = browser.strings("""
          const c = document.createElement('canvas').getContext('2d');
          return [...document.querySelectorAll('.rolebook-field input')].filter(i => {
            const s = getComputedStyle(i);
            c.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
            const room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
            return c.measureText(i.placeholder).width > room;
          }).map(i => i.name + ' "' + i.placeholder + '" in ' + i.clientWidth + ' px');
          """);
      assertEquals(List.of(), clipped, "at " + width + " px");
    }
  }

  private static List<String> results() {
    return browser.strings("return [...document.querySelectorAll('.rolebook-search-results a')].map(a => a.href)");
  }
}
