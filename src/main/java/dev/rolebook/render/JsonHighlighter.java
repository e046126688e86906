package dev.rolebook.render;

/**
 * Server-side JSON highlighting: wraps each token of a JSON text in
 * {@code <span class="tok-key|tok-str|tok-num|tok-lit|tok-punct">} and escapes it, leaving white
 * space as it is. The text content of the result is exactly the input, so a reader can copy it or
 * parse it back. Works on any text the loader accepted; unexpected characters pass through escaped.
 */
public final class JsonHighlighter {
  private JsonHighlighter() {}

  /** The highlighted HTML of {@code json}; its text content is {@code json} exactly. */
  public static String highlight(String json) {
    StringBuilder out = new StringBuilder(json.length() * 2);
    int i = 0;
    int n = json.length();
    while (i < n) {
      char c = json.charAt(i);
      if (c == '"') {
        int end = stringEnd(json, i);
        span(out, isKey(json, end) ? "tok-key" : "tok-str", json, i, end);
        i = end;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int end = i + 1;
        while (end < n && "0123456789+-.eE".indexOf(json.charAt(end)) >= 0) {
          end++;
        }
        span(out, "tok-num", json, i, end);
        i = end;
      } else if (Character.isLetter(c)) {
        int end = i + 1;
        while (end < n && Character.isLetter(json.charAt(end))) {
          end++;
        }
        span(out, "tok-lit", json, i, end);
        i = end;
      } else if ("{}[],:".indexOf(c) >= 0) {
        span(out, "tok-punct", json, i, i + 1);
        i++;
      } else if (c == ' ' || c == '\n') {
        int end = i + 1;
        while (end < n && (json.charAt(end) == ' ' || json.charAt(end) == '\n')) {
          end++;
        }
        out.append(json, i, end); // indentation: nothing to escape, copied in one go
        i = end;
      } else {
        Html.escape(out, json, i, i + 1);
        i++;
      }
    }
    return out.toString();
  }

  /** Index just past the closing quote of the string starting at {@code start}. */
  private static int stringEnd(String json, int start) {
    int i = start + 1;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return json.length();
  }

  /** A string is a key when the next non-blank character is a colon. */
  private static boolean isKey(String json, int from) {
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static void span(StringBuilder out, String kind, String json, int from, int to) {
    out.append("<span class=\"").append(kind).append("\">");
    Html.escape(out, json, from, to);
    out.append("</span>");
  }
}
