package dev.rolebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Nothing leaves 127.0.0.1, nothing is logged as an error, nothing is wider than a phone. */
class PageHygieneBrowserTest extends BrowserTestBase {

  @Test
  void noConsoleErrorsAndNoRequestToAnotherHost() {
    List<String> pages = SiteUnderTest.pages();
    // No /favicon.ico: the pages name their icon (favicon.svg), so the browser asks for nothing that 404s.
    Set<String> expectedPaths = new TreeSet<>();
    for (String page : pages) {
      expectedPaths.add("/" + page);
      expectedPaths.addAll(resourcePaths(SiteUnderTest.parse(server, page)));
      open(page, "");
      exercise();
    }
    assertEquals(List.of(), browser.consoleErrors());
    List<String> offHost = new ArrayList<>();
    for (String url : browser.requestedUrls()) {
      if (!url.startsWith(server.origin() + "/") && !url.startsWith("data:")) {
        offHost.add(url);
      }
    }
    assertEquals(List.of(), offHost, "requests to other hosts");
    List<String> unexpected = server.requests().stream().filter(p -> !expectedPaths.contains(p)).toList();
    assertEquals(List.of(), unexpected, "paths outside the pages and their resources " + expectedPaths);
  }

  @Test
  void noHorizontalPageScrollAt375Pixels() {
    browser.cdp("Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    open();
    assertEquals(375L, browser.js("return window.innerWidth"));
    assertFits("as loaded");
    // Code keeps its lines: the widest block scrolls inside itself instead of widening the page.
    assertEquals(Boolean.TRUE, browser.js("return [...document.querySelectorAll('pre')].some(p => p.scrollWidth > p.clientWidth)"));

    ParameterFormBrowserTest.type("account", "123456789012");
    ParameterFormBrowserTest.type("partition", "aws-us-gov");
    ParameterFormBrowserTest.type("stack", "a-forty-character-stack-name-for-testing");
    ParameterFormBrowserTest.type("region", "us-gov-west-1x");
    assertFits("with long values and an error shown");
    browser.driver().findElement(By.cssSelector("button.rolebook-theme-toggle")).click();
    assertFits("in the dark theme");
    if (SiteUnderTest.isFixture()) {
      open("notoc.html", "");
      assertFits("with a built toc");
    }
  }

  private static void assertFits(String when) {
    Long scroll = (Long) browser.js("return document.scrollingElement.scrollWidth");
    Long inner = (Long) browser.js("return window.innerWidth");
    assertTrue(scroll <= inner, "page is " + scroll + " px wide in a " + inner + " px window " + when
        + "; widest: " + browser.js(
            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')"));
  }

  /** Clicks and types through what the script offers, so its errors would show up in the log. */
  private static void exercise() {
    // A page may have no code block (the account index): click the first copy button there is.
    browser.driver().findElements(By.cssSelector("button.rolebook-copy")).stream().findFirst().ifPresent(b -> b.click());
    browser.driver().findElement(By.cssSelector("button.rolebook-theme-toggle")).click();
    // Every parameter the page's form lists: a refused value first, Enter (which must not submit
    // the form), then the manifest's example.
    List<String> examples = browser.strings("return document.querySelector('.rolebook-form') ? "
        + "JSON.parse(document.getElementById('rolebook-parameters').textContent).parameters.map(p => p.name + '=' + p.example) : []");
    for (String pair : examples) {
      String name = pair.substring(0, pair.indexOf('='));
      ParameterFormBrowserTest.type(name, "x\"");
      ParameterFormBrowserTest.input(name).sendKeys("\n");
      ParameterFormBrowserTest.type(name, pair.substring(name.length() + 1));
    }
    browser.js("window.scrollTo(0, document.body.scrollHeight)");
    browser.js("window.scrollTo(0, 0)");
  }

  /** Site-root paths of what the page loads by itself: stylesheets, scripts, images. */
  private static Set<String> resourcePaths(Document page) {
    Set<String> paths = new TreeSet<>();
    for (Element e : page.select("link[href], script[src], img[src]")) {
      String url = e.absUrl(e.hasAttr("src") ? "src" : "href");
      if (url.startsWith(server.origin() + "/")) {
        paths.add(url.substring(server.origin().length()).replaceAll("[?#].*", ""));
      }
    }
    return paths;
  }
}
