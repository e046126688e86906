package dev.rolebook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolebook.launch.Daemon;
import dev.rolebook.launch.DaemonTestAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check answered by the daemon prints, byte for byte, what the same check prints run directly,
 * and exits with the same code: clean and broken projects, each output format, and a second
 * answer after the policies changed on disk.
 */
class CheckDaemonTest {
  @TempDir static Path temp;
  private static Path address;
  private static CompletableFuture<Integer> daemon;

  @BeforeAll
  static void startDaemon() throws Exception {
    address = temp.resolve("check.address");
    daemon = CompletableFuture.supplyAsync(
        () -> Daemon.serve(address, Duration.ofMinutes(5), "check", Main::run, List.of("check", "--project", ExampleProjectTest.EXAMPLE.toString())),
        r -> new Thread(r, "test-check-daemon").start());
    for (int i = 0; i < 6000 && !Files.exists(address); i++) {
      Thread.sleep(10);
    }
    assertTrue(Files.exists(address), "the daemon announced itself");
  }

  @AfterAll
  static void stopDaemon() throws Exception {
    Files.deleteIfExists(address);
    assertEquals(0, daemon.get(30, TimeUnit.SECONDS));
  }

  private record Printed(int code, byte[] out, byte[] err) {}

  private static Printed direct(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Printed(code, out.toByteArray(), err.toByteArray());
  }

  private static Printed viaDaemon(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt code = DaemonTestAccess.ask(address, List.of(args), out, err);
    assertTrue(code.isPresent(), "the daemon answered " + List.of(args));
    return new Printed(code.getAsInt(), out.toByteArray(), err.toByteArray());
  }

  private static void assertSame(String... args) {
    Printed want = direct(args);
    Printed got = viaDaemon(args);
    assertEquals(want.code(), got.code(), List.of(args).toString());
    assertEquals(new String(want.out(), StandardCharsets.UTF_8), new String(got.out(), StandardCharsets.UTF_8));
    assertArrayEquals(want.out(), got.out());
    assertArrayEquals(want.err(), got.err());
  }

  @Test
  void theSameOutputAndExitCodeInEveryFormat() {
    String example = ExampleProjectTest.EXAMPLE.toString();
    for (String format : Formats.ALL) {
      assertSame("check", "--project", example, "--format", format);
    }
    assertSame("check", "--project", example, "--strict");
    assertSame("check", "--project", "no-such-project");
    assertSame("check", "--format", "yaml");
  }

  @Test
  void readsThePoliciesAgainOnEveryRequest() throws IOException {
    Path project = temp.resolve("project");
    copy(ExampleProjectTest.EXAMPLE, project);
    assertSame("check", "--project", project.toString());
    assertEquals(0, viaDaemon("check", "--project", project.toString()).code());

    Path policy = project.resolve("policies/application.json");
    Files.writeString(policy, Files.readString(policy).replaceFirst("\"Version\"", "\"Version\": \"2012-10-17\",\n  \"Version\""));
    Printed broken = viaDaemon("check", "--project", project.toString());
    assertEquals(1, broken.code(), "the duplicate key is found: nothing is kept from the last run");
    assertSame("check", "--project", project.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }
}
