package dev.rolebook.render;

/**
 * A {@link Renderer} being created on a thread of its own. Creating one boots JRuby and loads
 * Asciidoctor: about two seconds of a cold {@code render}, which the load and check (on the other
 * core) no longer wait behind. {@link #get} waits for it. The boot owns the renderer: {@link
 * #close} shuts it down, at once when it is ready, else (the check refused the render before it was
 * needed) by the boot thread as soon as it is.
 */
public final class RendererBoot implements AutoCloseable {
  private final Thread thread;
  private Renderer renderer;
  private Throwable failure;
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

  /** The renderer, once created (closed with this boot). Rethrows what creating it threw. */
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
      return renderer;
    }
  }

  /** Shuts the renderer down: now if it is ready, else when its thread is done. */
  @Override
  public void close() {
    Renderer ready;
    synchronized (this) {
      abandoned = true;
      ready = renderer;
      renderer = null;
    }
    if (ready != null) {
      ready.close();
    }
  }
}
