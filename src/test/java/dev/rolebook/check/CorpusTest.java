package dev.rolebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rolebook.cli.Main;
import dev.rolebook.testing.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds every case under src/test/resources/corpus through the command line. A case is the base
 * project ({@code _base}) overlaid with the case's files (and minus the paths its REMOVE file
 * lists). The command is {@code check} unless the case has a {@code command.txt} (arguments
 * separated by spaces, {@code \\n} for a line break; {@code {project}} and {@code {out}} are filled in; a render case also gets
 * this repository's site/ theme). {@code expected.txt} holds the exit code and the exact first
 * line of every problem printed.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir Path temp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void corpusCase(String name) throws IOException {
    Path project = TestProjects.overlay(CORPUS.resolve("_base"), CORPUS.resolve(name), temp.resolve("p"));
    Path commandFile = project.resolve("command.txt");
    String command = "check --project {project}";
    if (Files.exists(commandFile)) {
      command = Files.readString(commandFile).strip();
      Files.delete(commandFile);
    }
    if (command.startsWith("render")) {
      TestProjects.copyTree(Path.of("site"), project.resolve("site"));
    }
    String[] args = command.replace("{project}", project.toString()).replace("{out}", temp.resolve("out").toString())
        .split(" ");
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i].replace("\\n", "\n"); // a value with a line break
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    List<String> diagnostics = printed.lines()
        .filter(l -> l.matches("^\\S+: (error|warning): .*") || l.matches("^(snippets|rolebook \\w+): .*"))
        .toList();
    String actual = "exit " + exit + "\n" + String.join("\n", diagnostics) + "\n";
    Path expectedFile = CORPUS.resolve(name).resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, actual);
      fail("rewrote " + expectedFile + "; review it and run again without -Dgolden.update");
    }
    assertEquals(Files.readString(expectedFile).replace("\r\n", "\n"), actual, printed);
    assertFalse(printed.contains("Exception") || printed.contains("\tat "), "stack trace printed:\n" + printed);
  }
}
