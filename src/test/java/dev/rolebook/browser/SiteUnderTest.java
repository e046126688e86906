package dev.rolebook.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the running browser test class opens. A plain class opens the hand-made fixture page
 * (src/test/resources/browser/fixture) served together with the project's real theme (site/); a
 * class marked {@link RenderedGuide} opens this project's guide as Rolebook renders it
 * ({@link GuideSite}; {@code -Drolebook.browser.page=NAME.html} picks another of its pages).
 * {@link BrowserTestBase} chooses before a class's tests run; classes run one after another.
 */
final class SiteUnderTest {
  static final Path FIXTURE = Path.of("src/test/resources/browser/fixture");
  static final Path THEME = Path.of("site");

  private static volatile Path guide;

  private SiteUnderTest() {}

  /** Opens the fixture from now on. */
  static void useFixture() {
    guide = null;
  }

  /** Opens the rendered site at {@code root} from now on. */
  static void useGuide(Path root) {
    guide = root;
  }

  static boolean isFixture() {
    return guide == null;
  }

  static Path[] roots() {
    Path root = guide;
    return root == null ? new Path[] {FIXTURE, FixtureVariants.dir(), THEME} : new Path[] {root};
  }

  /** The page most tests open, relative to the site root. */
  static String page() {
    String page = System.getProperty("rolebook.browser.page", "");
    return isFixture() || page.isBlank() ? "index.html" : page;
  }

  /** Every HTML page of the site (site-relative), sorted. */
  static List<String> pages() {
    if (isFixture()) {
      return List.of("index.html", "noform.html", "notoc.html", "reordered.html");
    }
    // The guide and the pages beside it, and one level down: the account pages.
    try (Stream<Path> files = Files.walk(guide, 2)) {
      return files.map(p -> guide.relativize(p).toString().replace('\\', '/')).filter(n -> n.endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
