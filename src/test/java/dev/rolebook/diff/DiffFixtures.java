package dev.rolebook.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The diff golden cases' projects. {@code src/test/resources/diff/_base/} is a frozen copy of this
 * project's ABCA policy set; a case is a folder with {@code edits.json} (exact text replacements,
 * each of which must match once, or files to create; {@code "side"} says whether an edit applies to
 * the base, the head or both, default head) and optionally {@code head/} with whole files to
 * overlay.
 */
final class DiffFixtures {
  static final Path ROOT = Path.of("src/test/resources/diff").toAbsolutePath();

  private DiffFixtures() {}

  /** Writes the case's base and head projects under {@code tmp}: tmp/base and tmp/head. */
  static void build(Path caseDir, Path tmp) throws IOException {
    for (String side : new String[] {"base", "head"}) {
      Path policies = Files.createDirectories(tmp.resolve(side).resolve("policies"));
      copy(ROOT.resolve("_base/policies"), policies);
      if (side.equals("head") && Files.isDirectory(caseDir.resolve("head"))) {
        copy(caseDir.resolve("head"), policies);
      }
      JsonNode edits = new ObjectMapper().readTree(caseDir.resolve("edits.json").toFile());
      for (JsonNode e : edits) {
        String applies = e.path("side").asText("head");
        if (!applies.equals(side) && !applies.equals("both")) {
          continue;
        }
        Path file = policies.resolve(e.get("file").asText());
        if (e.has("create")) {
          Files.writeString(file, e.get("create").asText(), StandardCharsets.UTF_8);
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String old = e.get("replace").asText();
        int at = text.indexOf(old);
        if (at < 0 || text.indexOf(old, at + 1) >= 0) {
          throw new AssertionError(caseDir.getFileName() + ": edit must match exactly once in " + file.getFileName() + ": " + old);
        }
        Files.writeString(file, text.replace(old, e.get("with").asText()), StandardCharsets.UTF_8);
      }
    }
  }

  static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
