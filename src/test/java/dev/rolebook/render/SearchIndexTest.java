package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index: one entry per section of every page, the toc and data blocks left out. */
class SearchIndexTest {

  @Test
  void oneEntryPerSectionWithItsText() {
    String html = """
        <html><head><title>Guide</title></head><body><main id="content">
        <h1>Guide</h1><p>Intro text.</p>
        <div id="toc"><a href="#a">Alpha</a></div>
        <script type="application/json">{"secret": 1}</script>
        <h2 id="a">Alpha</h2><p>First <code>s3:GetObject</code>.</p>
        <h3 id="b">Beta</h3><pre>{"Sid": "X"}</pre>
        <h4>Not a section</h4><p>still Beta</p>
        </main></body></html>""";
    List<SearchIndex.Entry> entries = SearchIndex.entries("sub/page.html", Jsoup.parse(html));
    assertEquals(List.of(
        new SearchIndex.Entry("Guide", "Guide", "sub/page.html", "Intro text."),
        new SearchIndex.Entry("Guide", "Alpha", "sub/page.html#a", "First s3:GetObject ."),
        new SearchIndex.Entry("Guide", "Beta", "sub/page.html#b", "{\"Sid\": \"X\"} Not a section still Beta")), entries);
  }

  @Test
  void theScriptCannotBeClosedByPageText(@TempDir Path site) throws IOException {
    Files.writeString(site.resolve("index.html"), "<title>T</title><main id=\"content\"><h2 id=\"x\">X</h2><p>&lt;/script&gt;&lt;b&gt;</p></main>");
    Files.createDirectories(site.resolve("accounts"));
    Files.writeString(site.resolve("accounts/a.html"), "<title>A</title><main id=\"content\"><p>account</p></main>");
    SearchIndex.write(site);
    String script = Files.readString(site.resolve(SearchIndex.FILE), StandardCharsets.UTF_8);
    assertTrue(script.startsWith("window.rolebookSearchIndex = {\"entries\":["), script);
    assertFalse(script.contains("<"), script);
    // Pages in path order, so two builds write the same bytes.
    assertTrue(script.indexOf("accounts/a.html") < script.indexOf("index.html#x"), script);
  }
}
