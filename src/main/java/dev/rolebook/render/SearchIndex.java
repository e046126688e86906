package dev.rolebook.render;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The site's search index, built when the site is rendered from every page written (the guide,
 * the account pages and any other): one entry per section (an {@code h2}/{@code h3} with an id,
 * or the page's start), holding its heading and its text, policy JSON included. It is written as
 * {@code js/search-index.js}, a script that sets {@code window.rolebookSearchIndex}: the page's
 * script loads it from the site itself when the reader opens the search (a script, not a fetch,
 * so the search works from a {@code file:} URL too). Entries are sorted by page: the same site
 * gives byte-identical output.
 */
public final class SearchIndex {
  public static final String FILE = "js/search-index.js";
  /** A section's text is cut here; the longest (a whole policy) stays well under it. */
  private static final int MAX_TEXT = 20_000;

  private SearchIndex() {}

  /** One section: the page's title, the section's heading, its URL (site-relative) and text. */
  record Entry(String page, String title, String url, String text) {}

  /** Indexes every {@code .html} file under {@code site} and writes {@link #FILE}. */
  public static void write(Path site) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> s = Files.walk(site)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String url = site.relativize(page).toString().replace('\\', '/');
      entries.addAll(entries(url, Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8))));
    }
    Path out = site.resolve(FILE);
    Files.createDirectories(out.getParent());
    Files.writeString(out, script(entries), StandardCharsets.UTF_8);
  }

  static List<Entry> entries(String url, Document doc) {
    Element main = doc.getElementById("content");
    if (main == null) {
      main = doc.body();
    }
    String pageTitle = doc.title();
    List<Entry> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String[] at = {pageTitle, ""}; // the heading and anchor the text goes under
    int outside = 0;
    for (Element e = main.parent(); e != null; e = e.parent()) {
      outside += skips(e) ? 1 : 0;
    }
    int skippedAbove = outside;
    NodeTraversor.traverse(new NodeVisitor() {
      private int skipping = skippedAbove; // open elements whose text is not content

      @Override
      public void head(Node n, int depth) {
        if (n instanceof Element e) {
          if ((e.tagName().equals("h2") || e.tagName().equals("h3")) && !e.id().isEmpty()) {
            add(out, pageTitle, at[0], url + at[1], text);
            at[0] = e.text();
            at[1] = "#" + e.id();
            text.setLength(0);
          }
          skipping += skips(e) ? 1 : 0;
        } else if (n instanceof TextNode t && skipping == 0) {
          text.append(t.getWholeText()).append(' ');
        }
      }

      @Override
      public void tail(Node n, int depth) {
        if (n instanceof Element e && skips(e)) {
          skipping--;
        }
      }
    }, main);
    add(out, pageTitle, at[0], url + at[1], text);
    return out;
  }

  /** Text in the table of contents, in data blocks and in headings (indexed as headings) is not content. */
  private static boolean skips(Element e) {
    String tag = e.tagName();
    return tag.equals("script") || tag.equals("style") || tag.equals("h1") || tag.equals("h2") || tag.equals("h3")
        || e.id().equals("toc");
  }

  private static void add(List<Entry> out, String page, String heading, String url, StringBuilder text) {
    String t = text.toString().replaceAll("\\s+", " ").strip();
    if (t.isEmpty() && heading.equals(page)) {
      return;
    }
    out.add(new Entry(page, heading, url, t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t));
  }

  static String script(List<Entry> entries) {
    List<JsonValue> list = new ArrayList<>();
    for (Entry e : entries) {
      list.add(new JsonObject(List.of(
          new Member("page", new JsonString(e.page())),
          new Member("title", new JsonString(e.title())),
          new Member("url", new JsonString(e.url())),
          new Member("text", new JsonString(e.text())))));
    }
    String json = JsonWriter.compact(new JsonObject(List.of(new Member("entries", new JsonArray(list)))));
    // JSON is a JavaScript expression; '<' escaped so no text could ever read as a closing tag.
    return "window.rolebookSearchIndex = " + json.replace("<", "\\u003c") + ";\n";
  }
}
