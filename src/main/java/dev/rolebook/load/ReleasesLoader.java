package dev.rolebook.load;

import dev.rolebook.model.JsonValue;
import dev.rolebook.model.Position;
import dev.rolebook.model.Releases;
import dev.rolebook.model.Releases.Release;
import dev.rolebook.model.SemVer;
import dev.rolebook.model.SourceFile;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.report.Quote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code policies/releases.json}:
 *
 * <pre>{"releases": [{"version": "1.0.0", "date": "2026-11-20", "sha256": "…64 hex…",
 *   "summary": "…"}]}</pre>
 *
 * A project without the file has no releases and no problems. Every bad field is reported at its
 * line and column ({@code REL001}).
 */
public final class ReleasesLoader {
  static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private final StrictJson json = new StrictJson();

  public ReleaseRead load(Path projectDir) {
    return load(ProjectFiles.directory(projectDir.resolve(ProjectLoader.POLICIES_DIR)));
  }

  public ReleaseRead load(ProjectFiles files) {
    String display = ProjectLoader.POLICIES_DIR + "/" + Releases.FILE;
    Optional<byte[]> bytes;
    try {
      bytes = files.read(Releases.FILE, StrictJson.DEFAULT_MAX_BYTES);
    } catch (IOException e) {
      return new ReleaseRead(Releases.none(),
          List.of(Diagnostic.of(Code.JSON006, display, Position.UNKNOWN, "cannot read " + display + ": " + e.getMessage(), "")));
    }
    if (bytes.isEmpty()) {
      return new ReleaseRead(Releases.none(), List.of());
    }
    return read(json.read(display, bytes.get()));
  }

  /** Reads release records from text (tests, and {@code release} re-reading what it wrote). */
  public ReleaseRead parse(String display, String text) {
    return read(json.parse(display, text));
  }

  private static ReleaseRead read(JsonReadResult parsed) {
    List<Diagnostic> sink = new ArrayList<>(parsed.diagnostics());
    if (parsed.file().isEmpty()) {
      return new ReleaseRead(Releases.none(), sink);
    }
    SourceFile f = parsed.file().get();
    if (!(f.root() instanceof JsonValue.JsonObject root)) {
      sink.add(Diagnostic.of(Code.REL001, f.path(), f.position(""),
          "the release records must be an object, found " + f.root().typeName(), "{\"releases\": [{\"version\": …}]}"));
      return new ReleaseRead(new Releases(Optional.of(f), List.of()), sink);
    }
    ObjectReader top = new ObjectReader(f, root, "", Code.REL001, sink, "the release records");
    top.allowOnly(Set.of("$schema", "releases"));
    Map<String, String> seen = new HashMap<>();
    List<Release> out = new ArrayList<>();
    top.list("releases", true, (r, i) -> release(r, seen, sink)).forEach(r -> r.ifPresent(out::add));
    return new ReleaseRead(new Releases(Optional.of(f), out), sink);
  }

  private static Optional<Release> release(ObjectReader r, Map<String, String> seen, List<Diagnostic> sink) {
    SourceFile f = r.file();
    r.allowOnly(Set.of("version", "date", "sha256", "summary"));
    int before = sink.size();
    String version = r.requiredString("version");
    String date = r.requiredString("date");
    String sha256 = r.requiredString("sha256");
    String summary = r.requiredString("summary");
    if (!version.isEmpty() && SemVer.parse(version).isEmpty()) {
      r.report("version", "version '" + Quote.visible(version) + "' is not MAJOR.MINOR.PATCH", "e.g. \"1.2.0\"");
    } else if (!version.isEmpty()) {
      String earlier = seen.putIfAbsent(version, r.pointer());
      if (earlier != null) {
        r.report("version", "version " + version + " is recorded twice (first at line " + f.position(earlier).line() + ")",
            "a version names one policy set; remove one record");
      }
    }
    if (!date.isEmpty() && !validDate(date)) {
      r.report("date", "date '" + Quote.visible(date) + "' is not a calendar date yyyy-mm-dd", "e.g. \"2026-11-20\"");
    }
    if (!sha256.isEmpty() && !SHA256.matcher(sha256).matches()) {
      r.report("sha256", "sha256 '" + Quote.visible(sha256) + "' is not 64 lowercase hex digits",
          "copy the hash 'rolebook check' prints, without the 'sha256:' prefix");
    }
    if (sink.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Release(r.pointer(), version, date, sha256, summary));
  }

  private static boolean validDate(String date) {
    if (!date.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
      return false;
    }
    // LocalDate.of checks the day exists (2025-02-30 does not) as LocalDate.parse would, without
    // building java.time's formatters: a cold check pays some 20 ms for those.
    try {
      LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)), Integer.parseInt(date.substring(8, 10)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The records and every problem found reading them. */
  public record ReleaseRead(Releases releases, List<Diagnostic> diagnostics) {
    public ReleaseRead {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
