package dev.rolebook.verify;

import dev.rolebook.load.JsonReadResult;
import dev.rolebook.load.StrictJson;
import dev.rolebook.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds policy- and statement-shaped JSON objects anywhere in a text: in fenced blocks, in
 * {@code <pre>} text, or bare in prose. From each '{' it looks for the balanced '}' (braces inside
 * JSON strings do not count), parses the span strictly, and keeps it when it is a policy or a
 * statement. A span that parses but is something else (a CloudFormation template, say) is searched
 * inside, so a policy nested in it is still found.
 */
final class JsonScanner {
  /** Longest span tried; a policy is at most a few KB, a doc page far less than this. */
  private static final int MAX_SPAN = 512 * 1024;

  private static final StrictJson JSON = new StrictJson();

  /** A policy or statement found at {@code start} (inclusive) to {@code end} (exclusive). */
  record Found(int start, int end, SourceFile parsed, Shape shape) {}

  private JsonScanner() {}

  static List<Found> scan(String text) {
    List<Found> out = new ArrayList<>();
    int i = text.indexOf('{');
    while (i >= 0) {
      int end = closing(text, i);
      if (end > 0) {
        JsonReadResult r = JSON.parse("block", text.substring(i, end));
        if (r.file().isPresent()) {
          Shape shape = Shape.of(r.file().get().root());
          if (shape != Shape.NONE) {
            out.add(new Found(i, end, r.file().get(), shape));
            i = text.indexOf('{', end);
            continue;
          }
        }
      }
      i = text.indexOf('{', i + 1);
    }
    return List.copyOf(out);
  }

  /** The offset just past the '}' that closes the '{' at {@code open}, or -1. */
  static int closing(String text, int open) {
    int depth = 0;
    boolean inString = false;
    int limit = Math.min(text.length(), open + MAX_SPAN);
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        } else if (c == '\n') {
          // JSON strings never span lines: this quote was prose, not JSON.
          return -1;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }
}
