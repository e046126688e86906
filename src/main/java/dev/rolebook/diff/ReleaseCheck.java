package dev.rolebook.diff;

import dev.rolebook.check.CheckResult;
import dev.rolebook.load.ReleasesLoader;
import dev.rolebook.load.ReleasesLoader.ReleaseRead;
import dev.rolebook.model.Manifest;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Releases;
import dev.rolebook.model.Releases.Release;
import dev.rolebook.model.SemVer;
import dev.rolebook.report.Code;
import dev.rolebook.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Version discipline for {@code check}: the manifest's version must name the policies it was
 * released with ({@code REL002}), and a new version must be bumped at least as far as the change
 * since the last release requires ({@code REL003}): narrowing → major, widening → minor, neutral →
 * patch. A project without {@code policies/releases.json} is not held to it.
 */
public final class ReleaseCheck {
  private ReleaseCheck() {}

  public static List<Diagnostic> check(CheckResult result, Supplier<SetDiffer> differ) {
    List<Diagnostic> out = new ArrayList<>();
    if (result.policySet().isEmpty()) {
      return out;
    }
    PolicySet set = result.policySet().get();
    ReleaseRead read = new ReleasesLoader().load(set.projectDir());
    out.addAll(read.diagnostics());
    Releases releases = read.releases();
    if (releases.source().isEmpty() || result.hash().isEmpty() || !read.diagnostics().isEmpty()) {
      return out;
    }
    Manifest m = set.manifest();
    String file = m.source().path();
    var at = m.source().position("/version");
    String version = m.version();
    Optional<SemVer> v = SemVer.parse(version);
    if (v.isEmpty()) {
      out.add(Diagnostic.of(Code.REL003, file, at, "version '" + version + "' is not MAJOR.MINOR.PATCH",
          "release records compare versions as semantic versions, e.g. \"1.2.0\""));
      return out;
    }
    String hash = result.hash().get();
    Revision current = new Revision("work tree", set, result);
    Optional<Release> recorded = releases.release(version);
    if (recorded.isPresent()) {
      if (recorded.get().sha256().equals(hash)) {
        return out;
      }
      SinceRelease since = SinceRelease.of(recorded.get(), current, differ.get());
      Optional<SemVer> next = since.required();
      out.add(Diagnostic.of(Code.REL002, file, at,
          "the policies changed since " + version + " was released (recorded sha256:" + recorded.get().sha256().substring(0, 12)
              + "…, now sha256:" + hash.substring(0, 12) + "…); the change is " + since.kind()
              + next.map(n -> ": bump the version to " + n).orElse(": bump the version"),
          "set \"version\": \"" + next.map(Object::toString).orElse(v.get().bump(SemVer.Part.PATCH) + "\" or higher")
              + (next.isPresent() ? "\"" : "") + " in " + file + ", then run 'rolebook release'; 'rolebook diff' shows the change"));
      return out;
    }
    Optional<Release> previous = releases.before(v.get());
    if (previous.isEmpty()) {
      Optional<Release> latest = releases.latest();
      if (latest.isPresent()) {
        out.add(Diagnostic.of(Code.REL003, file, at, "version " + version + " is older than the last release, " + latest.get().version(),
            "versions only move forward; use a version above " + latest.get().version()));
      } else {
        out.add(Diagnostic.of(Code.REL004, file, at, "version " + version + " is not released yet",
            "run 'rolebook release' to record it in policies/" + Releases.FILE));
      }
      return out;
    }
    SinceRelease since = SinceRelease.of(previous.get(), current, differ.get());
    Optional<SemVer> required = since.required();
    if (required.isPresent() && v.get().compareTo(required.get()) < 0) {
      out.add(Diagnostic.of(Code.REL003, file, at,
          "version " + version + " is too small a step from " + previous.get().version() + ": the change since then is "
              + since.kind() + ", which needs " + required.get() + " or higher",
          "narrowing can break deployments (major), widening grants more (minor), neutral changes are a patch; "
              + "set \"version\": \"" + required.get() + "\""));
      return out;
    }
    out.add(Diagnostic.of(Code.REL004, file, at, "version " + version + " is not released yet"
            + (required.isEmpty() ? "; the step from " + previous.get().version() + " cannot be checked: the change is " + since.kind() : ""),
        "run 'rolebook release' to record it in policies/" + Releases.FILE));
    return out;
  }
}
