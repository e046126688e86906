package dev.rolebook.diff;

/** A place in a policy file of one side of the diff: project-relative path, 1-based line and column (-1 unknown). */
public record Where(String file, int line, int column) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
