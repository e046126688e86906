package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
  private static final String JVM = "/usr/lib/jvm/17 17.0.15";
  private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1");

  @TempDir Path temp;
  private Path jar;
  private Path cache;

  @BeforeEach
  void setUp() throws IOException {
    jar = Files.write(temp.resolve("rolebook.jar"), new byte[] {1, 2, 3});
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    cache = temp.resolve("cache");
  }

  private ClassDataArchive archive() {
    return ClassDataArchive.of(cache, "render", List.of(jar), JVM, OPTIONS).orElseThrow();
  }

  /** What the JVM writes: the dynamic-archive magic number, then anything. */
  private static void writeArchive(Path file, int length) throws IOException {
    byte[] b = new byte[length];
    b[0] = (byte) 0xa8;
    b[1] = (byte) 0xab;
    b[2] = 0x0b;
    b[3] = (byte) 0xf0;
    Files.write(file, b);
  }

  private Path create(ClassDataArchive a, int length) throws IOException {
    Path tmp = a.newTemporary().orElseThrow();
    writeArchive(tmp, length);
    return a.commit(tmp).orElseThrow();
  }

  private List<String> cacheFiles() throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theJarsItsManifestNamesArePartOfTheState() throws IOException {
    Path lib = Files.createDirectories(temp.resolve("lib"));
    Path dep = Files.write(lib.resolve("dep-1.0.jar"), new byte[] {4});
    Path thin = temp.resolve("thin.jar");
    java.util.jar.Manifest m = new java.util.jar.Manifest();
    m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/dep-1.0.jar  lib/gone.jar");
    try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(thin), m)) {
      out.putNextEntry(new java.util.jar.JarEntry("x.txt"));
      out.write('x');
    }
    assertEquals(List.of(dep, lib.resolve("gone.jar")), ClassDataArchive.manifestClassPath(thin));
    String files = ClassDataArchive.files(List.of(thin)).orElseThrow();
    assertTrue(files.contains(dep + " 1 "), files);
    assertTrue(files.contains(lib.resolve("gone.jar") + " missing"), files);
    String before = ClassDataArchive.of(cache, "check", List.of(thin), JVM, OPTIONS).orElseThrow().statePrefix();
    Files.setLastModifiedTime(dep, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
    assertNotEquals(before, ClassDataArchive.of(cache, "check", List.of(thin), JVM, OPTIONS).orElseThrow().statePrefix(),
        "a rebuilt dependency is another state: HotSpot would refuse the old archive");
    assertEquals(List.of(), ClassDataArchive.manifestClassPath(jar), "not a zip: nothing named");
  }

  @Test
  void theKeyIsStableForTheSameJarJvmAndOptions() {
    assertEquals(archive().statePrefix(), archive().statePrefix());
    assertTrue(archive().statePrefix().matches("rolebook-[0-9a-f]{8}-[0-9a-f]{16}-"), archive().statePrefix());
  }

  @Test
  void aRebuiltJarAnotherJvmOrOtherOptionsGiveAnotherState() throws IOException {
    ClassDataArchive before = archive();
    assertNotEquals(before.statePrefix(), ClassDataArchive.of(cache, "render", List.of(jar), "/other/jdk 17.0.16", OPTIONS).orElseThrow().statePrefix());
    assertNotEquals(before.statePrefix(), ClassDataArchive.of(cache, "render", List.of(jar), JVM, List.of("-Xmx1g")).orElseThrow().statePrefix());
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
    ClassDataArchive touched = archive();
    assertNotEquals(before.statePrefix(), touched.statePrefix());
    assertEquals(before.placePrefix(), touched.placePrefix(), "same jar path, same place");
    Files.write(jar, new byte[] {1, 2, 3, 4});
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
    assertNotEquals(touched.statePrefix(), archive().statePrefix(), "same time, other size");
  }

  @Test
  void noArchiveForADirectoryOrAMissingEntry() throws IOException {
    assertTrue(ClassDataArchive.of(cache, "render", List.of(Files.createDirectory(temp.resolve("classes"))), JVM, OPTIONS).isEmpty());
    assertTrue(ClassDataArchive.of(cache, "render", List.of(temp.resolve("missing.jar")), JVM, OPTIONS).isEmpty());
    assertTrue(ClassDataArchive.of(cache, "render", List.of(), JVM, OPTIONS).isEmpty());
  }

  @Test
  void createdOnceThenCurrent() throws IOException {
    ClassDataArchive a = archive();
    assertTrue(a.current().isEmpty(), "no cache directory yet");
    Path made = create(a, 4096);
    assertEquals(a.statePrefix() + "4096.jsa", made.getFileName().toString());
    assertEquals(Optional.of(made), archive().current());
    assertEquals(List.of(made.getFileName().toString()), cacheFiles(), "no temporary file left");
  }

  @Test
  void aStaleArchiveIsNotCurrentAndIsRemovedWhenTheNewOneIsMade() throws IOException {
    Path old = create(archive(), 4096);
    Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-02-01T00:00:00Z")));
    ClassDataArchive rebuilt = archive();
    assertTrue(rebuilt.current().isEmpty(), "the jar changed: the old archive must not be used");
    Path fresh = create(rebuilt, 8192);
    assertFalse(Files.exists(old), "stale archive of the same jar removed");
    assertEquals(List.of(fresh.getFileName().toString()), cacheFiles());
  }

  @Test
  void anotherJarsArchiveInTheSameCacheIsKept() throws IOException {
    Path otherJar = Files.write(temp.resolve("other.jar"), new byte[] {9});
    Path theirs = create(ClassDataArchive.of(cache, "render", List.of(otherJar), JVM, OPTIONS).orElseThrow(), 4096);
    create(archive(), 4096);
    assertTrue(Files.exists(theirs));
  }

  @Test
  void theOtherKindsArchiveOfTheSameJarIsKept() throws IOException {
    Path check = create(ClassDataArchive.of(cache, "check", List.of(jar), JVM, OPTIONS).orElseThrow(), 4096);
    Path render = create(archive(), 4096);
    assertTrue(Files.exists(check), "committing the render archive leaves check's in place");
    assertEquals(2, cacheFiles().size());
    assertNotEquals(check, render);
  }

  @Test
  void aTruncatedOrForeignFileIsNotUsed() throws IOException {
    ClassDataArchive a = archive();
    Path made = create(a, 4096);
    byte[] whole = Files.readAllBytes(made);
    Files.write(made, java.util.Arrays.copyOf(whole, 1000));
    assertTrue(a.current().isEmpty(), "length differs from the name: truncated");
    Files.write(made, new byte[4096]);
    assertTrue(a.current().isEmpty(), "no magic number: not an archive");
  }

  @Test
  void aRunThatWroteNoArchiveCommitsNothing() throws IOException {
    ClassDataArchive a = archive();
    Path tmp = a.newTemporary().orElseThrow();
    assertTrue(a.commit(tmp).isEmpty(), "the JVM wrote nothing");
    Files.writeString(tmp, "not an archive");
    assertTrue(a.commit(tmp).isEmpty());
    assertFalse(Files.exists(tmp), "temporary file removed");
    assertTrue(a.current().isEmpty());
  }

  @Test
  void anUnwritableCacheMeansNoArchiveAndNoError() throws IOException {
    // A regular file where the directory should be: nothing can be created under it (this holds for
    // root too, unlike permission bits).
    Path blocked = Files.writeString(temp.resolve("blocked"), "a file");
    ClassDataArchive a = ClassDataArchive.of(blocked.resolve("rolebook"), "render", List.of(jar), JVM, OPTIONS).orElseThrow();
    assertTrue(a.newTemporary().isEmpty());
    assertTrue(a.current().isEmpty());
    assertTrue(a.commit(blocked.resolve("rolebook").resolve("x.tmp")).isEmpty());
  }

  @Test
  void twoRunsCreatingAtOnceLeaveOneWholeArchive() throws Exception {
    int runs = 8;
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Optional<Path>>> done = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        done.add(pool.submit(() -> {
          ClassDataArchive a = archive();
          Path tmp = a.newTemporary().orElseThrow();
          writeArchive(tmp, 65536);
          start.await();
          return a.commit(tmp);
        }));
      }
      start.countDown();
      for (Future<Optional<Path>> f : done) {
        assertTrue(f.get(1, TimeUnit.MINUTES).isPresent(), "every run's commit succeeds");
      }
    } finally {
      pool.shutdownNow();
    }
    Path current = archive().current().orElseThrow();
    assertTrue(ClassDataArchive.whole(current));
    assertEquals(List.of(current.getFileName().toString()), cacheFiles());
  }

  @Test
  void abandonedTemporaryFilesAreCleanedUp() throws IOException {
    ClassDataArchive a = archive();
    Path abandoned = a.newTemporary().orElseThrow();
    Files.writeString(abandoned, "a run killed while dumping");
    Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minusSeconds(7200)));
    Path recent = a.newTemporary().orElseThrow();
    Files.writeString(recent, "a run dumping right now");
    Path made = create(a, 4096);
    assertFalse(Files.exists(abandoned));
    assertTrue(Files.exists(recent), "another run may still be writing it");
    assertTrue(Files.exists(made));
  }
}
