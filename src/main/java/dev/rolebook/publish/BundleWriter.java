package dev.rolebook.publish;

import dev.rolebook.load.ProjectLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    try (Staging staging = Staging.open(out)) {
      for (OutputFile f : files) {
        staging.write(f);
      }
      staging.commit();
    }
  }

  /**
   * A directory being written: files go into a fresh sibling of {@code out}, which {@link #commit}
   * moves into place; closed without a commit, the sibling is removed and {@code out} is as it was.
   * {@link #write} may be called from several threads at once (creating many small files is slow on
   * some file systems, and goes faster side by side).
   */
  public static final class Staging implements AutoCloseable {
    private final Path target;
    private final Path fresh;
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    private Staging(Path target, Path fresh) {
      this.target = target;
      this.fresh = fresh;
    }

    public static Staging open(Path out) throws IOException {
      Path target = out.toAbsolutePath().normalize();
      Staging s = new Staging(target, AtomicDirectory.fresh(target));
      s.made.add(s.fresh);
      try {
        Files.writeString(s.fresh.resolve(MARKER), "Written by Rolebook; the whole directory is replaced on the next run.\n",
            StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        s.close();
        throw e;
      }
      return s;
    }

    public void write(OutputFile f) throws IOException {
      Path p = fresh.resolve(f.path()).normalize();
      if (!p.startsWith(fresh) || p.equals(fresh)) {
        throw new IllegalArgumentException("output path escapes the directory: " + f.path());
      }
      if (!made.contains(p.getParent())) {
        Files.createDirectories(p.getParent()); // safe when another thread makes it at the same time
        made.add(p.getParent());
      }
      Files.write(p, f.bytes());
      if (f.executable()) {
        p.toFile().setExecutable(true, false);
      }
    }

    /** Moves everything written into place, replacing what was there. */
    public void commit() throws IOException {
      AtomicDirectory.replace(fresh, target);
    }

    /** Removes what was written unless it was committed. */
    @Override
    public void close() throws IOException {
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
