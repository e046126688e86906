package dev.rolebook.render;

import dev.rolebook.check.SizeFigure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code policy-sizes::[]}: an inline SVG with, per measured document, two bars against its own
 * limit: as written and in the worst case. Colours come from presentation attributes and classes
 * (inline {@code style} would break the page's Content-Security-Policy).
 */
final class SizeChart {
  static final List<String> ATTRIBUTES = List.of();
  private static final int WIDTH = 820;
  private static final int LABEL = 250;
  private static final int BAR = 330;
  private static final int ROW = 52;

  private SizeChart() {}

  static Fragment build(RenderModel model, String target, Map<String, Object> attrs) {
    List<SizeFigure> rows = model.asWrittenFigures();
    int height = 30 + rows.size() * ROW;
    String title = PolicyBlock.title(attrs).orElse("Policy sizes against their IAM limits");
    StringBuilder sb = new StringBuilder();
    sb.append("<div class=\"imageblock rolebook-figure rolebook-sizes\">\n<div class=\"content\">\n");
    sb.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rolebook-svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">\n",
        WIDTH, height, WIDTH, height, Html.escape(title)));
    sb.append("<title>").append(Html.escape(title)).append("</title>\n");
    sb.append(text(LABEL, 16, "start", "rolebook-svg-legend", "bar = share of the limit; upper as written, lower worst case"));
    int y = 30;
    for (SizeFigure f : rows) {
      Optional<SizeFigure> worst = model.worstCase(f.policy(), f.variants());
      sb.append(text(0, y + 20, "start", "rolebook-svg-label", f.label()));
      sb.append(bar(y + 4, f, "as written"));
      if (worst.isPresent()) {
        sb.append(bar(y + 24, worst.get(), "worst case"));
      }
      y += ROW;
    }
    sb.append("</svg>\n</div>\n<div class=\"title\">").append(Html.escape(title)).append("</div>\n</div>");
    return Fragment.of(sb.toString());
  }

  private static String bar(int y, SizeFigure f, String what) {
    int filled = (int) Math.min(BAR, Math.round((double) BAR * f.chars() / f.limit()));
    String level = f.chars() > f.limit() ? "over" : 100L * f.chars() >= 95L * f.limit() ? "tight" : "ok";
    return String.format(Locale.ROOT,
        "<rect class=\"rolebook-svg-limit\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"#e4e7eb\"/>\n"
            + "<rect class=\"rolebook-svg-bar rolebook-svg-%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"><title>%s</title></rect>\n",
        LABEL, y, BAR, level, LABEL, y, filled, level.equals("ok") ? "#3b82c4" : "#c4453b",
        Html.escape(f.label() + " " + what + ": " + Numbers.grouped(f.chars()) + " of " + Numbers.grouped(f.limit()) + " characters"))
        + text(LABEL + BAR + 8, y + 13, "start", "rolebook-svg-value",
            what + " " + Numbers.grouped(f.chars()) + " / " + Numbers.grouped(f.limit()) + " (" + f.shownPercent() + ")");
  }

  static String text(int x, int y, String anchor, String cls, String content) {
    return String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" class=\"%s\" font-size=\"12\" fill=\"currentColor\">%s</text>\n",
        x, y, anchor, cls, Html.escape(content));
  }
}
