package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What {@link RendererBoot} does with the renderer, on a resource that is quick to make. */
class BootingTest {
  /** Counts its closes; made only when {@code go} opens. */
  private static final class Resource implements AutoCloseable {
    final AtomicInteger closes = new AtomicInteger();
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public void close() {
      closes.incrementAndGet();
      closed.countDown();
    }
  }

  private final CountDownLatch go = new CountDownLatch(1);
  private final Resource resource = new Resource();

  private Resource make() {
    try {
      go.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return resource;
  }

  @Test
  void getWaitsForTheResourceAndCloseClosesItOnce() {
    Booting<Resource> b = Booting.start(this::make, "test-boot");
    go.countDown();
    assertSame(resource, b.get());
    assertSame(resource, b.get(), "the same one each time");
    b.close();
    b.close();
    assertEquals(1, resource.closes.get());
    assertNull(b.get(), "nothing to hand out once closed");
  }

  @Test
  void closedBeforeItIsReadyTheMakingThreadClosesItWhenItIs() throws InterruptedException {
    Booting<Resource> b = Booting.start(this::make, "test-boot");
    b.close(); // the caller gave up (a refused render)
    assertEquals(0, resource.closes.get(), "not made yet");
    go.countDown();
    assertTrue(resource.closed.await(30, TimeUnit.SECONDS), "closed by the making thread once made");
    assertEquals(1, resource.closes.get());
  }

  @Test
  void whatMakingItThrewIsThrownByGet() {
    Booting<Resource> b = Booting.start(() -> {
      throw new IllegalStateException("no JRuby");
    }, "test-boot");
    assertEquals("no JRuby", assertThrows(IllegalStateException.class, b::get).getMessage());
    Booting<Resource> e = Booting.start(() -> {
      throw new ExceptionInInitializerError("bad gem");
    }, "test-boot");
    assertThrows(ExceptionInInitializerError.class, e::get);
  }

  @Test
  void anInterruptedGetStillWaitsAndKeepsTheInterrupt() {
    Booting<Resource> b = Booting.start(this::make, "test-boot");
    Thread.currentThread().interrupt();
    Thread opener = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      go.countDown();
    });
    opener.start();
    assertSame(resource, b.get());
    assertTrue(Thread.interrupted(), "the interrupt is kept for the caller (and cleared here)");
    b.close();
  }
}
