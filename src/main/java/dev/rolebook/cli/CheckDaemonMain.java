package dev.rolebook.cli;

import dev.rolebook.launch.Daemon;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM that serves {@code check} between runs (README: "Fast start"). Started by a check, never
 * by hand: {@code CheckDaemonMain ADDRESS_FILE IDLE_SECONDS check [options]}, the last part being the
 * arguments of the check that started it, run once before the daemon listens.
 */
public final class CheckDaemonMain {
  private CheckDaemonMain() {}

  public static void main(String[] args) {
    if (args.length < 3 || !args[2].equals("check")) {
      System.err.println("usage: CheckDaemonMain ADDRESS_FILE IDLE_SECONDS check [options] (started by 'rolebook check')");
      System.exit(Main.USAGE);
    }
    long idle;
    try {
      idle = Long.parseLong(args[1]);
    } catch (NumberFormatException e) {
      System.err.println("CheckDaemonMain: '" + args[1] + "' is not a number of seconds");
      System.exit(Main.USAGE);
      return;
    }
    List<String> warmUp = Arrays.asList(args).subList(2, args.length);
    System.exit(Daemon.serve(Path.of(args[0]), Duration.ofSeconds(idle), "check", Main::run, warmUp));
  }
}
