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
        String token = json.substring(i, end);
        out.append(span(isKey(json, end) ? "tok-key" : "tok-str", token));
        i = end;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int end = i + 1;
        while (end < n && "0123456789+-.eE".indexOf(json.charAt(end)) >= 0) {
          end++;
        }
        out.append(span("tok-num", json.substring(i, end)));
        i = end;
      } else if (Character.isLetter(c)) {
        int end = i + 1;
        while (end < n && Character.isLetter(json.charAt(end))) {
          end++;
        }
        out.append(span("tok-lit", json.substring(i, end)));
        i = end;
      } else if ("{}[],:".indexOf(c) >= 0) {
        out.append(span("tok-punct", String.valueOf(c)));
        i++;
      } else {
        out.append(Html.escape(String.valueOf(c)));
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

  private static String span(String kind, String token) {
    return "<span class=\"" + kind + "\">" + Html.escape(token) + "</span>";
  }
}
