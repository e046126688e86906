package dev.rolebook.render;

/**
 * A {@link Renderer} being created on a thread of its own. Creating one boots JRuby and loads
 * Asciidoctor: about two seconds of a cold {@code render}, which the load and check (on the other
 * core) no longer wait behind. {@link #get} waits for it. The boot owns the renderer: {@link
 * #close} shuts it down, at once when it is ready, else (the check refused the render before it was
 * needed) by the boot thread as soon as it is.
 */
public final class RendererBoot implements AutoCloseable {
  private final Booting<Renderer> booting;

  private RendererBoot(Booting<Renderer> booting) {
    this.booting = booting;
  }

  /** Starts creating the renderer. */
  public static RendererBoot start() {
    return new RendererBoot(Booting.start(Renderer::create, "rolebook-asciidoctor-boot"));
  }

  /** The renderer, once created (closed with this boot). Rethrows what creating it threw. */
  public Renderer get() {
    return booting.get();
  }

  /** Shuts the renderer down: now if it is ready, else when its thread is done. */
  @Override
  public void close() {
    booting.close();
  }
}
