package dev.rolebook.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code git} read-only commands in a project directory and returns their output. Only
 * plumbing that reads the object database is used (rev-parse, ls-tree, cat-file, log): the work
 * tree and the index are never touched.
 */
final class Git {
  private final Path dir;

  Git(Path dir) {
    this.dir = dir;
  }

  /** The output of a git command that must succeed. */
  byte[] run(List<String> args, int cap) throws GitException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(args);
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new GitException("cannot run git: " + e.getMessage());
    }
    try {
      p.getOutputStream().close();
      byte[] out = readCapped(p.getInputStream(), cap);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int code = p.waitFor();
      if (code != 0) {
        throw new GitException(err.isEmpty() ? "git " + String.join(" ", args) + " failed (exit " + code + ")" : err);
      }
      return out;
    } catch (IOException e) {
      throw new GitException("reading from git: " + e.getMessage());
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while waiting for git");
    }
  }

  String text(String... args) throws GitException {
    return new String(run(List.of(args), Integer.MAX_VALUE - 8), StandardCharsets.UTF_8);
  }

  /** The commit a revision names, or empty when it names none (or this is no git work tree). */
  Optional<String> commit(String revision) {
    try {
      return Optional.of(text("rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}").strip());
    } catch (GitException e) {
      return Optional.empty();
    }
  }

  /** Reads at most {@code cap + 1} bytes, then drains the rest so the process can exit. */
  private static byte[] readCapped(InputStream in, int cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) >= 0) {
      int room = cap + 1 - out.size();
      if (room > 0) {
        out.write(buffer, 0, Math.min(room, n));
      }
    }
    return out.toByteArray();
  }

  /** A git command failed; the message is git's own. */
  static final class GitException extends Exception {
    GitException(String message) {
      super(message);
    }
  }
}
