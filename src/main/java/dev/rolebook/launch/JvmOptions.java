package dev.rolebook.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options this JVM was started with, read from {@code /proc/self/cmdline}. The management
 * API ({@code RuntimeMXBean.getInputArguments}) says the same but loads about 30 ms of classes, a
 * tenth of a relaunched {@code check}; it remains the answer wherever the command line cannot be read
 * or does not have the expected shape.
 */
final class JvmOptions {
  private static final List<String> CLASS_PATH = List.of("-cp", "-classpath", "--class-path");
  /** Environment variables whose options the JVM or its launcher adds to the command line's. */
  static final List<String> ENVIRONMENT = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

  private JvmOptions() {}

  /** This JVM's options: the command line's, then those the environment adds. */
  static List<String> current(String[] appArgs) {
    Optional<List<String>> read = read(appArgs);
    List<String> all = new ArrayList<>(read.isPresent() ? read.get()
        : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    for (String variable : ENVIRONMENT) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        all.addAll(Arrays.asList(value.trim().split("\\s+")));
      }
    }
    return all;
  }

  private static Optional<List<String>> read(String[] appArgs) {
    Path cmdline = Path.of("/proc/self/cmdline");
    try {
      if (!Files.isReadable(cmdline)) {
        return Optional.empty();
      }
      String raw = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
      List<String> words = Arrays.asList(raw.split("\0", -1));
      if (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
        words = words.subList(0, words.size() - 1); // each word ends with a NUL, the last one too
      }
      return parse(words, List.of(appArgs), System.getProperty("sun.java.command", ""));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The options in {@code words} (the whole command line, program first), told apart by its tail:
   * the main class or {@code -jar FILE} that {@code javaCommand} names, then the program's own
   * arguments. The class path ({@code -cp X}) is left out: a relaunch sets its own. Empty when the
   * shape is not that (an argument file, a module): the caller then asks the JVM.
   */
  static Optional<List<String>> parse(List<String> words, List<String> appArgs, String javaCommand) {
    int end = words.size() - appArgs.size();
    if (end < 2 || !words.subList(end, words.size()).equals(appArgs) || javaCommand.isEmpty()) {
      return Optional.empty();
    }
    String main = words.get(end - 1);
    if (!javaCommand.equals(main) && !javaCommand.startsWith(main + " ")) {
      return Optional.empty();
    }
    int optionsEnd = end - 1;
    if (optionsEnd >= 2 && words.get(optionsEnd - 1).equals("-jar")) {
      optionsEnd--;
    }
    List<String> options = new ArrayList<>();
    for (int i = 1; i < optionsEnd; i++) {
      String w = words.get(i);
      if (w.startsWith("@") || w.equals("-jar") || w.equals("-m") || w.startsWith("--module") && !w.startsWith("--module-path")) {
        return Optional.empty();
      }
      if (CLASS_PATH.contains(w)) {
        i++; // and its value
      } else if (!w.startsWith("-")) {
        return Optional.empty(); // a word that is neither an option nor the main class: not a shape we know
      } else {
        options.add(w);
      }
    }
    return Optional.of(List.copyOf(options));
  }
}
