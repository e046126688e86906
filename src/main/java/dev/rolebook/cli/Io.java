package dev.rolebook.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words for file-system failures: Java's exceptions often carry nothing but the path. */
final class Io {
  private Io() {}

  static String describe(IOException e) {
    String file = e instanceof FileSystemException f && f.getFile() != null ? "'" + f.getFile() + "'" : "a path";
    if (e instanceof NotDirectoryException) {
      return file + " is a file, not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return file + " already exists and is not a directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied on " + file;
    }
    if (e instanceof NoSuchFileException) {
      return file + " does not exist";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return file + ": " + f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
