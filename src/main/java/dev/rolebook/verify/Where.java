package dev.rolebook.verify;

import dev.rolebook.model.Position;

/** A place in a file: display path plus 1-based line and column (-1 when unknown). */
public record Where(String file, int line, int column) {

  public static Where of(String file, Position p) {
    return new Where(file, p.line(), p.column());
  }

  public Position position() {
    return line > 0 ? new Position(line, column > 0 ? column : 1) : Position.UNKNOWN;
  }

  /** {@code file:line}, or just the file when the line is unknown. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
