package dev.rolebook.browser;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * One browser and one server per test class (starting chromium costs about a second), serving the
 * fixture or, for a class marked {@link RenderedGuide}, this project's rendered guide; every test
 * starts from a clean slate: no remembered theme or values, light colour scheme, reduced motion, desktop size.
 */
abstract class BrowserTestBase {
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void startBrowser(TestInfo info) throws IOException {
    // No assumption here: one failing in @BeforeAll would hide the tests instead of skipping each.
    if (Browser.installed()) {
      boolean guide = info.getTestClass().map(c -> c.isAnnotationPresent(RenderedGuide.class)).orElse(false);
      boolean example = info.getTestClass().map(c -> c.isAnnotationPresent(RenderedExample.class)).orElse(false);
      if (example) {
        SiteUnderTest.useGuide(GuideSite.example());
      } else if (guide) {
        SiteUnderTest.useGuide(GuideSite.guide());
      } else {
        SiteUnderTest.useFixture();
      }
      browser = Browser.start();
      server = StaticServer.serve(SiteUnderTest.roots());
    }
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @BeforeEach
  void cleanSlate() {
    Browser.assumeInstalled();
    browser.driver().get(server.url("css/rolebook.css")); // same origin, no script of ours running
    browser.js("window.localStorage.clear()");
    browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    preferColorScheme("light");
    browser.consoleErrors();
    browser.requestedUrls();
    server.clearRequests();
  }

  /** Emulates the OS colour preference; reduced motion too, so scrolling is instant and clicks land. */
  static void preferColorScheme(String scheme) {
    browser.cdp("Emulation.setEmulatedMedia", Map.of("features", java.util.List.of(
        Map.of("name", "prefers-color-scheme", "value", scheme),
        Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
  }

  /** Opens the page under test (or {@code page}) with an optional fragment. */
  static void open(String page, String fragment) {
    browser.open(server.url(page) + (fragment.isEmpty() ? "" : "#" + fragment));
  }

  static void open() {
    open(SiteUnderTest.page(), "");
  }
}
