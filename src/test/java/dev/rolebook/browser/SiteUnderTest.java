package dev.rolebook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the browser tests open. By default the hand-made fixture page (src/test/resources/browser/
 * fixture) served together with the project's real theme (site/); pass
 * {@code -Drolebook.browser.site=target/site} (and {@code -Drolebook.browser.page=NAME.html}) to
 * run the same tests against a rendered guide.
 */
final class SiteUnderTest {
  static final Path FIXTURE = Path.of("src/test/resources/browser/fixture");
  static final Path THEME = Path.of("site");

  private SiteUnderTest() {}

  static boolean isFixture() {
    return renderedSite() == null;
  }

  static Path[] roots() {
    String dir = renderedSite();
    return dir == null ? new Path[] {FIXTURE, THEME} : new Path[] {Path.of(dir)};
  }

  /** The page most tests open, relative to the site root. */
  static String page() {
    String page = System.getProperty("rolebook.browser.page", "");
    return page.isBlank() ? "index.html" : page;
  }

  /** The page as served, parsed without running any script: the originals the JS starts from. */
  static Document parse(StaticServer server, String page) {
    Path file = server.resolve("/" + page).orElseThrow(() -> new AssertionError("no such page: " + page));
    try {
      return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), server.url(page));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String renderedSite() {
    String dir = System.getProperty("rolebook.browser.site", "");
    return dir.isBlank() ? null : dir;
  }
}
