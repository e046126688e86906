package dev.rolebook.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon and its client, talking over a real loopback connection inside this JVM. */
class DaemonTest {
  /** Generous: the daemon's watch looks every two seconds; nothing here measures time. */
  private static final long STOP_SECONDS = 30;

  @TempDir Path temp;
  private final List<List<String>> runs = Collections.synchronizedList(new ArrayList<>());
  private final List<CompletableFuture<Integer>> daemons = new ArrayList<>();

  @AfterEach
  void stopDaemons() throws Exception {
    for (Path p : Files.list(temp).toList()) {
      if (p.getFileName().toString().endsWith(".address")) {
        Files.delete(p); // a daemon whose address file is gone stops
      }
    }
    for (CompletableFuture<Integer> d : daemons) {
      d.get(STOP_SECONDS, TimeUnit.SECONDS);
    }
  }

  /** Writes "a" to out, "b" to err, "é" to out, and exits with the argument count. */
  private int command(String[] args, PrintStream out, PrintStream err) {
    runs.add(List.of(args));
    out.print("a");
    err.print("b");
    out.print("\u00e9");
    return args.length;
  }

  private Path start(String name, Daemon.Command command, List<String> warmUp) throws Exception {
    Path address = temp.resolve(name + ".address");
    daemons.add(CompletableFuture.supplyAsync(() -> Daemon.serve(address, Duration.ofMinutes(5), "check", command, warmUp),
        r -> new Thread(r, "test-daemon").start()));
    for (int i = 0; i < 3000 && !Files.exists(address); i++) {
      Thread.sleep(10);
    }
    assertTrue(Files.exists(address), "the daemon announced itself");
    return address;
  }

  private static DaemonWire.Request request(String... args) {
    return new DaemonWire.Request(DaemonWire.VERSION, "", System.getProperty("user.dir"), List.of(args), "UTF-8", "UTF-8");
  }

  @Test
  void answersWithTheOutputInTheOrderWrittenAndTheExitCode() throws Exception {
    Path address = start("d", this::command, List.of("check", "warm"));
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    assertEquals(OptionalInt.of(3), Daemons.ask(address, request("check", "--format", "json"), both, both));
    assertEquals("ab\u00e9", both.toString(StandardCharsets.UTF_8));
    assertEquals(List.of("check", "warm"), runs.get(0), "the first run is the warm-up, before the daemon listens");
    assertTrue(runs.contains(List.of("check", "--format", "json")));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    DaemonWire.Request latin1 = new DaemonWire.Request(DaemonWire.VERSION, "", System.getProperty("user.dir"),
        List.of("check"), "ISO-8859-1", "UTF-8");
    assertEquals(OptionalInt.of(1), Daemons.ask(address, latin1, out, err));
    assertArrayEquals(new byte[] {'a', (byte) 0xe9}, out.toByteArray(), "text encoded as the client's standard output would");
    assertEquals("b", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void refusesAnotherWorkingDirectoryAnotherCommandAndAForeignToken() throws Exception {
    Path address = start("d", this::command, List.of());
    OutputStream nowhere = OutputStream.nullOutputStream();
    DaemonWire.Request elsewhere = new DaemonWire.Request(DaemonWire.VERSION, "", temp.toString(), List.of("check"), "UTF-8", "UTF-8");
    assertEquals(OptionalInt.empty(), Daemons.ask(address, elsewhere, nowhere, nowhere),
        "relative paths would be read from the daemon's directory, not the client's");
    assertEquals(OptionalInt.empty(), Daemons.ask(address, request("render"), nowhere, nowhere));

    String[] secrets = Files.readString(address).trim().split(" ");
    Path forged = Files.writeString(temp.resolve("forged"), secrets[0] + " " + "0".repeat(32) + " " + secrets[2] + "\n");
    assertEquals(OptionalInt.empty(), Daemons.ask(forged, request("check"), nowhere, nowhere), "a wrong token");
    assertTrue(runs.isEmpty(), "nothing ran: " + runs);
    assertEquals(OptionalInt.of(1), Daemons.ask(address, request("check"), nowhere, nowhere), "and it still serves");
  }

  @Test
  void aCommandThatFailsIsLeftToTheClientAndTheDaemonStops() throws Exception {
    Path address = start("d", (args, out, err) -> {
      out.print("half");
      throw new IllegalStateException("boom");
    }, List.of());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(OptionalInt.empty(), Daemons.ask(address, request("check"), out, out));
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing printed: the client runs the command itself");
    assertEquals(0, daemons.get(0).get(STOP_SECONDS, TimeUnit.SECONDS));
    assertFalse(Files.exists(address), "its address file goes with it");
  }

  @Test
  void requestsAskedAtOnceTakeTurnsAndTheSecondWaitsLongerThanTheAcceptTimeout() throws Exception {
    java.util.concurrent.CountDownLatch slowStarted = new java.util.concurrent.CountDownLatch(1);
    Path address = start("d", (args, out, err) -> {
      runs.add(List.of(args));
      if (args.length > 1 && args[1].equals("slow")) {
        slowStarted.countDown();
        try {
          Thread.sleep(Daemons.CONNECT_TIMEOUT.toMillis() + 1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      out.print(args[args.length - 1]);
      return 0;
    }, List.of());
    ByteArrayOutputStream slowOut = new ByteArrayOutputStream();
    ByteArrayOutputStream fastOut = new ByteArrayOutputStream();
    CompletableFuture<OptionalInt> slow = CompletableFuture.supplyAsync(
        () -> Daemons.ask(address, request("check", "slow"), slowOut, slowOut), r -> new Thread(r).start());
    assertTrue(slowStarted.await(STOP_SECONDS, TimeUnit.SECONDS));
    OptionalInt fast = Daemons.ask(address, request("check", "fast"), fastOut, fastOut);
    assertEquals(OptionalInt.of(0), fast, "accepted at once, answered in its turn: the client did not give up");
    assertEquals(OptionalInt.of(0), slow.get(STOP_SECONDS, TimeUnit.SECONDS));
    assertEquals("fast", fastOut.toString(StandardCharsets.UTF_8));
    assertEquals("slow", slowOut.toString(StandardCharsets.UTF_8));
    assertEquals(List.of(List.of("check", "slow"), List.of("check", "fast")), runs);
  }

  @Test
  void oneDaemonPerAddress() throws Exception {
    Path address = start("d", this::command, List.of());
    assertEquals(1, Daemon.serve(address, Duration.ofMinutes(5), "check", this::command, List.of("check")),
        "the second returns at once: the first holds the lock");
    assertEquals(List.of(), runs, "without even warming up");
    assertEquals(OptionalInt.of(1), Daemons.ask(address, request("check"), OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
  }

  @Test
  void stopsWhenItsAddressFileIsRemoved() throws Exception {
    Path address = start("d", this::command, List.of());
    Files.delete(address);
    assertEquals(0, daemons.get(0).get(STOP_SECONDS, TimeUnit.SECONDS));
  }

  @Test
  void stopsWhenIdle() throws Exception {
    Path address = temp.resolve("idle.address");
    assertEquals(0, Daemon.serve(address, Duration.ZERO, "check", this::command, List.of()),
        "returns by itself once idle");
    assertFalse(Files.exists(address));
  }

  @Test
  void noDaemonAtTheAddressMeansNoAnswerAtOnce() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Path stale = Files.writeString(temp.resolve("stale.address"), closedPort + " " + "ab".repeat(16) + " " + "cd".repeat(16) + "\n");
    OutputStream nowhere = OutputStream.nullOutputStream();
    assertEquals(OptionalInt.empty(), Daemons.ask(stale, request("check"), nowhere, nowhere));
    assertEquals(OptionalInt.empty(), Daemons.ask(temp.resolve("missing.address"), request("check"), nowhere, nowhere));
    Path garbled = Files.writeString(temp.resolve("garbled.address"), "not an address\n");
    assertEquals(OptionalInt.empty(), Daemons.ask(garbled, request("check"), nowhere, nowhere));
  }

  @Test
  void aListenerThatIsNotADaemonIsNotWaitedForForever() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path address = Files.writeString(temp.resolve("silent.address"),
          silent.getLocalPort() + " " + "ab".repeat(16) + " " + "cd".repeat(16) + "\n");
      OutputStream nowhere = OutputStream.nullOutputStream();
      assertEquals(OptionalInt.empty(), Daemons.ask(address, request("check"), nowhere, nowhere),
          "it accepts the connection and never answers: the client gives up and runs the command itself");
    }
  }

  @Test
  void aProgramOnADeadDaemonsPortLearnsNothingAndPrintsNothing() throws Exception {
    String token = "ab".repeat(16);
    try (ServerSocket impostor = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Path address = Files.writeString(temp.resolve("dead.address"), impostor.getLocalPort() + " " + token + " " + "cd".repeat(16) + "\n");
      CompletableFuture<byte[]> heard = CompletableFuture.supplyAsync(() -> {
        try (java.net.Socket s = impostor.accept()) {
          DataOutputStream out = new DataOutputStream(s.getOutputStream());
          DaemonWire.writeProof("ef".repeat(16), out); // not the proof in the address file
          out.writeByte(DaemonWire.ACCEPTED);
          out.writeByte(DaemonWire.STARTED);
          out.writeByte(DaemonWire.OUT);
          out.writeInt(4);
          out.write("FAKE".getBytes(StandardCharsets.US_ASCII));
          out.writeByte(DaemonWire.EXIT);
          out.writeInt(0);
          out.flush();
          s.setSoTimeout(5000);
          return s.getInputStream().readAllBytes();
        } catch (IOException e) {
          return new byte[0];
        }
      }, r -> new Thread(r).start());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertEquals(OptionalInt.empty(), Daemons.ask(address, request("check"), out, out));
      assertEquals("", out.toString(StandardCharsets.UTF_8));
      assertFalse(new String(heard.get(STOP_SECONDS, TimeUnit.SECONDS), StandardCharsets.ISO_8859_1).contains(token),
          "the token never left the client");
    }
  }

  @Test
  void aClientThatStopsReadingHoldsUpNoOtherRequest() throws Exception {
    Path address = start("d", (args, out, err) -> {
      runs.add(List.of(args));
      if (args.length > 1 && args[1].equals("big")) {
        byte[] line = "x".repeat(1023).concat("\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 16 * 1024; i++) {
          out.write(line, 0, line.length); // 16 MB: more than any socket buffer holds
        }
      }
      out.print("done");
      return 0;
    }, List.of());
    String[] secrets = Files.readString(address).trim().split(" ");
    try (java.net.Socket stalled = new java.net.Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(secrets[0]))) {
      DataInputStream in = new DataInputStream(stalled.getInputStream());
      assertEquals(secrets[2], DaemonWire.readProof(in));
      DaemonWire.write(request("check", "big").withToken(secrets[1]), new DataOutputStream(stalled.getOutputStream()));
      assertEquals(DaemonWire.ACCEPTED, in.readByte());
      assertEquals(DaemonWire.STARTED, in.readByte());
      // ...and reads no more, like a check suspended with Ctrl-Z.
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertEquals(OptionalInt.of(0), Daemons.ask(address, request("check", "small"), out, out));
      assertEquals("done", out.toString(StandardCharsets.UTF_8));
    }
  }
}
