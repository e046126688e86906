package dev.rolebook.serve;

import dev.rolebook.render.Html;

/** The page shown in place of the site while the last build failed: its problems, one per line. */
final class Overlay {
  private Overlay() {}

  static String page(BuildState state) {
    StringBuilder items = new StringBuilder();
    for (String p : state.problems()) {
      items.append("<li><code>").append(Html.escape(p)).append("</code></li>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">
        <title>Rolebook: build failed</title>
        <link rel="stylesheet" href="/css/rolebook.css">
        </head>
        <body class="rolebook">
        <div id="rolebook-overlay" class="rolebook-overlay" role="alert">
        <h1>The last build failed</h1>
        <p>Fix these and save; the page reloads by itself.</p>
        <ul>
        %s</ul>
        </div>
        </body>
        </html>
        """.formatted(items);
  }
}
