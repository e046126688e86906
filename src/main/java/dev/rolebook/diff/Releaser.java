package dev.rolebook.diff;

import dev.rolebook.check.CheckResult;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.load.ReleasesLoader;
import dev.rolebook.load.ReleasesLoader.ReleaseRead;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.JsonValue.JsonArray;
import dev.rolebook.model.JsonValue.JsonObject;
import dev.rolebook.model.JsonValue.JsonString;
import dev.rolebook.model.JsonValue.Member;
import dev.rolebook.model.JsonWriter;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Releases;
import dev.rolebook.model.Releases.Release;
import dev.rolebook.model.SemVer;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rolebook release}: records the manifest's version with today's date, the set's hash and a
 * permission summary of the change since the previous release, in {@code policies/releases.json}.
 * The only command that writes into policies/: the new file is written beside the old one and moved
 * over it atomically, and only when the set checks clean and the version is new, or already
 * recorded with this very hash.
 */
public final class Releaser {
  private Releaser() {}

  /** What happened: the message to print, whether the file was written, and any problems. */
  public record Outcome(boolean ok, boolean written, String message, List<Diagnostic> problems) {}

  public static Outcome release(CheckResult check, String date, SetDiffer differ) throws IOException {
    PolicySet set = check.policySet().orElseThrow();
    String version = set.manifest().version();
    if (check.diagnostics().stream().anyMatch(Diagnostic::isError) || check.hash().isEmpty()) {
      return new Outcome(false, false, "release: not recording " + version + ": check has errors", check.diagnostics());
    }
    ReleaseRead read = new ReleasesLoader().load(set.projectDir());
    if (!read.diagnostics().isEmpty()) {
      return new Outcome(false, false, "release: policies/" + Releases.FILE + " has problems", read.diagnostics());
    }
    Optional<SemVer> v = SemVer.parse(version);
    if (v.isEmpty()) {
      return new Outcome(false, false, "release: version '" + version + "' in the manifest is not MAJOR.MINOR.PATCH", List.of());
    }
    String hash = check.hash().get();
    Releases releases = read.releases();
    Optional<Release> recorded = releases.release(version);
    if (recorded.isPresent()) {
      if (recorded.get().sha256().equals(hash)) {
        return new Outcome(true, false, "release: " + version + " is already recorded with this hash (sha256:" + hash + ")", List.of());
      }
      SinceRelease since = SinceRelease.of(recorded.get(), new Revision("work tree", set, check), differ);
      return new Outcome(false, false, "release: " + version + " is already recorded with another hash (sha256:"
          + recorded.get().sha256() + "); the policies changed since, " + since.kind()
          + since.required().map(n -> ": bump the version to " + n + " first").orElse(": bump the version first"), List.of());
    }
    Optional<Release> previous = releases.before(v.get());
    if (previous.isEmpty() && releases.latest().isPresent()) {
      return new Outcome(false, false, "release: version " + version + " is older than the last release, "
          + releases.latest().get().version(), List.of());
    }
    String summary;
    if (previous.isEmpty()) {
      summary = "First recorded release.";
    } else {
      SinceRelease since = SinceRelease.of(previous.get(), new Revision("work tree", set, check), differ);
      Optional<SemVer> required = since.required();
      if (required.isPresent() && v.get().compareTo(required.get()) < 0) {
        return new Outcome(false, false, "release: version " + version + " is too small a step from " + previous.get().version()
            + ": the change is " + since.kind() + ", which needs " + required.get() + " or higher", List.of());
      }
      summary = since.diff().map(d -> ReleaseSummary.of(d, previous.get().version()))
          .orElse("Changes since " + previous.get().version() + " not classified: its policies were not in git history.");
    }
    List<Release> all = new ArrayList<>(releases.releases());
    all.add(new Release("", version, date, hash, summary));
    String text = write(new Releases(Optional.empty(), all).newestFirst());
    // Read back what is about to be written, so a bad record can never reach policies/.
    ReleaseRead again = new ReleasesLoader().parse("policies/" + Releases.FILE, text);
    if (!again.diagnostics().isEmpty()) {
      return new Outcome(false, false, "release: the new record does not read back", again.diagnostics());
    }
    replace(set.projectDir().resolve(ProjectLoader.POLICIES_DIR).resolve(Releases.FILE), text);
    return new Outcome(true, true, "release: recorded " + version + " (" + date + ", sha256:" + hash + ")\n  " + summary, List.of());
  }

  static String write(List<Release> releases) {
    List<JsonValue> records = new ArrayList<>();
    for (Release r : releases) {
      records.add(new JsonObject(List.of(
          new Member("version", new JsonString(r.version())),
          new Member("date", new JsonString(r.date())),
          new Member("sha256", new JsonString(r.sha256())),
          new Member("summary", new JsonString(r.summary())))));
    }
    return JsonWriter.pretty(new JsonObject(List.of(
        new Member("$schema", new JsonString("./" + Releases.SCHEMA_FILE)),
        new Member("releases", new JsonArray(records))))) + "\n";
  }

  /** Writes beside the target, then moves over it in one step: readers see the old file or the new one. */
  private static void replace(Path target, String text) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".releases-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
