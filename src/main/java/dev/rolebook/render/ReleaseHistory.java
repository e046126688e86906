package dev.rolebook.render;

import dev.rolebook.load.ReleasesLoader;
import dev.rolebook.load.ReleasesLoader.ReleaseRead;
import dev.rolebook.model.Releases;
import dev.rolebook.model.Releases.Release;
import java.util.List;
import java.util.Map;

/**
 * {@code release-history::[]}: the set's history from {@code policies/releases.json}, newest
 * first: each version with its date, hash and the permission summary {@code rolebook release}
 * recorded. The version this guide shows is marked; when it is not recorded yet, that is said.
 */
final class ReleaseHistory {
  static final List<String> ATTRIBUTES = List.of();

  private ReleaseHistory() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    ReleaseRead read = new ReleasesLoader().load(model.set().projectDir());
    if (!read.diagnostics().isEmpty()) {
      return Fragment.problem(read.diagnostics().get(0).location() + ": " + read.diagnostics().get(0).message());
    }
    Releases releases = read.releases();
    String current = model.manifest().version();
    StringBuilder sb = new StringBuilder("<div class=\"rolebook-releases\">\n");
    if (releases.release(current).isEmpty()) {
      sb.append("<p class=\"rolebook-unreleased\">This guide shows version ").append(Html.escape(current))
          .append(", which is not recorded as a release yet (<code>rolebook release</code> records it).</p>\n");
    }
    if (releases.releases().isEmpty()) {
      return Fragment.of(sb.append("<p>No releases are recorded in <code>policies/").append(Releases.FILE)
          .append("</code> yet.</p>\n</div>").toString());
    }
    sb.append("<table class=\"tableblock frame-all grid-all stretch rolebook-table\">\n")
        .append("<thead><tr><th>Version</th><th>Date</th><th>SHA-256</th><th>Changes in permissions</th></tr></thead>\n<tbody>\n");
    for (Release r : releases.newestFirst()) {
      boolean shown = r.version().equals(current) && r.sha256().equals(model.hash());
      sb.append("<tr").append(shown ? " class=\"rolebook-current\"" : "").append("><td>").append(Html.escape(r.version()))
          .append(shown ? " (this guide)" : "").append("</td><td>").append(Html.escape(r.date()))
          .append("</td><td><code>").append(Html.escape(r.sha256())).append("</code></td><td>")
          .append(Html.escape(r.summary())).append("</td></tr>\n");
    }
    return Fragment.of(sb.append("</tbody>\n</table>\n</div>").toString());
  }
}
