package dev.rolebook.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the CLI. */
interface Command {
  String name();

  /** One line for the command list. */
  String summary();

  /** The full --help text. */
  String usage();

  /** Runs with the arguments after the command name; returns the exit code. */
  int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
