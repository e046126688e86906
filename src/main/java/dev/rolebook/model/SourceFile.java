package dev.rolebook.model;

import java.util.List;
import java.util.Map;

/**
 * A loaded JSON file: its display path (relative to the project, '/'-separated), its text, its
 * parsed tree and the position of every value, keyed by RFC 6901 JSON pointer ("" is the root;
 * "/Statement/0/Action" a value; a member's key has the pointer of its value plus the suffix
 * {@link #KEY_SUFFIX}).
 */
public record SourceFile(String path, String text, JsonValue root, Map<String, Position> positions) {
  /** Suffix that turns a value's pointer into the pointer of its member key. */
  public static final String KEY_SUFFIX = "#key";

  public SourceFile {
    positions = Map.copyOf(positions);
  }

  /** Where the value at {@code pointer} starts; falls back to the nearest enclosing value. */
  public Position position(String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return Position.UNKNOWN;
      }
      int cut = p.lastIndexOf('/');
      p = cut < 0 ? "" : p.substring(0, cut);
    }
  }

  /** Where the key of the member at {@code pointer} starts, else where its value starts. */
  public Position keyPosition(String pointer) {
    Position key = positions.get(pointer + KEY_SUFFIX);
    return key != null ? key : position(pointer);
  }

  /** The 1-based source line, without its terminator; empty when out of range. */
  public String line(int number) {
    List<String> lines = text.lines().toList();
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  /** Appends one RFC 6901 reference token to a pointer. */
  public static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
