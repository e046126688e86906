package dev.rolebook.testing;

import dev.rolebook.load.LoadResult;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.PolicySet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** The project's own policy set, and throw-away copies of it for tests that need a variation. */
public final class Projects {
  /** Maven runs tests from the project directory. */
  public static final Path SELF = Path.of("").toAbsolutePath();

  private Projects() {}

  public static LoadResult loadSelf() {
    return new ProjectLoader().load(SELF);
  }

  public static PolicySet self() {
    LoadResult r = loadSelf();
    return r.policySet().orElseThrow(() -> new AssertionError("project does not load: " + r.diagnostics()));
  }

  /** Copies policies/ into {@code dir}, passing rolebook.json through {@code editManifest}. */
  public static Path copy(Path dir, UnaryOperator<String> editManifest) {
    try {
      Path policies = Files.createDirectories(dir.resolve("policies"));
      try (Stream<Path> files = Files.list(SELF.resolve("policies"))) {
        for (Path f : files.sorted().toList()) {
          if (f.getFileName().toString().equals("targets.json")) {
            continue;
          }
          String text = Files.readString(f);
          if (f.getFileName().toString().equals("rolebook.json")) {
            String edited = editManifest.apply(text);
            if (edited.equals(text) && editManifest != UnaryOperator.<String>identity()) {
              throw new AssertionError("manifest edit changed nothing");
            }
            text = edited;
          }
          Files.writeString(policies.resolve(f.getFileName()), text);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every string value in a tree, depth first. */
  public static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    collect(v, out);
    return out;
  }

  private static void collect(JsonValue v, List<String> out) {
    if (v instanceof JsonValue.JsonString s) {
      out.add(s.value());
    } else if (v instanceof JsonValue.JsonArray a) {
      a.elements().forEach(e -> collect(e, out));
    } else if (v instanceof JsonValue.JsonObject o) {
      o.members().forEach(m -> collect(m.value(), out));
    }
  }
}
