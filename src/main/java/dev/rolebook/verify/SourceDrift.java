package dev.rolebook.verify;

import dev.rolebook.model.Manifest;
import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.verify.AsciidocBlocks.Listing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Source drift: every listing or source block in the AsciiDoc sources (include files too) that
 * holds policy- or statement-shaped JSON must name the policy it shows ({@code
 * [source,json,policy=NAME]}) and then equal it; an unmarked one is a hand-pasted policy. A block
 * whose body is {@code include::} of a file is checked with that file's text; including a file of
 * policies/ names that policy implicitly.
 */
final class SourceDrift {
  static final String DOCS_DIR = "src/docs";
  private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*\\]\\s*$");
  private static final List<String> EXTENSIONS = List.of(".adoc", ".asciidoc", ".asc", ".ad");
  /** Callouts at line ends (<1>, // <1>): Asciidoctor draws them as markers, so they are not JSON. */
  private static final Pattern CALLOUT = Pattern.compile("(?m)[ \t]*(?://[ \t]*)?<(?:\\d+|\\.)>(?:[ \t]*<(?:\\d+|\\.)>)*[ \t]*$");

  private final Path projectDir;
  private final Expectations expectations;
  private final DriftResult.Builder result;

  SourceDrift(Path projectDir, Expectations expectations, DriftResult.Builder result) {
    this.projectDir = projectDir;
    this.expectations = expectations;
    this.result = result;
  }

  void run() {
    Path docs = projectDir.resolve(DOCS_DIR);
    if (!Files.isDirectory(docs)) {
      result.note("source drift: no " + DOCS_DIR + "/ in the project, nothing to scan");
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(docs)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
          .sorted()
          .toList();
    } catch (IOException e) {
      result.add(Diagnostic.of(Code.JSON006, DOCS_DIR, Position.UNKNOWN, "cannot list " + DOCS_DIR + ": " + e.getMessage(), ""));
      return;
    }
    for (Path f : files) {
      Optional<String> text = read(f);
      if (text.isPresent()) {
        String display = display(f);
        for (Listing listing : AsciidocBlocks.scan(text.get())) {
          listing(f, display, listing);
        }
      } else {
        result.add(Diagnostic.of(Code.JSON006, display(f), Position.UNKNOWN, "cannot read " + display(f) + " as UTF-8 text", ""));
      }
    }
    result.note("source drift: scanned " + files.size() + " AsciiDoc file" + (files.size() == 1 ? "" : "s") + " in " + DOCS_DIR + "/");
  }

  private void listing(Path adoc, String display, Listing listing) {
    Marker marker = marker(listing);
    String text = CALLOUT.matcher(listing.text()).replaceAll("");
    Locator fixed = null;
    Matcher include = INCLUDE.matcher(text.strip());
    if (listing.content().stream().filter(l -> !l.isBlank()).count() == 1 && include.matches()) {
      Path target = adoc.getParent().resolve(include.group(1).strip()).normalize();
      Optional<String> included = target.startsWith(projectDir) ? read(target) : Optional.empty();
      if (included.isEmpty()) {
        return;
      }
      text = included.get();
      fixed = Locator.fixed(new Where(display, listing.line(), -1));
      if (!marker.present()) {
        marker = policyFile(target);
      }
    }
    List<JsonScanner.Found> found = JsonScanner.scan(text);
    if (found.isEmpty()) {
      if (marker.present()) {
        result.found();
        result.add(Diagnostic.of(Code.DRIFT001, display, new Position(listing.line(), 1),
            "block marked policy=" + marker.policy().get() + " holds no JSON policy or statement",
            "put the policy's JSON in the block, or use the policy macro instead"));
      }
      return;
    }
    LineIndex lines = new LineIndex(text);
    for (JsonScanner.Found f : found) {
      int line = listing.line() + lines.line(f.start()) - 1;
      int column = lines.column(f.start());
      Locator locator = fixed != null ? fixed : Locator.embedded(display, f.parsed(), line, column);
      Block block = new Block(display, fixed != null ? listing.line() : line, fixed != null ? -1 : column,
          f.parsed(), f.shape(), marker, locator);
      check(block);
    }
  }

  private void check(Block block) {
    result.found();
    String what = block.shape() == Shape.POLICY ? "policy" : "policy statement";
    if (!block.marker().present()) {
      Optional<Side> looks = BlockMatcher.match(block, expectations);
      String name = looks.map(Side::name).orElse("NAME");
      result.add(block.where().diagnostic(Code.DRIFT002, "hand-pasted " + what + " in the docs" + looks.map(s -> " (it looks like '" + s.name() + "')").orElse("")
              + ": nothing keeps it in step with policies/",
          "use the policy macro instead, or mark the block [source,json,policy=" + name.replace(" + ", ",variants=")
              + "] so drift compares it"));
      result.shown(block.where(), looks.map(Side::name).orElse("?"), false);
      return;
    }
    Marker m = block.marker();
    Expectations.Resolved r = expectations.resolve(m.policy().get(), m.variants(), m.target());
    if (r.side().isEmpty()) {
      result.add(block.where().diagnostic(Code.DRIFT004, "block names an unknown policy: " + r.problem(), "name a policy or variant of policies/" + Manifest.FILE));
      return;
    }
    List<Difference> differences = BlockCheck.differences(block, r.side().get());
    result.addAll(BlockCheck.diagnostics(differences,
        "policies/ is the source of truth: copy the document from there, or use the policy macro instead"));
    result.shown(block.where(), r.side().get().name(), differences.isEmpty());
  }

  private static Marker marker(Listing listing) {
    String policy = listing.named().get("policy");
    if (policy == null || policy.isBlank()) {
      return Marker.NONE;
    }
    return new Marker(Optional.of(policy.strip()), Marker.split(listing.named().getOrDefault("variants", "")),
        listing.named().getOrDefault("target", "").strip());
  }

  /** Including policies/X.json shows the policy whose manifest entry names X.json. */
  private Marker policyFile(Path file) {
    Path policies = projectDir.resolve("policies");
    if (!file.startsWith(policies)) {
      return Marker.NONE;
    }
    String name = policies.relativize(file).toString().replace('\\', '/');
    Manifest m = expectations.set().manifest();
    Optional<String> policy = m.policies().stream().filter(p -> p.file().equals(name)).map(Manifest.PolicyEntry::name).findFirst()
        .or(() -> m.variants().stream().filter(v -> v.file().equals(name)).map(Manifest.VariantEntry::name).findFirst());
    return policy.map(p -> new Marker(Optional.of(p), List.of(), "")).orElse(Marker.NONE);
  }

  private String display(Path p) {
    return projectDir.relativize(p).toString().replace('\\', '/');
  }

  private static Optional<String> read(Path p) {
    try {
      if (!Files.isRegularFile(p) || Files.size(p) > (4 << 20)) {
        return Optional.empty();
      }
      return Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
