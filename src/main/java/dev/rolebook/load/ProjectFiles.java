package dev.rolebook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a project's {@code policies/} is read from: the file system, or a snapshot held in memory
 * (a git revision read by {@code rolebook diff}). Paths are relative to the project's
 * {@code policies/} directory and use '/'.
 */
public interface ProjectFiles {

  /** The file's bytes, at most {@code cap + 1} of them (enough to tell it is too large); empty when absent. */
  Optional<byte[]> read(String path, int cap) throws IOException;

  boolean isFile(String path);

  boolean isDirectory(String path);

  /** Names of the entries directly inside policies/, sorted. */
  List<String> list() throws IOException;

  /** The project directory on disk: its policies/ read with java.nio. */
  static ProjectFiles directory(Path policiesDir) {
    return new ProjectFiles() {
      @Override
      public Optional<byte[]> read(String path, int cap) throws IOException {
        Path file = policiesDir.resolve(path);
        if (!Files.exists(file)) {
          return Optional.empty();
        }
        return Optional.of(Files.size(file) > cap ? new byte[cap + 1] : Files.readAllBytes(file));
      }

      @Override
      public boolean isFile(String path) {
        return Files.isRegularFile(policiesDir.resolve(path));
      }

      @Override
      public boolean isDirectory(String path) {
        return Files.isDirectory(policiesDir.resolve(path));
      }

      @Override
      public List<String> list() throws IOException {
        try (Stream<Path> files = Files.list(policiesDir)) {
          return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
      }
    };
  }
}
