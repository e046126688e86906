package dev.rolebook.verify;

import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rendered drift: reads every page of the rendered site, parses each policy block ({@code
 * pre.rolebook-json[data-policy]}) back to JSON and compares it with the document it names;
 * compares the generated tables with the manifest; and reports policies shown on no page.
 */
final class RenderedDrift {
  private static final String HINT = "the page is stale or was edited by hand: render the site again (rolebook render, or mvn site)";

  private final Path projectDir;
  private final Expectations expectations;
  private final DriftResult.Builder result;
  private final StrictJson json = new StrictJson();

  RenderedDrift(Path projectDir, Expectations expectations, DriftResult.Builder result) {
    this.projectDir = projectDir;
    this.expectations = expectations;
    this.result = result;
  }

  void run(Path site) {
    String siteName = display(site);
    if (!Files.isDirectory(site)) {
      result.add(Diagnostic.of(Code.DRIFT007, siteName, Position.UNKNOWN,
          "rendered drift skipped: " + siteName + "/ does not exist, so there are no pages to compare",
          "run rolebook render (or mvn site) first to check the rendered pages too"));
      return;
    }
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      result.add(Diagnostic.of(Code.JSON006, siteName, Position.UNKNOWN, "cannot list " + siteName + ": " + e.getMessage(), ""));
      return;
    }
    Set<String> seen = new TreeSet<>();
    for (Path page : pages) {
      String file = display(page);
      Document doc;
      try {
        doc = HtmlBlocks.parse(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
      } catch (IOException e) {
        result.add(Diagnostic.of(Code.JSON006, file, Position.UNKNOWN, "cannot read " + file + ": " + e.getMessage(), ""));
        continue;
      }
      for (Element pre : doc.select("pre.rolebook-json[data-policy]")) {
        block(file, pre, seen);
      }
      for (Element table : doc.select("table.rolebook-table")) {
        Optional<String> kind = TableCheck.KINDS.stream().filter(k -> table.hasClass("rolebook-" + k)).findFirst();
        kind.ifPresent(k -> result.addAll(TableCheck.check(table, k, expectations.set(),
            new Where(file, HtmlBlocks.line(table), -1))));
      }
    }
    for (String name : expectations.names()) {
      if (!seen.contains(name)) {
        boolean variant = expectations.set().manifest().variant(name).isPresent();
        result.add(Diagnostic.of(Code.DRIFT003, siteName, Position.UNKNOWN,
            (variant ? "variant '" : "policy '") + name + "' is shown on no page of " + siteName + "/",
            "show it with the policy macro; every document of policies/" + Manifest.FILE + " belongs in the guide"));
      }
    }
    result.note("rendered drift: read " + pages.size() + " page" + (pages.size() == 1 ? "" : "s") + " in " + siteName + "/");
  }

  private void block(String file, Element pre, Set<String> seen) {
    result.found();
    Marker marker = HtmlBlocks.marker(pre);
    String name = marker.policy().get();
    Element code = HtmlBlocks.codeOf(pre);
    int line = HtmlBlocks.contentLine(code);
    Where at = new Where(file, line, -1);
    Expectations.Resolved r = expectations.resolve(name, marker.variants(), marker.target());
    if (r.side().isEmpty()) {
      result.add(at.diagnostic(Code.DRIFT004, "block shows an unknown policy: " + r.problem(), HINT));
      return;
    }
    seen.add(name);
    seen.addAll(marker.variants());
    JsonReadResult parsed = json.parse(file, code.wholeText());
    if (parsed.file().isEmpty()) {
      result.add(BrokenBlock.unparsable(at, name, parsed.diagnostics().get(0), HINT));
      return;
    }
    Shape shape = Shape.of(parsed.file().get().root());
    if (shape == Shape.NONE) {
      result.add(BrokenBlock.notAPolicy(at, name, HINT));
      return;
    }
    Block block = new Block(file, line, -1, parsed.file().get(), shape, marker,
        Locator.embedded(file, parsed.file().get(), line, -1));
    List<Difference> differences = BlockCheck.differences(block, r.side().get());
    result.addAll(BlockCheck.diagnostics(differences, HINT));
    result.shown(block.where(), r.side().get().name() + (marker.target().isEmpty() ? "" : " for " + marker.target()),
        differences.isEmpty());
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(projectDir) ? projectDir.relativize(abs).toString().replace('\\', '/') : p.toString();
  }
}
