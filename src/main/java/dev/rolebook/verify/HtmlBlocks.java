package dev.rolebook.verify;

import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.report.Diagnostic;
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
  private static final StrictJson JSON = new StrictJson();
  private static final String HINT = "show the policy's JSON in the block, or publish it again from the current policy set";

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

  /**
   * Every policy or statement in any {@code <pre>} of a saved page (nested pres read once). A
   * {@code <pre>} with data-policy whose text does not parse, or holds no policy, is reported as
   * broken (DRIFT001) rather than searched.
   */
  static Scanned blocks(String file, Document page) {
    List<Block> out = new ArrayList<>();
    List<Diagnostic> broken = new ArrayList<>();
    for (Element pre : page.select("pre")) {
      if (pre.parents().stream().anyMatch(p -> p.tagName().equals("pre"))) {
        continue;
      }
      Element code = codeOf(pre);
      String text = code.wholeText();
      int line = contentLine(code);
      Marker marker = marker(pre);
      List<JsonScanner.Found> found = JsonScanner.scan(text);
      if (marker.present()) {
        String name = marker.policy().get();
        Where at = new Where(file, line, -1);
        JsonReadResult parsed = JSON.parse(file, text);
        if (text.isBlank()) {
          broken.add(BrokenBlock.empty(at, name, HINT));
          continue;
        }
        if (parsed.file().isEmpty()) {
          Diagnostic problem = parsed.diagnostics().get(0);
          broken.add(BrokenBlock.unparsable(at, name, problem, BrokenBlock.fixHint(problem)));
          continue;
        }
        if (found.isEmpty()) {
          broken.add(BrokenBlock.notAPolicy(at, name, HINT));
          continue;
        }
      }
      LineIndex lines = new LineIndex(text);
      for (JsonScanner.Found f : found) {
        int at = line < 1 ? -1 : line + lines.line(f.start()) - 1;
        out.add(new Block(file, at, -1, f.parsed(), f.shape(), marker, Locator.embedded(file, f.parsed(), at, -1)));
      }
    }
    return new Scanned(out, broken);
  }
}
