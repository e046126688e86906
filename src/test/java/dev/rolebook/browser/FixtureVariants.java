package dev.rolebook.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages derived from the fixture's index.html at test time, so there is one hand-made page to keep
 * in step with the contract: {@code notoc.html} (no Asciidoctor toc: the script builds one) and
 * {@code reordered.html} (the parameters in reverse order: the form must substitute in one pass,
 * whatever the order). Written under target/, never into src/test/resources.
 */
final class FixtureVariants {
  static final Path DIR = Path.of("target/browser-fixture-variants");
  private static boolean written;

  private FixtureVariants() {}

  /** Writes the derived pages once per test JVM and returns their directory. */
  static synchronized Path dir() {
    if (!written) {
      try {
        Files.createDirectories(DIR);
        String index = Files.readString(SiteUnderTest.FIXTURE.resolve("index.html"), StandardCharsets.UTF_8);
        write("notoc.html", withoutToc(parse(index)));
        write("reordered.html", reversedParameters(parse(index)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written = true;
    }
    return DIR;
  }

  private static Document parse(String html) {
    Document doc = Jsoup.parse(html);
    doc.outputSettings().prettyPrint(false); // keep <pre> blocks and layout exactly as written
    return doc;
  }

  static Document withoutToc(Document doc) {
    Element toc = doc.getElementById("toc");
    if (toc == null) {
      throw new IllegalStateException("fixture index.html has no #toc");
    }
    toc.remove();
    return doc;
  }

  static Document reversedParameters(Document doc) throws IOException {
    Element block = doc.getElementById("rolebook-parameters");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode data = (ObjectNode) mapper.readTree(block.data());
    ArrayNode reversed = JsonNodeFactory.instance.arrayNode();
    ArrayNode params = (ArrayNode) data.get("parameters");
    for (int i = params.size() - 1; i >= 0; i--) {
      reversed.add(params.get(i));
    }
    data.set("parameters", reversed);
    block.empty();
    block.appendChild(new DataNode(mapper.writeValueAsString(data)));
    return doc;
  }

  private static void write(String name, Document doc) throws IOException {
    Files.writeString(DIR.resolve(name), doc.outerHtml(), StandardCharsets.UTF_8);
  }
}
