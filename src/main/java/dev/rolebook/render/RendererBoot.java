package dev.rolebook.render;

/**
 * A {@link Renderer} being created on a thread of its own. Creating one boots JRuby and loads
 * Asciidoctor: about two seconds of a cold {@code render}, which the load and check (on the other
 * core) no longer wait behind. {@link #get} waits for it; {@link #close} without {@link #get}
 * (the check refused the render) leaves the thread to shut the renderer down when it is ready.
 */
public final class RendererBoot implements AutoCloseable {
  private final Thread thread;
  private Renderer renderer;
  private Throwable failure;
  private boolean taken;
  private boolean abandoned;

  private RendererBoot() {
    thread = new Thread(this::boot, "rolebook-asciidoctor-boot");
    thread.setDaemon(true); // a refused render exits without waiting for JRuby
  }

  /** Starts creating the renderer. */
  public static RendererBoot start() {
    RendererBoot boot = new RendererBoot();
    boot.thread.start();
    return boot;
  }

  private void boot() {
    Renderer r = null;
    Throwable t = null;
    try {
      r = Renderer.create();
    } catch (RuntimeException | Error e) {
      t = e;
    }
    boolean closeNow;
    synchronized (this) {
      renderer = r;
      failure = t;
      closeNow = abandoned && r != null;
    }
    if (closeNow) {
      r.close();
    }
  }

  /** The renderer, once created; the caller closes it. Rethrows what creating it threw. */
  public Renderer get() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // keep waiting: the renderer is what the caller came for
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
      taken = true;
      return renderer;
    }
  }

  /** Gives up a renderer that was never taken: closed now if ready, else when its thread is done. */
  @Override
  public void close() {
    Renderer ready;
    synchronized (this) {
      if (taken) {
        return;
      }
      abandoned = true;
      ready = renderer;
      renderer = null;
    }
    if (ready != null) {
      ready.close();
    }
  }
}
