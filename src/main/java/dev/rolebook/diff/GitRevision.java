package dev.rolebook.diff;

import dev.rolebook.diff.Git.GitException;
import dev.rolebook.load.ProjectFiles;
import dev.rolebook.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project's {@code policies/} as committed in one git revision, read into memory with
 * {@code git ls-tree} and {@code git cat-file}: the work tree is never touched, so a diff against
 * {@code main} works in a dirty checkout too.
 */
final class GitRevision implements ProjectFiles {
  private final Git git;
  private final String commit;
  /** Path inside policies/ → its object id; folders marked by a trailing '/'. */
  private final Map<String, String> entries;

  private GitRevision(Git git, String commit, Map<String, String> entries) {
    this.git = git;
    this.commit = commit;
    this.entries = entries;
  }

  /** The revision of the repository holding {@code projectDir}, or empty when git does not know it. */
  static Optional<GitRevision> open(Path projectDir, String revision) throws GitException {
    Git git = new Git(projectDir);
    Optional<String> commit = git.commit(revision);
    if (commit.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(at(git, commit.get()));
  }

  static GitRevision at(Git git, String commit) throws GitException {
    // --show-prefix: where the project sits inside the repository ("" at its root).
    String prefix = git.text("rev-parse", "--show-prefix").strip();
    String root = prefix + ProjectLoader.POLICIES_DIR + "/";
    // -r -t: every file and folder below policies/, folders included so isDirectory can answer.
    String listing = git.text("ls-tree", "-r", "-t", "-z", "--full-tree", commit, "--", root);
    Map<String, String> entries = new TreeMap<>();
    for (String line : listing.split("\0")) {
      // "<mode> SP <type> SP <object> TAB <path>"
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = line.substring(0, tab).split(" ");
      String path = line.substring(tab + 1);
      if (!path.startsWith(root)) {
        continue;
      }
      String name = path.substring(root.length());
      entries.put(meta[1].equals("tree") ? name + "/" : name, meta[2]);
    }
    return new GitRevision(git, commit, entries);
  }

  String commit() {
    return commit;
  }

  @Override
  public Optional<byte[]> read(String path, int cap) throws IOException {
    String object = entries.get(path);
    if (object == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(git.run(List.of("cat-file", "blob", object), cap));
    } catch (GitException e) {
      throw new IOException(e.getMessage());
    }
  }

  @Override
  public boolean isFile(String path) {
    return entries.containsKey(path);
  }

  @Override
  public boolean isDirectory(String path) {
    return entries.containsKey(path + "/");
  }

  @Override
  public List<String> list() {
    return entries.keySet().stream()
        .map(n -> n.endsWith("/") ? n.substring(0, n.length() - 1) : n)
        .filter(n -> !n.contains("/"))
        .sorted()
        .toList();
  }

}
