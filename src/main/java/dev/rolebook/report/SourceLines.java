package dev.rolebook.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the source lines that diagnostics quote, once per file, relative to the project. */
public final class SourceLines {
  private final Path projectDir;
  private final Map<String, List<String>> cache = new HashMap<>();

  public SourceLines(Path projectDir) {
    this.projectDir = projectDir;
  }

  /** The 1-based line of {@code file}, or "" when the file or line is not there or not text. */
  public String line(String file, int line) {
    if (file.isEmpty() || line < 1) {
      return "";
    }
    List<String> lines = cache.computeIfAbsent(file, this::read);
    return line <= lines.size() ? lines.get(line - 1) : "";
  }

  private List<String> read(String file) {
    try {
      Path p = projectDir.resolve(file);
      if (!Files.isRegularFile(p) || Files.size(p) > (1 << 20)) {
        return List.of();
      }
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
