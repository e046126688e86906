package dev.rolebook.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One command-line run in tests: its exit code and what it printed (stdout then stderr, interleaved). */
record Run(int code, String printed) {
  static Run of(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int code = Main.run(args, ps, ps);
    return new Run(code, sink.toString(StandardCharsets.UTF_8));
  }
}
