package dev.rolebook.render;

import dev.rolebook.load.ProjectLoader;
import dev.rolebook.trail.EvidenceSummary;
import dev.rolebook.trail.TrailResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code evidence::[]}: the CloudTrail evidence committed as {@code policies/evidence.json} by
 * {@code rolebook trail --save} — when and in which Regions the set was exercised, coverage per
 * policy and the denied calls still open. Without a summary it says how to make one, so the
 * section is never silently empty. The reading is {@link EvidenceSummary}'s; this only draws.
 */
final class EvidenceSection {
  static final List<String> ATTRIBUTES = List.of();

  private EvidenceSection() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    Optional<EvidenceSummary> summary;
    try {
      summary = EvidenceSummary.read(model.set().projectDir().resolve(ProjectLoader.POLICIES_DIR));
    } catch (IOException e) {
      return Fragment.problem(e.getMessage());
    }
    if (summary.isEmpty()) {
      return Fragment.of("<div class=\"paragraph rolebook-evidence\"><p>No CloudTrail evidence is committed for this set."
          + " Run <code>rolebook trail --save</code> on the CloudTrail logs of a deployment (log files, "
          + "<code>aws cloudtrail lookup-events</code> output or CloudTrail Lake results) to record here when and where the"
          + " set was exercised, how much of each policy was used and which denied calls are still open.</p></div>");
    }
    EvidenceSummary s = summary.get();
    StringBuilder sb = new StringBuilder("<div class=\"rolebook-evidence\">\n<div class=\"paragraph\"><p>");
    sb.append(String.format(Locale.ROOT, "CloudTrail recorded %,d call%s of the set's roles", s.calls(), s.calls() == 1 ? "" : "s"));
    sb.append(s.from().isEmpty() ? "" : " between " + Html.escape(s.from()) + " and " + Html.escape(s.to()));
    sb.append(s.regions().isEmpty() ? "" : ", in " + Html.escape(String.join(", ", s.regions())));
    sb.append(", read against policy set ").append(Html.escape(s.setVersion())).append('.');
    if (!s.setSha256().equals(model.hash())) {
      sb.append(" The set has changed since (it was <code>sha256:").append(Html.escape(s.setSha256().substring(0, Math.min(12, s.setSha256().length()))))
          .append("…</code>); run the trail again to bring this section up to date.");
    }
    sb.append("</p></div>\n");
    sb.append("<table class=\"tableblock frame-all grid-all stretch rolebook-coverage\">\n<thead><tr>"
        + "<th class=\"tableblock halign-left\">Policy</th><th class=\"tableblock halign-right\">Actions used</th>"
        + "<th class=\"tableblock halign-right\">Actions granted</th><th class=\"tableblock halign-right\">Share</th></tr></thead>\n<tbody>\n");
    for (TrailResult.Coverage c : s.coverage()) {
      int share = c.granted() == 0 ? 0 : (int) (100L * c.used() / c.granted());
      sb.append("<tr><td class=\"tableblock halign-left\"><code>").append(Html.escape(c.policy())).append("</code></td>")
          .append(String.format(Locale.ROOT, "<td class=\"tableblock halign-right\">%,d</td><td class=\"tableblock halign-right\">%,d</td>"
              + "<td class=\"tableblock halign-right\">%d%%</td></tr>%n", c.used(), c.granted(), share));
    }
    sb.append("</tbody>\n</table>\n");
    if (s.denied().isEmpty()) {
      sb.append("<div class=\"paragraph\"><p>No denied call is open: every call refused for lack of permission is granted by the set.</p></div>\n");
    } else {
      sb.append("<div class=\"ulist rolebook-denied\"><div class=\"title\">Denied calls still open</div>\n<ul>\n");
      for (EvidenceSummary.OpenDenial d : s.denied()) {
        sb.append("<li><code>").append(Html.escape(d.action())).append("</code>")
            .append(String.format(Locale.ROOT, " (%,d call%s)", d.count(), d.count() == 1 ? "" : "s"))
            .append(d.policy().isEmpty() ? "" : ", suggested for <code>" + Html.escape(d.policy()) + "</code>").append("</li>\n");
      }
      sb.append("</ul>\n</div>\n");
    }
    return Fragment.of(sb.append("</div>").toString());
  }
}
