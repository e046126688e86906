package dev.rolebook.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/** Reads HTML pages with jsoup, keeping source lines, and finds the policies in their {@code <pre>}s. */
final class HtmlBlocks {
  private HtmlBlocks() {}

  static Document parse(String html) {
    return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
  }

  /** The text a reader copies from a {@code <pre>}: its {@code <code>} child's, else its own. */
  static Element codeOf(Element pre) {
    Element code = pre.selectFirst("> code");
    return code != null ? code : pre;
  }

  /** The line where an element's content starts (just after its start tag), or -1. */
  static int contentLine(Element e) {
    Range r = e.sourceRange();
    return r.isTracked() ? r.end().lineNumber() : -1;
  }

  static int line(Element e) {
    Range r = e.sourceRange();
    return r.isTracked() ? r.start().lineNumber() : -1;
  }

  /** The marker a {@code <pre>} carries in data-policy / data-variants / data-target. */
  static Marker marker(Element pre) {
    String policy = pre.attr("data-policy").strip();
    if (policy.isEmpty()) {
      return Marker.NONE;
    }
    return new Marker(Optional.of(policy), Marker.split(pre.attr("data-variants")), pre.attr("data-target").strip());
  }

  /** Every policy or statement in any {@code <pre>} of a saved page (nested pres read once). */
  static List<Block> blocks(String file, Document page) {
    List<Block> out = new ArrayList<>();
    for (Element pre : page.select("pre")) {
      if (pre.parents().stream().anyMatch(p -> p.tagName().equals("pre"))) {
        continue;
      }
      Element code = codeOf(pre);
      String text = code.wholeText();
      int line = contentLine(code);
      LineIndex lines = new LineIndex(text);
      for (JsonScanner.Found f : JsonScanner.scan(text)) {
        int at = line < 1 ? -1 : line + lines.line(f.start()) - 1;
        out.add(new Block(file, at, -1, f.parsed(), f.shape(), marker(pre), Locator.embedded(file, f.parsed(), at, -1)));
      }
    }
    return out;
  }
}
