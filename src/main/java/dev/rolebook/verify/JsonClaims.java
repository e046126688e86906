package dev.rolebook.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans a text says hold policy JSON, whether or not the JSON in them parses: the body of a
 * Markdown fence whose info string is {@code json} or carries {@code policy=NAME}, and the
 * brace-balanced JSON just below a {@code policy=NAME} marker outside a fence. {@link JsonScanner}
 * keeps only JSON that parses; these spans are how a broken block is noticed instead of skipped.
 */
final class JsonClaims {
  /** A fence line: up to three spaces, three or more backticks or tildes, then the info string. */
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([^\\n]*)$", Pattern.MULTILINE);
  private static final Pattern POLICY_MARKER = Pattern.compile("(?<![\\w-])(?:data-)?policy\\s*=");
  /** How far below a marker its block may start (the same distance drift looks above a block). */
  static final int MARKER_LINES = 3;

  /**
   * A claimed span from {@code start} (inclusive) to {@code end} (exclusive), with the marker
   * naming its policy ({@link Marker#NONE} for a plain json fence).
   */
  record Claim(int start, int end, Marker marker) {}

  private JsonClaims() {}

  static List<Claim> find(String text) {
    List<Claim> fences = fences(text);
    List<Claim> out = new ArrayList<>(fences);
    LineIndex lines = new LineIndex(text);
    Matcher m = POLICY_MARKER.matcher(text);
    int previousEnd = 0;
    while (m.find()) {
      int at = m.start();
      if (at < previousEnd || inside(fences, at) || fenceLine(fences, text, at)) {
        continue;
      }
      int open = text.indexOf('{', m.end());
      if (open < 0 || lines.line(open) > lines.line(at) + MARKER_LINES || inside(fences, open) || fenceBetween(fences, at, open)) {
        continue;
      }
      int close = JsonScanner.closing(text, open);
      int end = close > 0 ? close : paragraphEnd(text, open);
      Marker marker = Marker.find(text.substring(lines.lineStart(lines.line(at)), open));
      if (marker.present()) {
        out.add(new Claim(open, end, marker));
        previousEnd = end;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  private static List<Claim> fences(String text) {
    List<Claim> out = new ArrayList<>();
    LineIndex lines = new LineIndex(text);
    Matcher open = FENCE.matcher(text);
    int from = 0;
    while (from < text.length() && open.find(from)) {
      String fence = open.group(1);
      String info = open.group(2).strip();
      int bodyStart = Math.min(text.length(), open.end() + 1);
      int bodyEnd = text.length();
      int next = text.length();
      Matcher close = FENCE.matcher(text);
      int search = bodyStart;
      while (search < text.length() && close.find(search)) {
        String c = close.group(1);
        if (c.charAt(0) == fence.charAt(0) && c.length() >= fence.length() && close.group(2).isBlank()) {
          bodyEnd = close.start();
          next = close.end();
          break;
        }
        search = close.end() + 1;
      }
      String language = info.split("[\\s,{]", 2)[0].toLowerCase(java.util.Locale.ROOT);
      // The fence's own policy=NAME, else one on the lines just above it (an HTML comment).
      int above = Math.max(from, lines.lineStart(Math.max(1, lines.line(open.start()) - MARKER_LINES)));
      Marker marker = Marker.find(text.substring(above, open.start()) + "\n" + info);
      if (language.equals("json") || marker.present()) {
        out.add(new Claim(bodyStart, bodyEnd, marker));
      }
      from = next + 1;
    }
    return out;
  }

  private static boolean inside(List<Claim> claims, int offset) {
    return claims.stream().anyMatch(c -> offset >= c.start() && offset < c.end());
  }

  /** A marker in a fence's own info line belongs to that fence. */
  private static boolean fenceLine(List<Claim> fences, String text, int offset) {
    int lineEnd = text.indexOf('\n', offset);
    return lineEnd >= 0 && fences.stream().anyMatch(c -> c.start() == lineEnd + 1);
  }

  private static boolean fenceBetween(List<Claim> fences, int from, int to) {
    return fences.stream().anyMatch(c -> c.start() > from && c.start() <= to);
  }

  /** Where JSON with unbalanced braces is taken to end: the next blank line, else the text's end. */
  private static int paragraphEnd(String text, int from) {
    Matcher blank = Pattern.compile("\\n[ \\t]*\\n").matcher(text);
    return blank.find(from) ? blank.start() + 1 : text.length();
  }
}
