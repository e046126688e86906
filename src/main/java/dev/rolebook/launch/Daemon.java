package dev.rolebook.launch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JVM that stays up between checks of one project, so that a check costs the client JVM's start
 * and a warm run (a few milliseconds) instead of a cold one. It serves one working directory, one
 * class path and one environment ({@link Daemons} names its files after them), runs one command at
 * a time, and stops by itself: after {@code idle} without a request, when a class path file or its
 * working directory changes (a rebuilt jar; a directory removed and made again under the same name),
 * when its address file is removed, or when one run takes longer than any check should. Whatever
 * goes wrong, a client that gets no answer runs the command itself.
 *
 * <p>It listens on the loopback interface only, on a port of the system's choosing, and writes the
 * port and two random secrets to its address file, in a directory only its user may enter: the
 * daemon says the second (its proof) to whoever connects, and reads nothing more from a client that
 * does not answer with the first (the token). See {@link DaemonWire}. (A Unix socket would need no
 * secrets, but opening one costs a cold client JVM twice what a TCP connection does: some 45
 * against 25 ms.)
 *
 * <p>One daemon per address file: a lock file beside it is held for the daemon's life, so two that
 * start at once leave one serving and the other gone. Before it listens, the daemon runs the command
 * once with the arguments it was started for, its output thrown away, then keeps running it for a
 * few seconds between requests, so that requests find the code loaded and compiled.
 */
public final class Daemon {
  /** What the daemon runs for a request: the shape of the command line's {@code run}. */
  @FunctionalInterface
  public interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private static final Duration TICK = Duration.ofSeconds(1);
  /** A client that connects and does not finish its request within this long is dropped. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /**
   * How long the daemon keeps running the command after it starts listening: a check's code takes
   * some fifty runs to be compiled well (the first warm ones take 20 to 50 ms, later ones about 5).
   * Requests take turns with these runs, waiting for one at most.
   */
  private static final Duration WARM_UP = Duration.ofSeconds(3);
  private static final int WARM_UP_RUNS = 100;
  /** Idle this long after a request, the daemon collects its garbage, once, to give memory back. */
  private static final Duration COLLECT_AFTER = Duration.ofSeconds(30);
  /**
   * A run this long is stuck (a check of a thousand policies takes seconds): the daemon removes its
   * address and ends at once, and the clients waiting for it run their checks themselves.
   */
  static final Duration LONGEST_RUN = Duration.ofMinutes(10);

  private final Path address;
  private final Duration idle;
  private final String served;
  private final Command command;
  private final Surroundings surroundings;
  private final String token;
  private final String proof;
  private final Object running = new Object();
  private final AtomicInteger active = new AtomicInteger();
  private volatile long lastUsed = System.nanoTime();
  /** When the run now under way started (System.nanoTime), or 0. */
  private volatile long runStarted;
  private volatile boolean collected;
  private ServerSocket server;
  private String written;

  private Daemon(Path address, Duration idle, String served, Command command, Surroundings surroundings) {
    this.address = address;
    this.idle = idle;
    this.served = served;
    this.command = command;
    this.surroundings = surroundings;
    this.token = secret();
    this.proof = secret();
  }

  private static String secret() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /**
   * Serves {@code command} for requests whose first argument is {@code served}, announcing itself
   * in {@code address}, until one of the reasons above stops it; returns when it has stopped (0), or
   * at once when another daemon holds the address or this one cannot listen (1).
   * {@code warmUp}: the arguments of the first run.
   */
  public static int serve(Path address, Duration idle, String served, Command command, List<String> warmUp) {
    // The lock file stays when the daemon ends: removing it would let two daemons each hold a lock,
    // one on the removed file and one on its successor.
    Path lockFile = address.resolveSibling(address.getFileName() + ".lock");
    try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another daemon of this JVM (tests)
      }
      if (lock == null) {
        return 1;
      }
      try {
        return new Daemon(address, idle, served, command, Surroundings.now()).run(warmUp);
      } finally {
        Path log = address.resolveSibling(address.getFileName() + ".log");
        if (Files.isRegularFile(log) && Files.size(log) == 0) {
          Files.deleteIfExists(log); // a log that says nothing
        }
      }
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  private int run(List<String> warmUp) throws IOException {
    if (!warmUp.isEmpty() && !runQuietly(warmUp)) {
      return 1;
    }
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      server = s;
      announce(s.getLocalPort());
      start("rolebook-daemon-watch", this::watch);
      if (!warmUp.isEmpty()) {
        start("rolebook-daemon-warm-up", () -> warmUp(warmUp));
      }
      while (true) {
        Socket client;
        try {
          client = s.accept();
        } catch (SocketException e) {
          break; // closed by the watch
        }
        start("rolebook-daemon-request", () -> answer(client));
      }
    } finally {
      removeAddress();
    }
    return 0;
  }

  /** Writes "port token proof" to the address file: whole, by a rename, owner-only like its directory. */
  private void announce(int port) throws IOException {
    written = port + " " + token + " " + proof + "\n";
    Path tmp = Files.createTempFile(address.getParent(), address.getFileName().toString(), ".tmp");
    Files.writeString(tmp, written, StandardCharsets.US_ASCII);
    Files.move(tmp, address, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Removes the address file if it is still this daemon's. */
  private void removeAddress() {
    try {
      if (written != null && written.equals(read(address))) {
        Files.deleteIfExists(address);
      }
    } catch (IOException | RuntimeException e) {
      // Another daemon's now, or gone: a client that finds it stale runs the command itself.
    }
  }

  private static void start(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.start();
  }

  /** Runs the command with its output thrown away; false when it failed. */
  private boolean runQuietly(List<String> args) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    try {
      command.run(args.toArray(String[]::new), nowhere, nowhere);
      return true;
    } catch (RuntimeException | Error e) {
      return false;
    }
  }

  private void warmUp(List<String> args) {
    long end = System.nanoTime() + WARM_UP.toNanos();
    for (int i = 0; i < WARM_UP_RUNS && System.nanoTime() < end && !server.isClosed(); i++) {
      synchronized (running) {
        runStarted = System.nanoTime();
        boolean ok = runQuietly(args);
        runStarted = 0;
        if (!ok) {
          return;
        }
      }
    }
  }

  /**
   * Says its proof, reads the token, then the request; says at once whether it will answer it, and
   * when its turn comes (one request at a time) that it starts it; sends the output once the command
   * is over and the next request may run.
   */
  private void answer(Socket client) {
    boolean counted = false;
    try (client) {
      client.setSoTimeout((int) REQUEST_TIMEOUT.toMillis());
      DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
      DaemonWire.writeProof(proof, out);
      Optional<String> given = DaemonWire.readToken(in);
      if (given.isEmpty() || !DaemonWire.sameSecret(token, given.get())) {
        return; // not a client of this daemon's user: nothing more is read, nothing answered
      }
      active.incrementAndGet(); // only now: a stranger's connections do not keep the daemon up
      counted = true;
      DaemonWire.Request request = DaemonWire.readRest(given.get(), in);
      client.setSoTimeout(0);
      if (!serves(request)) {
        out.writeByte(DaemonWire.REFUSED);
        out.flush();
        return;
      }
      out.writeByte(DaemonWire.ACCEPTED);
      out.flush();
      DaemonWire.Recording recording = new DaemonWire.Recording();
      int code;
      synchronized (running) {
        if (!surroundings.stillHold()) {
          stop(); // changed while this request waited: the client runs the command itself
          out.writeByte(DaemonWire.REFUSED);
          out.flush();
          return;
        }
        out.writeByte(DaemonWire.STARTED);
        out.flush();
        runStarted = System.nanoTime();
        try (PrintStream o = new PrintStream(recording.stream(DaemonWire.OUT), false, Charset.forName(request.outCharset()));
            PrintStream e = new PrintStream(recording.stream(DaemonWire.ERR), false, Charset.forName(request.errCharset()))) {
          code = command.run(request.args().toArray(String[]::new), o, e);
        } catch (RuntimeException | Error failure) {
          // The client runs the command itself and shows the failure as a cold run would; what this
          // JVM's state is now, nobody knows: stop.
          stop();
          out.writeByte(DaemonWire.REFUSED);
          out.flush();
          return;
        } finally {
          runStarted = 0;
        }
      }
      // Sent after the turn is over: a client that stopped reading (Ctrl-Z) holds up no one else.
      recording.send(code, out);
    } catch (IOException | RuntimeException e) {
      // The client went away, or sent something that is not a request: nothing to answer.
    } finally {
      if (counted) {
        lastUsed = System.nanoTime();
        collected = false;
        active.decrementAndGet();
      }
    }
  }

  /** Whether to run {@code request} here; a daemon whose surroundings changed refuses and stops. */
  private boolean serves(DaemonWire.Request request) {
    if (!surroundings.stillHold()) {
      stop();
      return false;
    }
    return !request.args().isEmpty() && request.args().get(0).equals(served)
        && surroundings.workingDirectory().equals(request.workingDirectory())
        && Charset.isSupported(request.outCharset()) && Charset.isSupported(request.errCharset());
  }

  private void watch() {
    while (!server.isClosed()) {
      try {
        Thread.sleep(TICK.toMillis());
        long started = runStarted;
        if (started != 0 && System.nanoTime() - started > LONGEST_RUN.toNanos()) {
          removeAddress();
          Runtime.getRuntime().halt(1); // a stuck run cannot be stopped from outside it
        }
        long idleFor = active.get() == 0 ? System.nanoTime() - lastUsed : 0;
        if (!collected && idleFor > COLLECT_AFTER.toNanos()) {
          collected = true;
          System.gc(); // the heap shrinks to what the daemon holds between runs
        }
        if (idleFor > idle.toNanos() || !written.equals(read(address)) || !surroundings.stillHold()) {
          stop();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException | Error e) {
        stop(); // a watch that cannot watch: better no daemon than one that never ends
        return;
      }
    }
  }

  private void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // Closed already.
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Object fileKey(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * What the daemon's answers depend on besides the request: the class path's files and the jars
   * their manifest names (a rebuilt jar would hand it classes of another build), and the working
   * directory (removed and made again, the name would point elsewhere than the directory the daemon
   * reads relative paths from).
   */
  record Surroundings(String workingDirectory, Object directoryKey, List<Path> classPath,
      Optional<String> classPathState) {
    static Surroundings now() {
      String cwd = System.getProperty("user.dir");
      List<Path> classPath = FastLaunch.classPath(System.getProperty("java.class.path", ""));
      return new Surroundings(cwd, fileKey(Path.of(".")), classPath, ClassDataArchive.files(classPath));
    }

    boolean stillHold() {
      return directoryKey != null && directoryKey.equals(fileKey(Path.of(workingDirectory)))
          && directoryKey.equals(fileKey(Path.of("."))) && classPathState.equals(ClassDataArchive.files(classPath));
    }
  }
}
