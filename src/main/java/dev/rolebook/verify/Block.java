package dev.rolebook.verify;

import dev.rolebook.model.SourceFile;

/**
 * A policy or statement found in a doc, a page or an external file: where it starts, the JSON as
 * parsed (positions relative to the block), its shape, the marker naming the policy it shows (if
 * any) and the locator that turns its pointers into places in the file.
 */
public record Block(String file, int line, int column, SourceFile parsed, Shape shape, Marker marker, Locator locator) {

  public Where where() {
    return new Where(file, line, column);
  }
}
