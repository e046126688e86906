package dev.rolebook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees and calls back once per burst of changes: an editor's save is often
 * several events (write, rename, chmod), so the callback waits until {@code quietMillis} pass
 * without a new event.
 */
final class Watcher implements AutoCloseable {
  private final WatchService service;
  private final Thread thread;

  Watcher(List<Path> roots, long quietMillis, Runnable onChange) throws IOException {
    this.service = roots.get(0).getFileSystem().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    this.thread = new Thread(() -> loop(quietMillis, onChange), "rolebook-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void loop(long quietMillis, Runnable onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean changed = drain(key);
        // Debounce: keep collecting until the tree has been quiet for quietMillis.
        WatchKey next;
        while ((next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
          changed |= drain(next);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Reads a key's events, registering new subdirectories; true when anything happened. */
  private boolean drain(WatchKey key) {
    boolean any = false;
    Path dir = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      any = true;
      if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created)) {
          try {
            registerTree(created);
          } catch (IOException e) {
            // the directory vanished again; nothing to watch
          }
        }
      }
    }
    key.reset();
    return any;
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
