package dev.rolebook.render;

import java.util.List;

/**
 * A generated table in Asciidoctor's own markup (so the theme styles it like any other table),
 * carrying the contract's classes {@code rolebook-table rolebook-<kind>}, inside the theme's
 * {@code rolebook-table-scroll} box. Cells are HTML the caller built with {@link Html#escape};
 * nothing here passes through attribute substitution.
 */
final class HtmlTable {
  private final String kind;
  private final String title;
  private final List<String> headers;
  private final StringBuilder rows = new StringBuilder();

  HtmlTable(String kind, String title, List<String> headers) {
    this.kind = kind;
    this.title = title;
    this.headers = List.copyOf(headers);
  }

  /** Adds one row; {@code cells} are already HTML. */
  HtmlTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells, table " + headers.size());
    }
    rows.append("<tr>\n");
    for (int i = 0; i < cells.size(); i++) {
      // data-label: the column's name, which the theme shows beside each cell when a phone stacks the table.
      rows.append("<td class=\"tableblock halign-left valign-top\" data-label=\"").append(Html.escape(headers.get(i)))
          .append("\">").append(cells.get(i)).append("</td>\n");
    }
    rows.append("</tr>\n");
    return this;
  }

  String html() {
    StringBuilder sb = new StringBuilder();
    // The theme's scroll box, in the markup itself: a wide table never widens the page, script or not.
    sb.append("<div class=\"rolebook-table-scroll\">\n");
    sb.append("<table class=\"tableblock frame-all grid-all stretch rolebook-table rolebook-")
        .append(kind).append("\">\n");
    if (!title.isEmpty()) {
      sb.append("<caption class=\"title\">").append(Html.escape(title)).append("</caption>\n");
    }
    sb.append("<thead>\n<tr>\n");
    for (String h : headers) {
      sb.append("<th class=\"tableblock halign-left valign-top\">").append(Html.escape(h)).append("</th>\n");
    }
    sb.append("</tr>\n</thead>\n<tbody>\n").append(rows).append("</tbody>\n</table>\n</div>");
    return sb.toString();
  }

  /** An identifier as inline code that may break only after '-', '/' or ':'. */
  static String code(String s) {
    return "<code>" + Html.breakable(s) + "</code>";
  }
}
