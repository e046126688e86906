package dev.rolebook.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on every core, keeping its order; the first failure is rethrown as it was thrown. */
final class Parallel {
  private Parallel() {}

  static <T, R> List<R> map(List<T> items, Function<T, R> f) {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size());
    if (threads < 2) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(f.apply(item));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "rolebook-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> f.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> future : futures) {
        out.add(join(future));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R join(Future<R> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
