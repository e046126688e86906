package dev.rolebook.render;

import java.util.function.Supplier;

/**
 * A resource being made on a thread of its own, owned by this object until the caller asks for it.
 * {@link #get} waits for it and rethrows what making it threw; {@link #close} closes it at once when
 * it is ready, else (nobody will need it: the caller gave up before it was ready) the making thread
 * closes it as soon as it is.
 */
final class Booting<T extends AutoCloseable> implements AutoCloseable {
  private final Thread thread;
  private final Supplier<T> make;
  private T made;
  private Throwable failure;
  private boolean abandoned;

  private Booting(Supplier<T> make, String threadName) {
    this.make = make;
    thread = new Thread(this::make, threadName);
    thread.setDaemon(true); // a caller that gives up exits without waiting for it
  }

  /** Starts making the resource on a thread called {@code threadName}. */
  static <T extends AutoCloseable> Booting<T> start(Supplier<T> make, String threadName) {
    Booting<T> b = new Booting<>(make, threadName);
    b.thread.start();
    return b;
  }

  private void make() {
    T r = null;
    Throwable t = null;
    try {
      r = make.get();
    } catch (RuntimeException | Error e) {
      t = e;
    }
    boolean closeNow;
    synchronized (this) {
      made = r;
      failure = t;
      closeNow = abandoned && r != null;
    }
    if (closeNow) {
      closeQuietly(r);
    }
  }

  /** The resource, once made (closed with this object; null after {@link #close}). */
  T get() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // keep waiting: the resource is what the caller came for
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return made;
    }
  }

  /** Closes the resource: now if it is ready, else when its thread is done. */
  @Override
  public void close() {
    T ready;
    synchronized (this) {
      abandoned = true;
      ready = made;
      made = null;
    }
    if (ready != null) {
      closeQuietly(ready);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("closing " + c + " failed", e);
    }
  }
}
