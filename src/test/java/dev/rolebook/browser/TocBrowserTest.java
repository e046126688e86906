package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TocBrowserTest extends BrowserTestBase {

  @Test
  void theCurrentSectionIsMarkedAndFollowsTheScroll() {
    open();
    List<String> links = tocTargets();
    assertTrue(links.size() >= 3, "the toc lists sections: " + links);
    assertEquals(links.get(0), current(), "at the top the first section is current");

    // A section in the middle, scrolled to the top of the window, becomes the current one.
    String middle = links.get(links.size() / 2);
    scrollTo(middle);
    browser.waitFor("'" + middle + "' to be marked", () -> middle.equals(current()));
    assertEquals("location", browser.js("return document.querySelector('#toc a.rolebook-current').getAttribute('aria-current')"));
    assertEquals(1L, browser.js("return document.querySelectorAll('#toc a.rolebook-current').length"));

    browser.js("window.scrollTo(0, 0)");
    browser.waitFor("the first section to be marked again", () -> links.get(0).equals(current()));
  }

  @Test
  void atTheBottomTheLastSectionInSightIsCurrent() {
    // A tall window: the last section is too short for its heading to reach the top third.
    browser.cdp("Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 1280, "height", 2000, "deviceScaleFactor", 1, "mobile", false));
    open();
    List<String> links = tocTargets();
    String last = links.get(links.size() - 1);
    browser.js("window.scrollTo(0, document.documentElement.scrollHeight)");
    assertTrue((Long) browser.js("return Math.round(document.getElementById(arguments[0]).getBoundingClientRect().top)", last)
        > 2000 / 3, "the last heading stays below the top third");
    browser.waitFor("'" + last + "' to be marked at the bottom", () -> last.equals(current()));
  }

  @Test
  void aPageWithoutATocGetsOneBuiltFromItsHeadings() {
    assumeTrue(SiteUnderTest.isFixture(), "notoc.html is a fixture page");
    open("notoc.html", "");
    assertEquals(Boolean.TRUE, browser.js("return document.getElementById('toc').classList.contains('rolebook-toc-built')"));
    assertEquals(browser.strings("return [...document.querySelectorAll('#content h2[id], #content h3[id]')].map(h => h.id)"),
        tocTargets());
    assertEquals(List.of("_infrastructure", "_observability", "_ecs_variant"),
        browser.strings("return [...document.querySelectorAll('#toc ul.sectlevel2 a')].map(a => a.hash.slice(1))"));
    scrollTo("_observability");
    browser.waitFor("the built toc to mark the section", () -> "_observability".equals(current()));
  }

  @Test
  void everySectionHeadingGetsAnAnchorLink() {
    open();
    List<String> ids = browser.strings("return [...document.querySelectorAll('#content h2[id], #content h3[id]')].map(h => h.id)");
    assertTrue(ids.size() >= 3, ids.toString());
    assertEquals(ids.stream().map(id -> "#" + id).toList(), browser.strings(
        "return [...document.querySelectorAll('#content h2[id], #content h3[id]')]"
            + ".map(h => h.querySelector('a.rolebook-anchor, a.anchor').getAttribute('href'))"));
    assertEquals(List.of(), browser.strings(
        "return [...document.querySelectorAll('#content h2[id], #content h3[id]')]"
            + ".filter(h => !h.querySelector('a.rolebook-anchor, a.anchor').getAttribute('aria-label')).map(h => h.id)"),
        "every anchor link has a name a screen reader can say");
    // Asciidoctor's own sectanchors (the rendered guide) or the script's (the fixture), whichever the page has.
    browser.js("document.querySelector('#content h2[id]').querySelector('a.rolebook-anchor, a.anchor').click()");
    assertEquals("#" + ids.get(0), browser.js("return location.hash"));
  }

  private static List<String> tocTargets() {
    return browser.strings("return [...document.querySelectorAll('#toc a')].map(a => decodeURIComponent(a.hash.slice(1)))");
  }

  private static String current() {
    return (String) browser.js("const a = document.querySelector('#toc a.rolebook-current'); return a ? decodeURIComponent(a.hash.slice(1)) : null");
  }

  private static void scrollTo(String id) {
    browser.js("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})", id);
  }
}
