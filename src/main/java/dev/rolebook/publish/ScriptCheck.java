package dev.rolebook.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bash -n} (parse only, nothing executed) over a generated script. When no bash is
 * installed the check is skipped and says so; it never pretends to have passed.
 */
public final class ScriptCheck {
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

  /** Empty when bash accepts the script; else bash's complaint. Empty too when bash is absent. */
  public Optional<String> check(String name, String script) {
    if (bash.isEmpty()) {
      return Optional.empty();
    }
    try {
      Process p = new ProcessBuilder(bash.get().toString(), "-n").redirectErrorStream(true).start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(script.getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.of(name + ": bash -n did not finish");
      }
      return p.exitValue() == 0 ? Optional.empty()
          : Optional.of(name + ": bash -n rejects the script: " + output.strip().replace(bash.get() + ": ", ""));
    } catch (IOException e) {
      return Optional.of(name + ": could not run bash -n: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(name + ": interrupted while running bash -n");
    }
  }
}
