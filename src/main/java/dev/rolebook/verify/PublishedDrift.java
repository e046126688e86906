package dev.rolebook.verify;

import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.Position;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.verify.Side.Located;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Published drift: compares the policies in files outside the build (a saved copy of the
 * published page, another repository's Markdown, plain text) with the policy set, as the guide
 * shows it (placeholders such as ACCOUNT_ID left in). Each JSON policy or statement block is
 * matched by its marker when it has one, else by Sid overlap, else by content.
 */
final class PublishedDrift {
  private static final String HINT = "this copy is out of date: publish it again from the current policy set";
  /** How far above a block a marker (policy=NAME in a fence, comment or attribute line) may be. */
  private static final int MARKER_LINES = JsonClaims.MARKER_LINES;
  /** The keys a policy or a statement cannot do without. */
  private static final Pattern POLICY_WORDS = Pattern.compile("\"(?:Statement|Effect)\"");
  private static final StrictJson JSON = new StrictJson();

  private final Path projectDir;
  private final Expectations expectations;
  private final DriftResult.Builder result;

  PublishedDrift(Path projectDir, Expectations expectations, DriftResult.Builder result) {
    this.projectDir = projectDir;
    this.expectations = expectations;
    this.result = result;
  }

  void run(Path file) {
    String display = display(file);
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      result.add(Diagnostic.of(Code.JSON006, display, Position.UNKNOWN, "cannot read " + display + ": " + e.getMessage(), ""));
      return;
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Scanned scanned = lower.endsWith(".html") || lower.endsWith(".htm")
        ? HtmlBlocks.blocks(display, HtmlBlocks.parse(text))
        : textBlocks(display, text);
    scanned.broken().forEach(d -> {
      result.found();
      result.add(d);
    });
    int inSync = 0;
    for (Block b : scanned.blocks()) {
      result.found();
      inSync += check(b) ? 1 : 0;
    }
    if (scanned.count() == 0) {
      // Nothing to compare is not "in sync": the wrong file, or JSON drift cannot see.
      result.add(Diagnostic.of(Code.DRIFT006, display, Position.UNKNOWN, "no policy JSON found in " + display,
          "check that this is the copy you meant; drift compares the JSON policies and statements it shows"
              + " (mark a block with policy=NAME to name the policy it shows)"));
    }
    result.note(display + ": " + scanned.count() + " policy block" + (scanned.count() == 1 ? "" : "s") + ", "
        + inSync + " in sync");
  }

  /**
   * JSON anywhere in the text: fenced, indented or bare, with a marker from the lines above. A
   * span the text says is policy JSON (a json fence, the JSON below a policy=NAME marker) that
   * does not parse is reported as broken, and nothing inside it is compared.
   */
  static Scanned textBlocks(String file, String text) {
    List<JsonScanner.Found> found = new ArrayList<>(JsonScanner.scan(text));
    List<Diagnostic> broken = new ArrayList<>();
    LineIndex lines = new LineIndex(text);
    for (JsonClaims.Claim c : JsonClaims.find(text)) {
      String body = text.substring(c.start(), c.end());
      String name = c.marker().policy().orElse("");
      Where at = new Where(file, lines.line(c.start()), lines.column(c.start()));
      List<JsonScanner.Found> inside = found.stream().filter(f -> f.start() >= c.start() && f.start() < c.end()).toList();
      if (body.isBlank()) {
        if (c.marker().present()) {
          broken.add(BrokenBlock.empty(at, name, HINT));
        }
        continue;
      }
      JsonReadResult parsed = JSON.parse(file, body);
      if (parsed.file().isEmpty()) {
        // An unmarked json fence counts only when it looks like a policy: other JSON is not ours.
        if (c.marker().present() || POLICY_WORDS.matcher(body).find()) {
          Diagnostic problem = parsed.diagnostics().get(0);
          broken.add(BrokenBlock.unparsable(at, name, problem, BrokenBlock.fixHint(problem)));
          found.removeAll(inside);
        }
      } else if (c.marker().present() && inside.isEmpty()) {
        broken.add(BrokenBlock.notAPolicy(at, name, HINT));
      }
    }
    List<Block> out = new ArrayList<>();
    int previousEnd = 0;
    for (JsonScanner.Found f : found) {
      int line = lines.line(f.start());
      int column = lines.column(f.start());
      int from = Math.max(previousEnd, lines.lineStart(Math.max(1, line - MARKER_LINES)));
      Marker marker = Marker.find(text.substring(from, f.start()));
      out.add(new Block(file, line, column, f.parsed(), f.shape(), marker, Locator.embedded(file, f.parsed(), line, column)));
      previousEnd = f.end();
    }
    return new Scanned(out, broken);
  }

  private boolean check(Block block) {
    Optional<Side> side;
    if (block.marker().present()) {
      Marker m = block.marker();
      Expectations.Resolved r = expectations.resolve(m.policy().get(), m.variants(), m.target());
      if (r.side().isEmpty()) {
        result.add(block.where().diagnostic(Code.DRIFT004, "block names an unknown policy: " + r.problem(), HINT));
        return false;
      }
      side = r.side();
    } else {
      side = BlockMatcher.match(block, expectations);
    }
    if (side.isEmpty()) {
      Side shown = Side.of("", block.parsed().root(), block.locator());
      List<String> sids = block.shape() == Shape.STATEMENT
          ? List.of(BlockCheck.statement(block).sid()).stream().filter(x -> !x.isEmpty()).toList()
          : shown.sids();
      result.add(block.where().diagnostic(Code.DRIFT006, (block.shape() == Shape.POLICY ? "policy" : "statement") + " block matches no policy of the set"
              + (sids.isEmpty() ? "" : " (Sids: " + String.join(", ", sids) + ")"),
          "mark it with policy=NAME naming the policy it shows, or remove it if it is not one of this set's"));
      return false;
    }
    List<Difference> differences = BlockCheck.differences(block, side.get());
    result.addAll(BlockCheck.diagnostics(differences, HINT));
    result.shown(block.where(), describe(block, side.get()), differences.isEmpty());
    return differences.isEmpty();
  }

  private static String describe(Block block, Side side) {
    if (block.shape() == Shape.STATEMENT) {
      Located shown = BlockCheck.statement(block);
      return side.name() + Facts.SEP + PolicyDiff.match(shown, side.statements()).map(Located::label).orElse(shown.label());
    }
    return side.name();
  }

  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(projectDir) ? projectDir.relativize(abs).toString().replace('\\', '/') : p.toString();
  }
}
