package dev.rolebook.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command in a second JVM started with the options that make its cold start fastest (a
 * {@link Profile}), and with an AppCDS archive of the class path: created by an early run (the first
 * render, the second check), reused by every later one.
 *
 * <p>Why a second JVM: JVM options cannot be set from inside a running JVM nor from a jar's
 * manifest, and {@code java -jar rolebook.jar render} should be fast without the user knowing any
 * flag. The first JVM (default flags) only gets as far as here: about a tenth of a second, against
 * the three seconds the options and the archive save on a render, and the fifth of a check they
 * save on a check. Other commands (long runs such as {@code trail}, which C2 pays back, or
 * short ones that a second JVM would not) run in the first JVM.
 *
 * <p>A {@code check} goes one step further: from its third run on, a {@link Daemon} (a JVM kept up
 * between checks of one project, see {@link Daemons}) answers it, and this JVM only relays the
 * answer, which is faster than any second JVM could start.
 *
 * <p>The relaunched JVM inherits standard input, output and error; its exit code becomes ours. When
 * this JVM is asked to stop (Ctrl-C, SIGTERM), a shutdown hook stops the child and waits for it.
 * Nothing is relaunched when {@value #LAUNCHED} is set (the child itself: no loops),
 * {@code -Drolebook.fast=false} or {@code ROLEBOOK_NO_RELAUNCH=1} is given, the class path holds a
 * directory (tests, an IDE), a debugger or agent is attached, or the JVM is not HotSpot 17+.
 */
public final class FastLaunch {
  /** Set in the relaunched JVM. */
  public static final String LAUNCHED = "rolebook.launched";
  /** A jar of the class path's one directory, used in its place in the relaunched JVM. */
  public static final String CLASSES_JAR = "rolebook.classes.jar";
  /** The JVM options that shorten JRuby's cold start most (README: benchmarks). */
  static final List<String> FAST_OPTIONS = List.of(
      "-XX:TieredStopAtLevel=1", // C1 only: JRuby's boot is short-lived code that C2 never pays back
      "-XX:+UseSerialGC", // a small, short-lived heap; G1's concurrent threads cost more than they save
      "-Djruby.compile.invokedynamic=false", // JRuby's indy call sites are slow to link at boot
      "-Djruby.compile.mode=OFF"); // interpret Ruby code; nothing runs long enough to gain from JIT

  /**
   * What a relaunched command runs: its JVM options, and the name that keeps its class-data archive
   * apart from the other profile's (each archive holds the classes its own command loads).
   */
  public enum Profile {
    /** {@code render}, {@code serve}: JRuby and Asciidoctor. */
    ASCIIDOCTOR("asciidoctor", FAST_OPTIONS, 0, false),
    /** {@code check}: a few hundred milliseconds of Java that C2 never pays back. */
    CHECK("check", FAST_OPTIONS.subList(0, 2), 1, true),
    /** {@code check} of a large set: seconds of Java, which C2 pays back. */
    LONG_CHECK("check-long", FAST_OPTIONS.subList(1, 2), 1, true);

    final String archiveName;
    final List<String> options;
    /**
     * The highest exit code whose run's archive is kept. A check that found problems (1) loaded the
     * classes every check loads; a refused render (1) never started Asciidoctor, so its archive would
     * miss most of what a render needs.
     */
    private final int keepArchiveUpTo;
    /**
     * Whether the first run of a build runs in the first JVM and only the second writes the archive.
     * Writing one makes a check about 1.3 times one in a single JVM (a render, 0.9 times), and a CI
     * job that checks once on a fresh machine would pay that and never use the archive; from the
     * third run on, a check takes 0.8 times.
     */
    final boolean archiveFromSecondRun;

    Profile(String archiveName, List<String> options, int keepArchiveUpTo, boolean archiveFromSecondRun) {
      this.archiveName = archiveName;
      this.options = options;
      this.keepArchiveUpTo = keepArchiveUpTo;
      this.archiveFromSecondRun = archiveFromSecondRun;
    }

    /** Whether the archive a run wrote before exiting with {@code code} is worth keeping. */
    boolean keepsArchiveOf(int code) {
      return code >= 0 && code <= keepArchiveUpTo;
    }
  }

  /**
   * HotSpot prints warnings, CDS ones too (a stale archive, classes it skips when dumping), on
   * standard output, where they would corrupt {@code --format json}: warnings go to standard error,
   * and the archive's own messages nowhere.
   */
  static final List<String> QUIET_OPTIONS = List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");

  private FastLaunch() {}

  /** What the decision depends on; {@link #current()} reads it from this JVM. */
  public record Environment(
      Map<String, String> properties, Map<String, String> env, List<String> jvmArguments, String javaHome,
      String vmName, int javaFeature) {
    public Environment {
      properties = Map.copyOf(properties);
      env = Map.copyOf(env);
      jvmArguments = List.copyOf(jvmArguments);
    }

    static Environment current(String[] args) {
      Map<String, String> props = new java.util.HashMap<>();
      for (String k : List.of(LAUNCHED, "rolebook.fast", "rolebook.cds", "rolebook.cds.dir", CLASSES_JAR, "java.class.path",
          "java.vm.version", "user.home", "user.dir", "user.name", "rolebook.daemon", "file.encoding",
          "stdout.encoding", "sun.stdout.encoding", "stderr.encoding", "sun.stderr.encoding")) {
        String v = System.getProperty(k);
        if (v != null) {
          props.put(k, v);
        }
      }
      Map<String, String> env = new java.util.HashMap<>();
      List<String> variables = new ArrayList<>(List.of("ROLEBOOK_NO_RELAUNCH", "XDG_CACHE_HOME", "ROLEBOOK_NO_DAEMON", "CI"));
      variables.addAll(Daemons.CI_VARIABLES);
      variables.addAll(Daemons.ENVIRONMENT);
      for (String k : variables) {
        String v = System.getenv(k);
        if (v != null) {
          env.put(k, v);
        }
      }
      return new Environment(props, env, JvmOptions.current(args),
          System.getProperty("java.home"), System.getProperty("java.vm.name", ""), Runtime.version().feature());
    }
  }

  /**
   * How to relaunch: the command line, and the temporary archive the child writes (to commit when it
   * succeeds), if it creates one.
   */
  public record Plan(List<String> command, Profile profile, Optional<ClassDataArchive> archive, Optional<Path> creating,
      Optional<Daemons.Start> daemon) {
    public Plan {
      command = List.copyOf(command);
    }
  }

  /**
   * Relaunches {@code mainClass} with {@code args} when that is possible and wanted, and returns the
   * child's exit code; empty means "run in this JVM". {@code createArchive}: whether this command
   * may write the archive when there is none ({@code render}: yes; {@code serve}, which ends by a
   * signal, only uses one).
   */
  public static OptionalInt relaunch(String mainClass, String[] args, Profile profile, boolean createArchive) {
    return relaunch(mainClass, args, profile, createArchive, null);
  }

  /**
   * As above; with {@code daemonMain} (for {@code check}), once the command has a class-data archive
   * (its third run), a {@link Daemon} is started in the background after the child, for
   * {@link #askDaemon} to ask next time.
   */
  public static OptionalInt relaunch(String mainClass, String[] args, Profile profile, boolean createArchive,
      String daemonMain) {
    Optional<Environment> env = environment(args);
    Optional<Plan> plan = env.isEmpty() ? Optional.empty()
        : plan(env.get(), mainClass, List.of(args), profile, createArchive, daemonMain);
    if (plan.isEmpty()) {
      return OptionalInt.empty();
    }
    return execute(plan.get());
  }

  /**
   * Asks the daemon that serves this jar, JVM, options and working directory to run {@code args},
   * and returns its exit code, its output already written to ours; empty when there is none to ask,
   * or it did not answer (nothing has been written then). The path here is written without lambdas
   * or streams: their first use costs a cold JVM about 15 ms, a tenth of a check asked this way.
   */
  public static OptionalInt askDaemon(String[] args) {
    Optional<Environment> env = environment(args);
    if (env.isEmpty() || !relaunchable(env.get())) {
      return OptionalInt.empty();
    }
    Optional<Path> address = Daemons.address(env.get(), relaunchClassPath(env.get()), ownOptions(env.get()));
    if (address.isEmpty()) {
      return OptionalInt.empty();
    }
    return Daemons.ask(address.get(), Daemons.request(env.get(), List.of(args)), System.out, System.err);
  }

  /** This JVM's environment; empty in a relaunched JVM (cheaply: no loops) or when it cannot be read. */
  private static Optional<Environment> environment(String[] args) {
    try {
      if (System.getProperty(LAUNCHED) != null) {
        return Optional.empty();
      }
      return Optional.of(Environment.current(args));
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The relaunch for this environment, or empty when the command runs in this JVM. */
  public static Optional<Plan> plan(Environment env, String mainClass, List<String> args, Profile profile,
      boolean createArchive) {
    return plan(env, mainClass, args, profile, createArchive, null);
  }

  /** As above; with {@code daemonMain}, a plan that uses an archive also starts a daemon afterwards. */
  public static Optional<Plan> plan(Environment env, String mainClass, List<String> args, Profile profile,
      boolean createArchive, String daemonMain) {
    if (!relaunchable(env)) {
      return Optional.empty();
    }
    List<Path> classPath = relaunchClassPath(env);
    Path java = Path.of(env.javaHome(), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(profile.options);
    command.addAll(QUIET_OPTIONS);
    // The user's own options come after ours, so theirs win (-Xmx, another GC, -D…).
    List<String> own = ownOptions(env);
    Optional<ClassDataArchive> archive = Optional.empty();
    Optional<Path> creating = Optional.empty();
    Optional<Daemons.Start> daemon = Optional.empty();
    boolean userArchive = own.stream().anyMatch(FastLaunch::sharing);
    if (!userArchive && !"false".equalsIgnoreCase(env.properties().getOrDefault("rolebook.cds", "true"))) {
      List<String> keyed = new ArrayList<>(profile.options);
      keyed.addAll(own);
      archive = cacheDir(env).flatMap(dir -> ClassDataArchive.of(dir, profile.archiveName, classPath,
          env.javaHome() + " " + env.properties().getOrDefault("java.vm.version", ""), keyed));
      Optional<Path> current = archive.flatMap(ClassDataArchive::current);
      if (current.isPresent()) {
        command.add("-XX:SharedArchiveFile=" + current.get());
        if (daemonMain != null) {
          daemon = Daemons.address(env, classPath, own)
              .map(address -> Daemons.command(env, address, classPath, own, current, daemonMain, args));
        }
      } else if (createArchive) {
        if (profile.archiveFromSecondRun && archive.isPresent() && !archive.get().seen()) {
          archive.get().markSeen();
          return Optional.empty(); // the first run of this build: here, as fast as a relaunch without an archive
        }
        creating = archive.flatMap(ClassDataArchive::newTemporary);
        creating.ifPresent(tmp -> command.add("-XX:ArchiveClassesAtExit=" + tmp));
      }
    }
    command.addAll(own);
    command.add("-D" + LAUNCHED + "=1");
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
    command.add(mainClass);
    command.addAll(args);
    return Optional.of(new Plan(command, profile, archive, creating, daemon));
  }

  /** Whether this JVM may start another: see the class comment for when it may not. */
  static boolean relaunchable(Environment env) {
    if (env.properties().containsKey(LAUNCHED)
        || "false".equalsIgnoreCase(env.properties().getOrDefault("rolebook.fast", "true"))
        || "1".equals(env.env().get("ROLEBOOK_NO_RELAUNCH"))
        || !env.vmName().contains("HotSpot") && !env.vmName().contains("OpenJDK")
        || env.javaFeature() < 17) {
      return false;
    }
    for (String a : env.jvmArguments()) {
      if (debugging(a)) {
        return false;
      }
    }
    List<Path> classPath = relaunchClassPath(env);
    for (Path p : classPath) {
      if (!p.toString().endsWith(".jar")) {
        return false;
      }
    }
    return !classPath.isEmpty();
  }

  /** The class path the relaunched JVM gets (jars only, when {@link #relaunchable}). */
  static List<Path> relaunchClassPath(Environment env) {
    return withClassesJar(classPath(env.properties().getOrDefault("java.class.path", "")), env.properties().get(CLASSES_JAR));
  }

  /** This JVM's options that the relaunched one gets too, after ours. */
  static List<String> ownOptions(Environment env) {
    List<String> own = new ArrayList<>();
    for (String a : env.jvmArguments()) {
      if (!a.startsWith("-D" + LAUNCHED)) {
        own.add(a);
      }
    }
    return List.copyOf(own);
  }

  /**
   * Where archives go: {@code -Drolebook.cds.dir} (the Maven build points it at {@code target/}),
   * else {@code $XDG_CACHE_HOME/rolebook}, else {@code ~/.cache/rolebook}.
   */
  static Optional<Path> cacheDir(Environment env) {
    String explicit = env.properties().get("rolebook.cds.dir");
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit).toAbsolutePath());
    }
    String xdg = env.env().get("XDG_CACHE_HOME");
    if (xdg != null && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "rolebook"));
    }
    String home = env.properties().get("user.home");
    if (home != null && !home.isBlank() && !home.equals("?")) {
      return Optional.of(Path.of(home, ".cache", "rolebook"));
    }
    return Optional.empty();
  }

  /**
   * The class path with its one directory replaced by {@code classesJar}, the same classes as a jar
   * (the Maven build passes its jar of {@code target/classes}, so that {@code mvn site} needs no
   * step to list the dependency jars alone). Unchanged without such a jar, or with another number of
   * directories.
   */
  static List<Path> withClassesJar(List<Path> classPath, String classesJar) {
    if (classesJar == null || classesJar.isBlank() || !Files.isRegularFile(Path.of(classesJar))) {
      return classPath;
    }
    List<Path> directories = classPath.stream().filter(Files::isDirectory).toList();
    if (directories.size() != 1) {
      return classPath;
    }
    List<Path> out = new ArrayList<>(classPath);
    out.set(out.indexOf(directories.get(0)), Path.of(classesJar));
    return out;
  }

  static List<Path> classPath(String classPath) {
    List<Path> out = new ArrayList<>();
    for (String e : classPath.split(File.pathSeparator)) {
      if (!e.isEmpty()) {
        out.add(Path.of(e));
      }
    }
    return out;
  }

  /** A debugger or agent: a second JVM would try to attach it again (and bind its port twice). */
  private static boolean debugging(String jvmArgument) {
    String a = jvmArgument.toLowerCase(Locale.ROOT);
    return a.startsWith("-agentlib:") || a.startsWith("-agentpath:") || a.startsWith("-javaagent:")
        || a.startsWith("-xdebug") || a.startsWith("-xrunjdwp");
  }

  /** The user chose their own class-data sharing; ours would conflict with it. */
  private static boolean sharing(String jvmArgument) {
    return jvmArgument.startsWith("-Xshare") || jvmArgument.contains("SharedArchiveFile")
        || jvmArgument.contains("ArchiveClassesAtExit") || jvmArgument.contains("DumpLoadedClassList")
        || jvmArgument.contains("SharedClassListFile");
  }

  private static OptionalInt execute(Plan plan) {
    Process child;
    try {
      child = new ProcessBuilder(plan.command()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      plan.creating().ifPresent(tmp -> plan.archive().ifPresent(a -> a.discard(tmp)));
      return OptionalInt.empty(); // no second JVM after all: run here, with the default flags
    }
    Thread stopChild = new Thread(() -> {
      if (child.isAlive()) {
        child.destroy(); // SIGTERM: the child runs its own shutdown hooks (serve closes its server)
        try {
          child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        child.destroyForcibly();
      }
    }, "rolebook-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code;
    while (true) {
      try {
        code = child.waitFor();
        break;
      } catch (InterruptedException e) {
        // Keep waiting: the child decides when the command is over.
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    } catch (IllegalStateException e) {
      // Already shutting down; the hook finds the child gone.
    }
    if (plan.creating().isPresent() && plan.archive().isPresent()) {
      Path tmp = plan.creating().get();
      if (plan.profile().keepsArchiveOf(code)) {
        plan.archive().get().commit(tmp);
      } else {
        plan.archive().get().discard(tmp);
      }
    }
    if (plan.profile().keepsArchiveOf(code)) {
      plan.daemon().ifPresent(Daemons::start); // after the command, so that the two do not share the cores
    }
    return OptionalInt.of(code);
  }
}
