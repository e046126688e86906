package dev.rolebook.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A running preview: the warm build, the watcher and the server, wired so that every change under
 * policies/, src/docs/ or site/ rebuilds and reloads open pages. The site is rendered into a
 * temporary directory, so a preview never touches target/site.
 */
public final class Preview implements AutoCloseable {
  /** Quiet time after the last file event before rebuilding. */
  static final long DEBOUNCE_MILLIS = 150;

  private final Path site;
  private final LiveBuild build;
  private final DevServer server;
  private final Watcher watcher;
  private final PrintStream log;

  private Preview(Path site, LiveBuild build, DevServer server, Watcher watcher, PrintStream log) {
    this.site = site;
    this.build = build;
    this.server = server;
    this.watcher = watcher;
    this.log = log;
  }

  public static Preview start(Path project, int port, PrintStream log) throws IOException {
    Path site = Files.createTempDirectory("rolebook-serve-").resolve("site");
    LiveBuild build = new LiveBuild(project, site);
    DevServer server = DevServer.start(site, port);
    Preview[] self = new Preview[1];
    Watcher watcher = new Watcher(
        List.of(project.resolve("policies"), project.resolve("src/docs"), project.resolve("site")),
        DEBOUNCE_MILLIS,
        () -> self[0].rebuild());
    self[0] = new Preview(site, build, server, watcher, log);
    self[0].rebuild();
    return self[0];
  }

  public int port() {
    return server.port();
  }

  /** Where the preview renders (a temporary directory). */
  Path site() {
    return site;
  }

  void rebuild() {
    long start = System.nanoTime();
    BuildState state = build.build();
    server.published(state);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (state.ok()) {
      log.println("serve: build " + state.generation() + " ok in " + millis + " ms");
    } else {
      log.println("serve: build " + state.generation() + " failed in " + millis + " ms:");
      state.problems().forEach(p -> log.println("  " + p));
    }
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    server.close();
    build.close();
    Path dir = site.getParent();
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
