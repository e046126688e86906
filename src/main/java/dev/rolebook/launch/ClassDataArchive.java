package dev.rolebook.launch;

import dev.rolebook.check.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The AppCDS archive (JDK 13+ dynamic archive) made for one class path, one JVM and one set of JVM
 * options, kept in a cache directory as {@code rolebook-<place>-<state>-<bytes>.jsa}:
 *
 * <ul>
 *   <li>{@code place} hashes the kind of run ({@code asciidoctor}, {@code check}: each archives the
 *       classes its own command loads) and the class path's absolute paths, so two kinds, two
 *       checkouts or two installed jars do not evict each other's archive;
 *   <li>{@code state} hashes each class path entry's size and modification time, the JVM (its home
 *       and version) and the options: a rebuilt jar, another JDK or other flags give another name, so
 *       a stale archive is never handed to the JVM (which would warn, on standard output, and ignore
 *       it);
 *   <li>{@code bytes} is the archive's length when it was written. HotSpot 17 does not check that an
 *       archive is whole before mapping it: a truncated one crashes the JVM (SIGBUS). An archive whose
 *       length differs from its name, or that does not start with the dynamic-archive magic number,
 *       is ignored and replaced.
 * </ul>
 *
 * <p>A new archive is written by the JVM to a temporary file in the same directory
 * ({@code -XX:ArchiveClassesAtExit}) and only then renamed into place, atomically: two runs that
 * start at once each write their own file and the last rename wins, both whole. Any I/O failure
 * (read-only or missing cache directory, full disk) means no archive, never an error.
 */
public final class ClassDataArchive {
  /** First four bytes of a HotSpot dynamic archive (0xf00baba8, stored little-endian). */
  private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
  /** Temporary files older than this are from a run that died while writing; they are removed. */
  private static final Duration ABANDONED = Duration.ofHours(1);
  private static final String SUFFIX = ".jsa";
  /** The end of a mark left by {@link #markSeen}. */
  private static final String SEEN = "seen";

  private final Path dir;
  private final String place;
  private final String state;

  private ClassDataArchive(Path dir, String place, String state) {
    this.dir = dir;
    this.place = place;
    this.state = state;
  }

  /**
   * The archive slot of the {@code kind} of run for {@code classPath} (jar files only: HotSpot refuses
   * to archive classes from a directory) run by the JVM {@code jvm} (home and version) with
   * {@code options}. Empty when an
   * entry is not a readable regular file.
   */
  public static Optional<ClassDataArchive> of(Path dir, String kind, List<Path> classPath, String jvm, List<String> options) {
    Optional<String> files = files(classPath);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder where = new StringBuilder(kind).append('\n');
    for (Path entry : classPath) {
      where.append(entry.toAbsolutePath().normalize()).append('\n');
    }
    String what = jvm + '\n' + String.join(" ", options) + '\n' + files.get();
    return Optional.of(new ClassDataArchive(dir, hash(where.toString(), 8), hash(what, 16)));
  }

  /**
   * One line per class path entry, and, for a class path of one jar ({@code java -jar}), per jar its
   * manifest's {@code Class-Path} names: its absolute path, size and modification time (what tells
   * one build of a jar from the next; HotSpot checks the same of each, and ignores an archive when
   * one differs). A longer class path (Maven's, of dependency jars) is taken as it is: opening every
   * jar for a manifest that rarely names anything costs about as much as opening one big jar.
   * Empty when the class path is empty or an entry is not a readable regular file.
   */
  static Optional<String> files(List<Path> classPath) {
    if (classPath.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder what = new StringBuilder();
    try {
      for (Path entry : classPath) {
        Path p = entry.toAbsolutePath().normalize();
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
          return Optional.empty();
        }
        what.append(p).append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().toMillis()).append('\n');
        for (Path named : classPath.size() == 1 ? manifestClassPath(p) : List.<Path>of()) {
          what.append(named);
          try {
            BasicFileAttributes n = Files.readAttributes(named, BasicFileAttributes.class);
            what.append(' ').append(n.size()).append(' ').append(n.lastModifiedTime().toMillis()).append('\n');
          } catch (IOException missing) {
            what.append(" missing\n"); // the JVM skips it, and so does the archive
          }
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(what.toString());
  }

  /** The jars a jar's manifest adds to the class path ({@code Class-Path}, relative to the jar). */
  static List<Path> manifestClassPath(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      Manifest manifest = file.getManifest();
      String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (value == null || value.isBlank()) {
        return List.of();
      }
      List<Path> out = new ArrayList<>();
      for (String name : value.split(" ")) { // not a regular expression: a client starts no regex engine
        if (!name.isEmpty()) {
          out.add(jar.resolveSibling(name).normalize());
        }
      }
      return out;
    } catch (java.util.zip.ZipException | SecurityException e) {
      return List.of(); // not a jar after all: the JVM will say so
    }
  }

  /** The directory the archive lives in. */
  public Path dir() {
    return dir;
  }

  /** The file name's stem shared by every archive of this class path, current or stale. */
  String placePrefix() {
    return "rolebook-" + place + "-";
  }

  /** The file name's stem of the current archive (its length follows). */
  String statePrefix() {
    return placePrefix() + state + "-";
  }

  /** The current archive, when one exists and is whole. */
  public Optional<Path> current() {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, statePrefix() + "*" + SUFFIX)) {
      for (Path p : s) {
        if (whole(p)) {
          return Optional.of(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // No directory, unreadable, or a name that is not ours: no archive.
    }
    return Optional.empty();
  }

  /** Whether a run of this class path, JVM and options has been seen before (see {@link #markSeen}). */
  public boolean seen() {
    return Files.exists(dir.resolve(statePrefix() + SEEN));
  }

  /**
   * Notes that a run of this class path, JVM and options has happened (an empty file beside the
   * archives, removed with them): for kinds of run that write their archive on the second run only.
   * Never fails; a cache that cannot be written simply never sees a run.
   */
  public void markSeen() {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(statePrefix() + SEEN), new byte[0]);
    } catch (IOException | RuntimeException e) {
      // No mark: the next run is a first run again.
    }
  }

  /**
   * A fresh temporary file name in the archive directory for the JVM to write a new archive to, or
   * empty when the directory cannot be created or written.
   */
  public Optional<Path> newTemporary() {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, statePrefix(), ".tmp");
      // The JVM creates the file itself; it only needs to know the directory is writable.
      Files.delete(probe);
      return Optional.of(probe);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Moves a finished temporary archive into place and removes this class path's stale archives.
   * Returns the archive, or empty when the JVM wrote nothing usable (the temporary file is removed).
   */
  public Optional<Path> commit(Path temporary) {
    try {
      if (!Files.isRegularFile(temporary) || !startsWithMagic(temporary)) {
        discard(temporary);
        return Optional.empty();
      }
      Path target = dir.resolve(statePrefix() + Files.size(temporary) + SUFFIX);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      removeStale(target);
      return Optional.of(target);
    } catch (IOException | RuntimeException e) {
      discard(temporary);
      return Optional.empty();
    }
  }

  /** Removes a temporary archive (a failed or abandoned run's); never fails. */
  public void discard(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException | RuntimeException e) {
      // Left for the next commit's clean-up of abandoned files.
    }
  }

  /**
   * Other archives and marks of this class path (older jars, JVMs or flags), its own mark (the
   * archive now stands for it), and abandoned temporary files.
   * Best effort: another run may be renaming or removing the same files right now.
   */
  private void removeStale(Path keep) {
    Instant abandoned = Instant.now().minus(ABANDONED);
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, placePrefix() + "*")) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        try {
          boolean staleArchive = (name.endsWith(SUFFIX) || name.endsWith(SEEN)) && !p.equals(keep);
          boolean oldTemporary = name.endsWith(".tmp") && Files.getLastModifiedTime(p).toInstant().isBefore(abandoned);
          if (staleArchive || oldTemporary) {
            discard(p);
          }
        } catch (IOException e) {
          // Gone already (another run's temporary file, renamed into place): nothing to clean.
        }
      }
    } catch (IOException | RuntimeException e) {
      // The archive is in place; cleaning up can wait for the next one.
    }
  }

  /** Its length matches the one in its name and it starts like a dynamic archive. */
  static boolean whole(Path archive) {
    String name = archive.getFileName().toString();
    String bytes = name.substring(name.lastIndexOf('-') + 1, name.length() - SUFFIX.length());
    try {
      return Files.isRegularFile(archive) && Long.parseLong(bytes) == Files.size(archive) && startsWithMagic(archive);
    } catch (NumberFormatException | IOException e) {
      return false;
    }
  }

  private static boolean startsWithMagic(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(MAGIC.length);
      return java.util.Arrays.equals(head, MAGIC);
    }
  }

  static String hash(String text, int hexChars) {
    return HexFormat.of().formatHex(Sha256.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, hexChars);
  }
}
