package dev.rolebook.publish;

import dev.rolebook.load.ProjectLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes a directory of generated files all at once: into a fresh sibling directory first, then
 * moved into place, so a failed run leaves the previous output untouched. Only replaces a
 * directory that is empty or that it wrote before (it leaves a marker file), and never writes
 * into the project's sources ({@code policies/}, {@code src/docs/}).
 */
public final class BundleWriter {
  /** Marks a directory as Rolebook output that may be replaced wholesale. */
  public static final String MARKER = ".rolebook-output";

  private BundleWriter() {}

  /** Why {@code out} may not be written, or empty when it may. */
  public static Optional<String> refuse(Path projectDir, Path out) {
    Path o = out.toAbsolutePath().normalize();
    Path project = projectDir.toAbsolutePath().normalize();
    for (Path source : List.of(project.resolve(ProjectLoader.POLICIES_DIR), project.resolve("src/docs"))) {
      if (o.startsWith(source) || source.startsWith(o)) {
        return Optional.of("--out '" + out + "' would write into or over " + project.relativize(source)
            + "/, which holds the project's sources; choose a directory such as target/snippets");
      }
    }
    if (Files.exists(o) && !Files.isDirectory(o)) {
      return Optional.of("--out '" + out + "' exists and is not a directory");
    }
    if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !empty(o)) {
      return Optional.of("--out '" + out + "' is not empty and was not written by Rolebook; choose a new or empty directory");
    }
    return Optional.empty();
  }

  /** Replaces {@code out} with exactly {@code files} (relative paths, '/'-separated). */
  public static void write(Path out, List<OutputFile> files) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path fresh = AtomicDirectory.fresh(target);
    java.util.Set<Path> made = new java.util.HashSet<>();
    made.add(fresh);
    try {
      Files.writeString(fresh.resolve(MARKER), "Written by Rolebook; the whole directory is replaced on the next run.\n",
          StandardCharsets.UTF_8);
      for (OutputFile f : files) {
        Path p = fresh.resolve(f.path()).normalize();
        if (!p.startsWith(fresh) || p.equals(fresh)) {
          throw new IllegalArgumentException("output path escapes the directory: " + f.path());
        }
        if (made.add(p.getParent())) {
          Files.createDirectories(p.getParent());
        }
        Files.write(p, f.bytes());
        if (f.executable()) {
          p.toFile().setExecutable(true, false);
        }
      }
      AtomicDirectory.replace(fresh, target);
    } finally {
      AtomicDirectory.delete(fresh);
    }
  }

  /** One file to write. */
  public record OutputFile(String path, byte[] bytes, boolean executable) {
    public static OutputFile text(String path, String text) {
      return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), path.endsWith(".sh"));
    }
  }

  private static boolean empty(Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }
}
