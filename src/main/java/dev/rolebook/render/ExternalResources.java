package dev.rolebook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Finds what would make a reader's browser contact another host: any {@code src}, and the
 * {@code href} of stylesheets, preloads and SVG images. Plain {@code <a href>} links are not
 * requests and are allowed (the guide itself has none; a test checks that).
 */
final class ExternalResources {
  private ExternalResources() {}

  static List<String> in(String html) {
    List<String> out = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).select("[src], link[href], image[href], use[href], image[xlink:href]")) {
      for (String attr : List.of("src", "href", "xlink:href")) {
        if (e.hasAttr(attr) && !(attr.equals("href") && e.normalName().equals("a")) && external(e.attr(attr))) {
          out.add(e.attr(attr));
        }
      }
    }
    return out;
  }

  /**
   * Includes of URIs that Asciidoctor declined to read (it never reads URIs here) and turned into a
   * link instead: the author meant content that is now missing.
   */
  static List<String> uriIncludes(String html) {
    return Jsoup.parseBodyFragment(html).select("a.include[href]").stream().map(e -> e.attr("href")).toList();
  }

  static boolean external(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("//") || u.matches("^[a-z][a-z0-9+.-]*:.*") && !u.startsWith("data:");
  }
}
