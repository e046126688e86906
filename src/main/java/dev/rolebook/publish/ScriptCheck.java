package dev.rolebook.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bash -n} (parse only, nothing executed) over generated scripts. When no bash is
 * installed the check is skipped and says so; it never pretends to have passed.
 */
public final class ScriptCheck {
  /**
   * Checks each file named after the bash path ($0): {@code bash -n} reads it from standard input, as
   * {@link #checkOne} feeds it, so the messages read the same; a rejected file's name is printed and
   * bash's complaint kept beside it.
   */
  private static final String DRIVER = "for f; do \"$0\" -n <\"$f\" 2>\"$f.err\" || printf '%s\\n' \"$f\"; done";

  private final Optional<Path> bash;

  private ScriptCheck(Optional<Path> bash) {
    this.bash = bash;
  }

  /** Looks for bash on PATH. */
  public static ScriptCheck fromPath() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "bash");
        if (Files.isExecutable(candidate)) {
          return new ScriptCheck(Optional.of(candidate));
        }
      }
    }
    return new ScriptCheck(Optional.empty());
  }

  /** A check that never runs (for callers that measure without spawning processes). */
  public static ScriptCheck disabled() {
    return new ScriptCheck(Optional.empty());
  }

  public boolean available() {
    return bash.isPresent();
  }

  /** The note printed when the check could not run. */
  public static String skippedNote() {
    return "bash not found on PATH; the script's syntax was not checked";
  }

  /** A script to check, named as its messages name it. */
  public record Script(String name, String text) {}

  /** Empty when bash accepts the script; else bash's complaint. Empty too when bash is absent. */
  public Optional<String> check(String name, String script) {
    return checkAll(List.of(new Script(name, script))).get(0);
  }

  /**
   * {@link #check} for each script, in order. Many scripts share one bash process (which runs
   * {@code bash -n} on each in turn): starting a process from the JVM cost about ten times what bash
   * starting bash does, and a thousand targets meant a thousand processes.
   */
  public List<Optional<String>> checkAll(List<Script> scripts) {
    if (bash.isEmpty() || scripts.isEmpty()) {
      return scripts.stream().map(x -> Optional.<String>empty()).toList();
    }
    if (scripts.size() == 1) {
      return List.of(checkOne(scripts.get(0)));
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("rolebook-bash-n-");
    } catch (IOException | RuntimeException e) {
      // No temporary directory (a read-only one, say): one bash a script, fed on standard input.
      List<Optional<String>> out = new ArrayList<>();
      for (Script script : scripts) {
        out.add(checkOne(script));
      }
      return out;
    }
    try {
      List<String> command = new ArrayList<>(List.of(bash.get().toString(), "-c", DRIVER, bash.get().toString()));
      for (int i = 0; i < scripts.size(); i++) {
        Path file = dir.resolve(i + ".sh");
        Files.write(file, scripts.get(i).text().getBytes(StandardCharsets.UTF_8));
        command.add(file.toString());
      }
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      Set<String> rejected = new HashSet<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      if (!p.waitFor(20L + scripts.size(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return scripts.stream().map(x -> Optional.of(x.name() + ": bash -n did not finish")).toList();
      }
      List<Optional<String>> out = new ArrayList<>();
      for (int i = 0; i < scripts.size(); i++) {
        Path file = dir.resolve(i + ".sh");
        out.add(rejected.contains(file.toString())
            ? Optional.of(rejection(scripts.get(i).name(), Files.readString(dir.resolve(i + ".sh.err"), StandardCharsets.UTF_8)))
            : Optional.empty());
      }
      return out;
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage();
      return scripts.stream().map(x -> Optional.of(x.name() + ": could not run bash -n: " + why)).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return scripts.stream().map(x -> Optional.of(x.name() + ": interrupted while running bash -n")).toList();
    } finally {
      deleteQuietly(dir);
    }
  }

  private Optional<String> checkOne(Script script) {
    try {
      Process p = new ProcessBuilder(bash.get().toString(), "-n").redirectErrorStream(true).start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(script.text().getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of(script.name() + ": bash -n did not finish");
      }
      return p.exitValue() == 0 ? Optional.empty() : Optional.of(rejection(script.name(), output));
    } catch (IOException e) {
      return Optional.of(script.name() + ": could not run bash -n: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(script.name() + ": interrupted while running bash -n");
    }
  }

  private String rejection(String name, String output) {
    return name + ": bash -n rejects the script: " + output.strip().replace(bash.get() + ": ", "");
  }

  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException | RuntimeException e) {
      // A temporary directory left behind; the system's clean-up takes it.
    }
  }
}
