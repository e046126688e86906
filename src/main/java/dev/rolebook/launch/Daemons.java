package dev.rolebook.launch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The client side of {@link Daemon}: whether one may be used, the address file of the one that
 * serves this jar, JVM, working directory and environment, asking it to run a command, and starting
 * one.
 *
 * <p>No daemon runs, nor is asked, when {@code -Drolebook.daemon=false} or
 * {@code ROLEBOOK_NO_DAEMON=1} is given, or on a CI machine ({@code CI} set, as GitHub Actions,
 * GitLab, CircleCI, Bitbucket and others do, or one of {@link #CI_VARIABLES}): a job that checks
 * once would pay for a JVM it never asks again, and a process left behind can keep a job from
 * ending.
 */
final class Daemons {
  /** At most this many daemons up at once for a user (in one cache directory). */
  static final int MOST = 4;
  /** How long a daemon waits for its next request before it stops. */
  static final Duration IDLE = Duration.ofMinutes(15);
  /**
   * Beside the archives, open to its owner only: whoever reads an address file can have its daemon
   * run a check as its user, reading what that user may read.
   */
  static final String DIRECTORY = "daemons";
  /** How long a client waits to connect, and for the daemon to prove itself and accept its request. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /**
   * How long a client waits for its turn behind other requests; then it runs the command itself
   * (nothing has been printed yet). Checks of a project take well under a second.
   */
  static final Duration TURN_TIMEOUT = Duration.ofSeconds(10);
  /** Environment variables whose value changes what a JVM prints (its locale, its time zone). */
  static final List<String> ENVIRONMENT = List.of("LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ");
  /** What the CI services that do not set {@code CI} set: Jenkins, Azure Pipelines, TeamCity, AWS CodeBuild. */
  static final List<String> CI_VARIABLES = List.of("JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION", "CODEBUILD_BUILD_ID");
  /** The daemon's heap: small to start, handed back after a large check. */
  static final List<String> HEAP_OPTIONS = List.of("-Xms16m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");

  private Daemons() {}

  static boolean enabled(FastLaunch.Environment env) {
    String ci = env.env().getOrDefault("CI", "");
    return !"false".equalsIgnoreCase(env.properties().getOrDefault("rolebook.daemon", "true"))
        && env.env().getOrDefault("ROLEBOOK_NO_DAEMON", "").isEmpty()
        && (ci.isEmpty() || ci.equalsIgnoreCase("false"))
        && noneSet(env, CI_VARIABLES);
  }

  private static boolean noneSet(FastLaunch.Environment env, List<String> variables) {
    for (String v : variables) {
      if (env.env().containsKey(v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The address file of the daemon for this class path, JVM, options, working directory and
   * environment, in a directory only its owner can enter (made so when missing); empty when daemons
   * are off or the directory is anyone else's or open to others.
   */
  static Optional<Path> address(FastLaunch.Environment env, List<Path> classPath, List<String> options) {
    String cwd = env.properties().get("user.dir");
    Optional<String> files = ClassDataArchive.files(classPath);
    Optional<Path> cache = FastLaunch.cacheDir(env);
    if (!enabled(env) || cwd == null || files.isEmpty() || cache.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder("daemon ").append(DaemonWire.VERSION).append('\n')
        .append(env.javaHome()).append(' ').append(env.properties().getOrDefault("java.vm.version", "")).append('\n')
        .append(String.join(" ", options)).append('\n').append(files.get()).append(cwd).append('\n');
    for (String variable : ENVIRONMENT) {
      key.append(variable).append('=').append(env.env().getOrDefault(variable, "")).append('\n');
    }
    Path dir = cache.get().resolve(DIRECTORY);
    return privateDirectory(dir, env) ? Optional.of(dir.resolve("check-" + nameHash(key.toString()) + ".address"))
        : Optional.empty();
  }

  /**
   * FNV-1a in 64 bits, as 16 hex digits: the address's name tells configurations apart and keeps
   * nothing secret (the daemon itself checks its working directory and class path), and a SHA-256
   * would load the security providers, about 10 ms of a client's cold start.
   */
  static String nameHash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    String hex = Long.toHexString(h); // not String.format: its first use costs a cold JVM some 20 ms
    return "0".repeat(16 - hex.length()) + hex;
  }

  /** Makes {@code dir} (mode 700) when missing; true when it is a directory of this user that nobody else may enter. */
  static boolean privateDirectory(Path dir, FastLaunch.Environment env) {
    try {
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isDirectory() && a.owner().getName().equals(env.properties().get("user.name"))
          && a.permissions().equals(PosixFilePermissions.fromString("rwx------"));
    } catch (IOException | RuntimeException e) {
      return false; // another file system (no POSIX permissions), or not ours to make: no daemon
    }
  }

  /** The request for {@code args} from this JVM: its working directory, and how its streams encode text. */
  static DaemonWire.Request request(FastLaunch.Environment env, List<String> args) {
    return new DaemonWire.Request(DaemonWire.VERSION, "", env.properties().getOrDefault("user.dir", ""), args,
        streamCharset(env, "stdout"), streamCharset(env, "stderr"));
  }

  /**
   * The charset of {@code System.out} ({@code stream}: stdout) or {@code System.err}: JDK 18 and
   * later say it in {@code stdout.encoding}; JDK 17 in {@code sun.stdout.encoding} when the stream
   * is a terminal, else it is the default charset.
   */
  static String streamCharset(FastLaunch.Environment env, String stream) {
    String named = env.properties().getOrDefault(stream + ".encoding", env.properties().get("sun." + stream + ".encoding"));
    String charset = named != null ? named : env.properties().getOrDefault("file.encoding", Charset.defaultCharset().name());
    return Charset.isSupported(charset) ? charset : Charset.defaultCharset().name();
  }

  /**
   * Asks the daemon whose address file is {@code address} to run {@code request}, and replays its
   * output on {@code out} and {@code err}. Empty when no daemon answers there, it refuses, or it
   * stops before the end: then nothing has been written, and the caller runs the command itself.
   */
  static OptionalInt ask(Path address, DaemonWire.Request request, OutputStream out, OutputStream err) {
    java.util.Optional<DaemonWire.Answer> answer;
    try {
      String[] secrets = new String(Files.readAllBytes(address), StandardCharsets.US_ASCII).trim().split(" ");
      if (secrets.length != 3) {
        return OptionalInt.empty();
      }
      // No proxy: the daemon is on this machine (and the proxy selector costs a cold JVM a few ms).
      try (Socket socket = new Socket(Proxy.NO_PROXY)) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(secrets[0])),
            (int) CONNECT_TIMEOUT.toMillis());
        // Until the daemon has proved itself and accepted the request: a program that took over the
        // port of a daemon that died must not keep the check waiting, nor learn anything from it.
        socket.setSoTimeout((int) CONNECT_TIMEOUT.toMillis());
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        if (!DaemonWire.sameSecret(secrets[2], DaemonWire.readProof(in))) {
          return OptionalInt.empty();
        }
        DaemonWire.write(request.withToken(secrets[1]), new DataOutputStream(new BufferedOutputStream(socket.getOutputStream())));
        if (in.readByte() != DaemonWire.ACCEPTED) {
          return OptionalInt.empty();
        }
        socket.setSoTimeout((int) TURN_TIMEOUT.toMillis()); // other checks ahead of this one
        if (in.readByte() != DaemonWire.STARTED) {
          return OptionalInt.empty();
        }
        socket.setSoTimeout(0); // the command takes as long as it takes
        answer = DaemonWire.Answer.read(in);
      }
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // no address, nobody listening, not our daemon, or gone while answering
    }
    if (answer.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      for (DaemonWire.Frame f : answer.get().frames()) {
        OutputStream to = f.type() == DaemonWire.OUT ? out : err;
        to.write(f.bytes());
        to.flush();
      }
    } catch (IOException e) {
      // Standard output closed (a pipe whose reader stopped): as for a command run here.
    }
    return OptionalInt.of(answer.get().exitCode());
  }

  /**
   * The command line that starts a daemon at {@code address}: the {@code check} profile's collector,
   * C2 as well (a daemon lives long enough to pay it back), a small heap, the class-data archive
   * when there is one, the user's options, and {@code daemonMain} with the address, the idle time in
   * seconds and the warm-up run's arguments.
   */
  static Start command(FastLaunch.Environment env, Path address, List<Path> classPath, List<String> own,
      Optional<Path> archive, String daemonMain, List<String> args) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(env.javaHome(), "bin", "java").toString());
    c.addAll(FastLaunch.Profile.LONG_CHECK.options);
    c.addAll(HEAP_OPTIONS);
    c.addAll(FastLaunch.QUIET_OPTIONS);
    // A crash report would otherwise land in the project, the daemon's working directory.
    c.add("-XX:ErrorFile=" + address.resolveSibling("hs_err_pid%p.log"));
    c.add("-XX:ReplayDataFile=" + address.resolveSibling("replay_pid%p.log")); // a compiler crash's, likewise
    archive.ifPresent(a -> c.add("-XX:SharedArchiveFile=" + a));
    c.addAll(own);
    c.add("-D" + FastLaunch.LAUNCHED + "=1");
    c.add("-cp");
    c.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
    c.add(daemonMain);
    c.add(address.toString());
    c.add(Long.toString(IDLE.toSeconds()));
    c.addAll(args);
    return new Start(address, c);
  }

  /**
   * Whether to start a daemon at {@code address}: not when one is up there already (it would lose
   * the lock and end), nor when {@link #MOST} are up for this user, each holding some 80 MB (a
   * dozen repositories checked in a morning should not leave a dozen JVMs).
   */
  static boolean worthStarting(Path address) {
    return !alive(address) && running(address.getParent()) < MOST;
  }

  /**
   * The daemons up now in {@code dir}: address files whose lock a live daemon holds. An address file
   * left by a daemon that died (killed, or the machine slept through its end) is removed.
   */
  static int running(Path dir) {
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "check-*.address")) {
      for (Path a : files) {
        if (alive(a)) {
          n++;
        }
      }
    } catch (IOException | RuntimeException e) {
      return MOST; // cannot tell: start none
    }
    return n;
  }

  /** Whether a daemon holds the lock beside {@code address}; a dead one's address file is removed. */
  static boolean alive(Path address) {
    Path lockFile = address.resolveSibling(address.getFileName() + ".lock");
    try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock held = lock.tryLock();
      if (held == null) {
        return true;
      }
      try {
        Files.deleteIfExists(address); // while holding its lock: no daemon is announcing itself there
      } finally {
        held.release();
      }
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by a daemon of this very JVM (tests)
    } catch (NoSuchFileException e) {
      return false; // never started there
    } catch (IOException | RuntimeException e) {
      return true; // cannot tell: take it as up
    }
  }

  /** How to start the daemon at {@code address}. */
  record Start(Path address, List<String> command) {
    Start {
      command = List.copyOf(command);
    }
  }

  /**
   * Starts {@code command} in the background, in its own session where {@code setsid} exists (so that
   * Ctrl-C in the terminal or closing it leaves the daemon be), reading nothing, its diagnostics in
   * a log beside its address. Never fails: without a daemon, the next check runs as this one did.
   */
  static void start(Start start) {
    if (!worthStarting(start.address())) {
      return;
    }
    Path address = start.address();
    List<String> full = new ArrayList<>();
    Path setsid = Path.of("/usr/bin/setsid");
    if (Files.isExecutable(setsid)) {
      full.add(setsid.toString());
    }
    full.addAll(start.command());
    try {
      new ProcessBuilder(full)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          // Appended to: a daemon that loses the lock to a running one must not empty its log.
          .redirectError(ProcessBuilder.Redirect.appendTo(address.resolveSibling(address.getFileName() + ".log").toFile()))
          .start();
    } catch (IOException | RuntimeException e) {
      // No daemon this time.
    }
  }
}
