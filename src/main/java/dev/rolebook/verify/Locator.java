package dev.rolebook.verify;

import dev.rolebook.model.Position;
import dev.rolebook.model.SourceFile;

/**
 * Maps a JSON pointer of a compared document to where it was written: a line of a policy file, or
 * a line of the page or doc the block was extracted from.
 */
@FunctionalInterface
public interface Locator {
  /** Where the value at {@code pointer} starts, or where its member key starts when {@code key}. */
  Where at(String pointer, boolean key);

  /** Positions straight from a loaded policy file. */
  static Locator of(SourceFile file) {
    return (pointer, key) -> Where.of(file.path(), key ? file.keyPosition(pointer) : file.position(pointer));
  }

  /**
   * Positions of JSON parsed from a block that starts at {@code line}:{@code column} of {@code
   * file}: the block's first line shifts by the column, later lines only by the line. A column of
   * -1 means columns are not meaningful there (HTML entities change them), so none is reported.
   */
  static Locator embedded(String file, SourceFile parsed, int line, int column) {
    return (pointer, key) -> {
      Position p = key ? parsed.keyPosition(pointer) : parsed.position(pointer);
      if (!p.known() || line < 1) {
        return new Where(file, line, -1);
      }
      int col = column < 1 ? -1 : p.line() == 1 ? column + p.column() - 1 : p.column();
      return new Where(file, line + p.line() - 1, col);
    };
  }

  /** Every pointer at one place (a block whose text came from an include, say). */
  static Locator fixed(Where where) {
    return (pointer, key) -> where;
  }
}
