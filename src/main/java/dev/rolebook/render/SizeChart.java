package dev.rolebook.render;

import dev.rolebook.check.SizeFigure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code policy-sizes::[]}: per measured document, two bars against its own limit: as written and
 * in the worst case. Names and figures are HTML text (they wrap and keep their size on a phone);
 * each bar is a tiny SVG whose rectangles get their width from a presentation attribute and their
 * colour from the theme's CSS (an inline {@code style} would break the page's
 * Content-Security-Policy).
 */
final class SizeChart {
  static final List<String> ATTRIBUTES = List.of();

  private SizeChart() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    String title = PolicyBlock.title(attrs).orElse("Policy sizes against their IAM limits");
    StringBuilder sb = new StringBuilder();
    sb.append("<figure class=\"rolebook-figure rolebook-sizes\">\n");
    sb.append("<p class=\"rolebook-size-legend\">Each bar is the share of the document's own limit: first as written, then in the worst case.</p>\n");
    sb.append("<ul class=\"rolebook-size-chart\">\n");
    for (SizeFigure f : model.asWrittenFigures()) {
      Optional<SizeFigure> worst = model.worstCase(f.policy(), f.variants());
      sb.append("<li class=\"rolebook-size-entry\">\n<span class=\"rolebook-size-name\"><code>")
          .append(Html.breakable(f.label())).append("</code></span>\n");
      sb.append(bar(f, "as written"));
      worst.ifPresent(w -> sb.append(bar(w, "worst case")));
      sb.append("</li>\n");
    }
    sb.append("</ul>\n<figcaption class=\"title\">").append(Html.escape(title)).append("</figcaption>\n</figure>");
    return Fragment.of(sb.toString());
  }

  private static String bar(SizeFigure f, String what) {
    String level = f.chars() > f.limit() ? "over" : 100L * f.chars() >= 95L * f.limit() ? "tight" : "ok";
    double share = Math.min(100.0, 100.0 * f.chars() / f.limit());
    String figures = Numbers.grouped(f.chars()) + " / " + Numbers.grouped(f.limit()) + " (" + f.shownPercent() + ")";
    return "<span class=\"rolebook-size-bar rolebook-size-" + level + "\">"
        + "<span class=\"rolebook-size-kind\">" + Html.escape(what) + "</span>"
        + String.format(Locale.ROOT, "<svg class=\"rolebook-bar\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect class=\"rolebook-bar-limit\" width=\"100%%\" height=\"100%%\"/>"
            + "<rect class=\"rolebook-bar-fill\" width=\"%.1f%%\" height=\"100%%\"/></svg>", share)
        + "<span class=\"rolebook-size-value\">" + Html.escape(figures) + "</span></span>\n";
  }
}
