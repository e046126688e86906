package dev.rolebook.cli;

import dev.rolebook.catalog.CatalogException;
import dev.rolebook.launch.FastLaunch;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Rolebook's command line. {@link #run} does the work and returns the exit code (0 ok, 1 problems
 * found, 2 usage); only {@link #main} exits the JVM.
 */
public final class Main {
  /** Exit codes, shared by every command. */
  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int USAGE = 2;

  /** The command names, sorted as help lists them. */
  static final List<String> NAMES = List.of(
      "actions", "bootstrap-template", "check", "diff", "drift", "release", "render", "serve", "snippets", "trail");

  private Main() {}

  /**
   * The command called {@code name}, or null. Made on demand: loading every command's classes up
   * front cost a cold {@code check} about 15 ms.
   */
  static Command command(String name) {
    return switch (name) {
      case "actions" -> new ActionsCommand();
      case "bootstrap-template" -> new BootstrapTemplateCommand();
      case "check" -> new CheckCommand();
      case "diff" -> new DiffCommand();
      case "drift" -> new DriftCommand();
      case "release" -> new ReleaseCommand();
      case "render" -> new RenderCommand();
      case "serve" -> new ServeCommand();
      case "snippets" -> new SnippetsCommand();
      case "trail" -> new TrailCommand();
      default -> null;
    };
  }

  public static void main(String[] args) {
    OptionalInt relaunched = relaunch(args);
    int code = relaunched.isPresent() ? relaunched.getAsInt() : run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /**
   * {@code render} and {@code serve} start JRuby, whose cold start the JVM options and class-data
   * archive of {@link FastLaunch} cut by more than half; {@code check} is a short run that C1 alone
   * and its own archive take to about four fifths (a long one, {@link CheckProfile}, keeps C2). They
   * run in a second JVM started with them; a check is first offered to the daemon that serves this
   * project, when one is up (README: "Fast start"). Other commands, and help, run here.
   */
  private static OptionalInt relaunch(String[] args) {
    if (args.length == 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      return OptionalInt.empty();
    }
    return switch (args[0]) {
      case "render" -> FastLaunch.relaunch(Main.class.getName(), args, FastLaunch.Profile.ASCIIDOCTOR, true);
      case "serve" -> FastLaunch.relaunch(Main.class.getName(), args, FastLaunch.Profile.ASCIIDOCTOR, false);
      case "check" -> {
        OptionalInt answered = FastLaunch.askDaemon(args);
        yield answered.isPresent() ? answered
            : FastLaunch.relaunch(Main.class.getName(), args, CheckProfile.of(args), true, CheckDaemonMain.class.getName());
      }
      default -> OptionalInt.empty();
    };
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> list = Arrays.asList(args);
    if (list.isEmpty() || list.get(0).equals("--help") || list.get(0).equals("-h") || list.get(0).equals("help")) {
      if (list.size() > 1 && command(list.get(1)) != null) {
        out.println(command(list.get(1)).usage());
        return OK;
      }
      out.print(help());
      return list.isEmpty() ? USAGE : OK;
    }
    if (list.get(0).equals("--version")) {
      out.println("rolebook " + version());
      return OK;
    }
    Command command = command(list.get(0));
    if (command == null) {
      err.println("rolebook: unknown command '" + list.get(0) + "'");
      err.println("Run 'rolebook --help' for the list of commands.");
      return USAGE;
    }
    List<String> rest = list.subList(1, list.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(command.usage());
      return OK;
    }
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println("rolebook " + command.name() + ": " + e.getMessage());
      err.println("Run 'rolebook " + command.name() + " --help' for usage.");
      return USAGE;
    } catch (CatalogException e) {
      // A --catalog package whose index read fine but one service's files did not (read lazily).
      err.println("rolebook " + command.name() + ": --catalog: " + e.getMessage());
      return USAGE;
    }
  }

  static String help() {
    StringBuilder sb = new StringBuilder();
    sb.append("Usage: rolebook <command> [options]\n\n");
    sb.append("IAM policy JSON in policies/ is the source of truth; Rolebook checks it and publishes the guide.\n\n");
    sb.append("Commands:\n");
    int width = NAMES.stream().mapToInt(String::length).max().orElse(0);
    for (String name : NAMES) {
      sb.append(String.format(java.util.Locale.ROOT, "  %-" + width + "s  %s%n", name, command(name).summary()));
    }
    sb.append("\nRun 'rolebook <command> --help' for a command's options.\n");
    sb.append("Exit codes: 0 ok, 1 problems found, 2 usage error.\n");
    return sb.toString();
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }
}
